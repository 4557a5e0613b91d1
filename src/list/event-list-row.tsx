import { memo, type CSSProperties } from 'react';
import { absenceNote, type ModelEvent } from '../data/model';
import type { Category } from '../data/schema';
import { hoverEvent, selectEvent } from '../state/actions';
import { ShapeIcon } from '../ui/shape-icon';

/** Where a row of a virtual list sits, and what it tells assistive technology about the whole list. */
export interface VirtualRowPlace {
  index: number;
  setSize: number;
  start: number;
  measureRef: (element: HTMLLIElement | null) => void;
}

interface RowProps {
  event: ModelEvent;
  category: Category;
  selected: boolean;
  hovered: boolean;
  /** Only in a virtual list. */
  place?: VirtualRowPlace;
}

/** One row; memoised, so a new selection redraws two rows rather than the whole list. */
export const EventListRow = memo(function EventListRow({ event, category, selected, hovered, place }: RowProps) {
  const style: CSSProperties | undefined = place && { transform: `translateY(${place.start}px)` };
  const note = absenceNote(event);
  return (
    <li
      className={hovered ? 'is-hovered' : undefined}
      ref={place?.measureRef}
      data-index={place?.index}
      aria-setsize={place?.setSize}
      aria-posinset={place && place.index + 1}
      style={style}
    >
      <button
        type="button"
        data-event-id={event.id}
        aria-pressed={selected}
        className={selected ? 'is-selected' : undefined}
        onClick={() => selectEvent(selected ? null : event.id)}
        onMouseEnter={() => hoverEvent(event.id)}
        onMouseLeave={() => hoverEvent(null)}
      >
        <ShapeIcon category={category} />
        <span className="event-list-text">
          <span className="event-list-title">{event.record.title}</span>
          <span className="event-list-meta">
            {event.dateLabel} · {category.label}
          </span>
          {note && <span className="event-list-absent">{note}</span>}
        </span>
      </button>
    </li>
  );
});
