import { memo } from 'react';
import type { LayoutItem } from './layout';
import type { ModelEvent } from '../data/model';
import type { Category } from '../data/schema';
import type { PlacedLabel } from './label-placement';
import { hoverEvent, selectEvent } from '../state/actions';
import { shapePath } from '../ui/shapes';
import { useAppStore } from '../state/use-app-store';
import { isAfterPlayhead } from '../state/playback-selectors';
import { drawsUncertainty } from './mark-geometry';

interface Props {
  item: LayoutItem;
  event: ModelEvent;
  category: Category;
  y: number;
  laneHeight: number;
  markRadius: number;
  barHalf: number;
  /** Its title, or the start of it, where the label placement put it; none when there was no room. */
  label: PlacedLabel | undefined;
  /** From the lane's centre to the label's baseline, so that the label's box is centred on the lane. */
  baselineShift: number;
  selected: boolean;
  hovered: boolean;
  /** Not a stop of the tour being presented: drawn faint, still there to click. */
  dimmed: boolean;
  tabStop: boolean;
}

/** Labels are placed afresh for every selection: one that says the same in the same place is the same label. */
function sameLabel(a: PlacedLabel | undefined, b: PlacedLabel | undefined): boolean {
  return a === b || (!!a && !!b && a.text === b.text && a.x === b.x && a.side === b.side);
}

function sameProps(a: Props, b: Props): boolean {
  const keys = Object.keys(a) as (keyof Props)[];
  return keys.every((key) => (key === 'label' ? sameLabel(a.label, b.label) : a[key] === b[key]));
}

/** One event on the timeline. Memoised: a new selection redraws the marks whose label moves, not all of them. */
export const TimelineMark = memo(function TimelineMark({
  item,
  event,
  category,
  y,
  laneHeight,
  markRadius: r,
  barHalf,
  label,
  baselineShift,
  selected,
  hovered,
  dimmed,
  tabStop,
}: Props) {
  // A boolean, so a moving playhead redraws a mark only when it passes it.
  const future = useAppStore((s) => isAfterPlayhead(event, s.playhead));
  const showUncertainty = drawsUncertainty(event, item, r);
  const classes = [
    'timeline-mark',
    selected && 'is-selected',
    hovered && 'is-hovered',
    future && 'is-future',
    dimmed && 'is-dimmed',
  ];
  return (
    <g
      data-event-id={item.id}
      className={classes.filter(Boolean).join(' ')}
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
          y={y - barHalf}
          width={item.uncertainX2 - item.uncertainX1}
          height={2 * barHalf}
          fill={category.color}
          stroke={category.color}
        />
      )}
      {item.isSpan && (
        <rect
          className={event.record.confidence === 'low' ? 'span is-uncertain' : 'span'}
          x={item.barX1}
          y={y - barHalf}
          width={Math.max(2, item.barX2 - item.barX1)}
          height={2 * barHalf}
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
      {label && (
        <text
          className={label.full ? 'label' : 'label is-shortened'}
          x={label.x}
          y={y + baselineShift}
          textAnchor={label.side === 'left' ? 'end' : undefined}
        >
          {label.text}
        </text>
      )}
    </g>
  );
}, sameProps);
