import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { TimelineLayout } from './layout';
import { useAppStore } from '../state/use-app-store';
import { selectEvent } from '../state/actions';
import { selectTimedEvents } from '../state/selectors';
import { TimelineMark } from './timeline-mark';

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
  const events = useAppStore(selectTimedEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const group = useRef<SVGGElement>(null);
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
        return (
          <TimelineMark
            key={item.id}
            item={item}
            event={event}
            category={model.categoryById.get(event.record.category)!}
            y={top + item.lane * laneHeight + laneHeight / 2}
            laneHeight={laneHeight}
            selected={item.id === selectedId}
            hovered={item.id === hoveredId}
            tabStop={item.id === tabStop}
          />
        );
      })}
    </g>
  );
}
