import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { TimelineLayout } from './layout';
import type { FontMetrics } from './text-measure';
import type { MarkGeometry } from './mark-geometry';
import { useAppStore } from '../state/use-app-store';
import { selectEvent } from '../state/actions';
import { selectTimedEvents } from '../state/selectors';
import { TimelineMark } from './timeline-mark';
import { TimelineFullLabel } from './timeline-full-label';
import { planLabels } from './plan-labels';

interface Props {
  layout: TimelineLayout;
  top: number;
  laneHeight: number;
  width: number;
  height: number;
  geometry: MarkGeometry;
  /** Font size of the labels, px. */
  labelSize: number;
  font: FontMetrics;
  boldFont: FontMetrics;
  /** Only these are labelled, the others dimmed (a tour's stops, in a presentation); all when null. */
  labelled: ReadonlySet<string> | null;
  /** ArrowUp on a mark: the keyboard goes up to the band, at the mark's x. */
  onArrowUp?: (x: number) => void;
}

const eventIdOf = (target: EventTarget) =>
  (target as Element).closest?.('[data-event-id]')?.getAttribute('data-event-id') ?? null;

/** Whether focus came by keyboard (a click focuses a mark too, but the pointer is then over it and hovers it). */
function focusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/**
 * The event marks, one tab stop: arrow keys move between them (roving tabindex), Enter selects. Labels are placed so
 * that none overlaps another or anything drawn; a hovered or focused event shows its whole title on a backing.
 */
export function TimelineMarks(props: Props) {
  const { layout, top, laneHeight, width, height, geometry, labelSize, font, boldFont, labelled, onArrowUp } = props;
  const model = useAppStore((s) => s.model)!;
  const events = useAppStore(selectTimedEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const group = useRef<SVGGElement>(null);
  const tabStop = selectedId && events.some((e) => e.id === selectedId) ? selectedId : events[0]?.id;
  const laneY = (lane: number) => top + lane * laneHeight + laneHeight / 2;
  const labelHeight = font.ascent + font.descent;
  const baselineShift = (font.ascent - font.descent) / 2;

  const plan = useMemo(
    () =>
      planLabels({
        layout,
        byId: model.byId,
        laneY: (lane) => top + lane * laneHeight + laneHeight / 2,
        geometry,
        labelled,
        selectedId,
        width,
        labelHeight,
        measure: font.measure,
        measureBold: boldFont.measure,
      }),
    [layout, model.byId, top, laneHeight, geometry, labelled, selectedId, width, labelHeight, font, boldFont],
  );

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
      const id = eventIdOf(event.target);
      if (id) selectEvent(id);
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && onArrowUp) {
      const item = layout.items.find((i) => i.id === eventIdOf(event.target));
      if (item) onArrowUp(item.x);
      event.preventDefault();
    }
  }

  function onFocus(event: FocusEvent) {
    setFocusedId(focusVisible(event.target) ? eventIdOf(event.target) : null);
  }

  const fullLabels = [...new Set([focusedId, hoveredId])].filter((id): id is string => !!id && plan.extents.has(id));
  return (
    <g
      ref={group}
      className="timeline-marks"
      fontSize={labelSize}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={() => setFocusedId(null)}
    >
      {layout.items.map((item) => {
        const event = model.byId.get(item.id)!;
        return (
          <TimelineMark
            key={item.id}
            item={item}
            event={event}
            category={model.categoryById.get(event.record.category)!}
            y={laneY(item.lane)}
            laneHeight={laneHeight}
            markRadius={geometry.markRadius}
            barHalf={geometry.barHalf}
            label={plan.labels.get(item.id)}
            baselineShift={baselineShift}
            selected={item.id === selectedId}
            hovered={item.id === hoveredId}
            dimmed={labelled !== null && !labelled.has(item.id)}
            tabStop={item.id === tabStop}
          />
        );
      })}
      {fullLabels.map((id) => (
        <TimelineFullLabel
          key={id}
          text={model.byId.get(id)!.record.title}
          extent={plan.extents.get(id)!}
          y={laneY(layout.items.find((i) => i.id === id)!.lane)}
          placed={plan.labels.get(id)}
          width={width}
          height={height}
          font={id === selectedId ? boldFont : font}
          bold={id === selectedId}
        />
      ))}
    </g>
  );
}
