import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { TimelineLayout } from './layout';
import { useAppStore } from '../state/use-app-store';
import { hoverEvent, selectEvent } from '../state/actions';
import { selectFilteredEvents } from '../state/selectors';
import { shapePath } from '../ui/shapes';
import { DEFAULT_LAYOUT } from './layout';

/** The event marks, one tab stop: arrow keys move between them (roving tabindex), Enter selects. */
export function TimelineMarks({
  layout,
  top,
  laneHeight,
}: {
  layout: TimelineLayout;
  top: number;
  laneHeight: number;
}) {
  const model = useAppStore((s) => s.model)!;
  const events = useAppStore(selectFilteredEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const group = useRef<SVGGElement>(null);
  const r = DEFAULT_LAYOUT.markRadius;
  const tabStop = selectedId && events.some((e) => e.id === selectedId) ? selectedId : events[0]?.id;

  useEffect(
    function focusFollowsSelection() {
      const root = group.current;
      if (!root || !selectedId || !root.contains(document.activeElement)) return;
      root.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(selectedId)}"]`)?.focus();
    },
    [selectedId],
  );

  useEffect(function markDrawn() {
    performance.mark('waymark:timeline-drawn');
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Home' || event.key === 'End') {
      const target = event.key === 'Home' ? events[0] : events[events.length - 1];
      if (target) selectEvent(target.id);
      event.preventDefault();
    } else if (event.key === 'Enter' || event.key === ' ') {
      const id = (event.target as Element).closest('[data-event-id]')?.getAttribute('data-event-id');
      if (id) selectEvent(id);
      event.preventDefault();
    }
  }

  return (
    <g ref={group} className="timeline-marks" onKeyDown={onKeyDown}>
      {layout.items.map((item) => {
        const event = model.byId.get(item.id)!;
        const category = model.categoryById.get(event.record.category)!;
        const y = top + item.lane * laneHeight + laneHeight / 2;
        const selected = item.id === selectedId;
        const hovered = item.id === hoveredId;
        const showUncertainty = !item.isSpan && item.uncertainX2 - item.uncertainX1 > 2 * r;
        return (
          <g
            key={item.id}
            data-event-id={item.id}
            className={`timeline-mark${selected ? ' is-selected' : ''}${hovered ? ' is-hovered' : ''}`}
            role="button"
            tabIndex={item.id === tabStop ? 0 : -1}
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
      })}
    </g>
  );
}
