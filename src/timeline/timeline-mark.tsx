import { memo } from 'react';
import type { LayoutItem } from './layout';
import type { ModelEvent } from '../data/model';
import type { Category } from '../data/schema';
import { hoverEvent, selectEvent } from '../state/actions';
import { shapePath } from '../ui/shapes';
import { DEFAULT_LAYOUT } from './layout';
import { useAppStore } from '../state/use-app-store';
import { isAfterPlayhead } from '../state/playback-selectors';

interface Props {
  item: LayoutItem;
  event: ModelEvent;
  category: Category;
  y: number;
  laneHeight: number;
  selected: boolean;
  hovered: boolean;
  tabStop: boolean;
}

/** One event on the timeline. Memoised: a new selection redraws two marks, not all of them. */
export const TimelineMark = memo(function TimelineMark({
  item,
  event,
  category,
  y,
  laneHeight,
  selected,
  hovered,
  tabStop,
}: Props) {
  const r = DEFAULT_LAYOUT.markRadius;
  // A boolean, so a moving playhead redraws a mark only when it passes it.
  const future = useAppStore((s) => isAfterPlayhead(event, s.playhead));
  // A day is as precise as the data gets: only a month, a year or a window of time draws its extent.
  const imprecise = event.precision !== 'day' || event.record.rangeMeans === 'uncertainty';
  const showUncertainty = imprecise && !item.isSpan && item.uncertainX2 - item.uncertainX1 > 2 * r;
  return (
    <g
      data-event-id={item.id}
      className={`timeline-mark${selected ? ' is-selected' : ''}${hovered ? ' is-hovered' : ''}${future ? ' is-future' : ''}`}
      role="button"
      tabIndex={tabStop ? 0 : -1}
      aria-label={`${event.record.title}, ${event.dateLabel}`}
      aria-pressed={selected}
      onClick={() => selectEvent(item.id)}
      onMouseEnter={() => hoverEvent(item.id)}
      onMouseLeave={() => hoverEvent(null)}
    >
      <rect
        className="hit"
        x={item.left - 2}
        y={y - laneHeight / 2}
        width={item.right - item.left + 4}
        height={laneHeight}
      />
      {showUncertainty && (
        <rect
          className="uncertainty"
          x={item.uncertainX1}
          y={y - 4}
          width={item.uncertainX2 - item.uncertainX1}
          height={8}
          fill={category.color}
          stroke={category.color}
        />
      )}
      {item.isSpan && (
        <rect
          className={event.record.confidence === 'low' ? 'span is-uncertain' : 'span'}
          x={item.barX1}
          y={y - 4}
          width={Math.max(2, item.barX2 - item.barX1)}
          height={8}
          fill={category.color}
          stroke={category.color}
        />
      )}
      {(selected || hovered) && <circle className="halo" cx={item.x} cy={y} r={r + 4} />}
      <path
        className="shape"
        d={shapePath(category.shape, r)}
        transform={`translate(${item.x},${y})`}
        fill={category.color}
      />
      {item.showLabel && (
        <text className="label" x={item.x + r + DEFAULT_LAYOUT.labelOffset} y={y + 4}>
          {event.record.title}
        </text>
      )}
    </g>
  );
});
