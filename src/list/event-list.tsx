import { memo, useEffect, useRef } from 'react';
import { absenceNote, type ModelEvent } from '../data/model';
import type { Category } from '../data/schema';
import { useAppStore } from '../state/use-app-store';
import { selectFilteredEvents } from '../state/selectors';
import { hoverEvent, selectEvent } from '../state/actions';
import { ShapeIcon } from '../ui/shape-icon';

/** The filtered events as a chronological list: the text alternative to the timeline and the map. */
export function EventList() {
  const model = useAppStore((s) => s.model)!;
  const events = useAppStore(selectFilteredEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(
    function revealSelection() {
      const list = listRef.current;
      if (!list || !selectedId) return;
      const row = list.querySelector<HTMLButtonElement>(`[data-event-id="${CSS.escape(selectedId)}"]`);
      if (!row) return;
      if (list.contains(document.activeElement)) row.focus();
      row.scrollIntoView?.({ block: 'nearest' });
    },
    [selectedId],
  );

  return (
    <section className="event-list" aria-label="Event list">
      <h2 className="panel-heading">Events</h2>
      {events.length === 0 ? (
        <p className="empty">No events match the filters.</p>
      ) : (
        <ol ref={listRef}>
          {events.map((event) => (
            <EventListRow
              key={event.id}
              event={event}
              category={model.categoryById.get(event.record.category)!}
              selected={event.id === selectedId}
              hovered={event.id === hoveredId}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

interface RowProps {
  event: ModelEvent;
  category: Category;
  selected: boolean;
  hovered: boolean;
}

/** One row; memoised, so a new selection redraws two rows rather than the whole list. */
const EventListRow = memo(function EventListRow({ event, category, selected, hovered }: RowProps) {
  return (
    <li className={hovered ? 'is-hovered' : undefined}>
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
          {absenceNote(event) && <span className="event-list-absent">{absenceNote(event)}</span>}
        </span>
      </button>
    </li>
  );
});
