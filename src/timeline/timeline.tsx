import { Suspense, useMemo, useRef, useState, type ReactNode } from 'react';
import type { TimeScale } from './scale';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/use-app-store';
import { selectTimedEvents, selectTimeWindow } from '../state/selectors';
import { selectPresentedStopIds } from '../state/tour-selectors';
import { useElementSize } from '../ui/use-element-size';
import { createTicks, createTimeScale, ticksWithRoom } from './scale';
import { DEFAULT_LAYOUT, lanePriority, layoutTimeline } from './layout';
import { useTimeGestures } from './use-time-gestures';
import { TimelineMarks } from './timeline-marks';
import { HATCH_ID, HatchPattern, TimelineBand } from './timeline-band';
import { BandTooltip } from './band-tooltip';
import { hatchMeaning, hatchedInView, layoutBand } from './band-layout';
import { BandLegend } from './band-legend';
import { useCanvasPlan } from './use-canvas-plan';
import { lazyComponent } from '../ui/lazy-component';
import { chooseRenderer } from './canvas-plan';
import { PADDING, SCREEN_METRICS, roomMetrics, wholeLaneHeight } from './timeline-geometry';
import { useTimelineFonts } from './use-timeline-fonts';
import { useMarkGeometry } from './use-mark-geometry';
import { TimelineToolbar } from './timeline-toolbar';
import { focusBandAt, focusMarks } from './timeline-focus';
import './timeline-labels.css';

/** Many events are drawn on a canvas, whose code loads only for a dataset that needs it (see prepareViews). */
const { Component: TimelineCanvas, preload: preloadTimelineCanvas } = lazyComponent(() =>
  import('./timeline-canvas').then((module) => module.TimelineCanvas),
);
export { preloadTimelineCanvas };

/**
 * The size the timeline is prerendered at: its body's at 1280x800, the commonest laptop screen (inside the panel's
 * padding, so that the prerendered labels end inside it too).
 */
const PRERENDER_SIZE = { width: 1256, height: 218 };

interface TimelineProps {
  /** More controls for the toolbar, put in by the app (e.g. playback). */
  toolbarExtra?: ReactNode;
  /** Drawn over the marks with the current scale (e.g. a playhead). */
  overlay?: (scale: TimeScale, height: number) => ReactNode;
}

/**
 * The zoomable time axis with the filtered events in lanes and the dataset's band. Up to SVG_MAX_EVENTS events are
 * focusable SVG marks; more are drawn on a canvas under the SVG, which keeps the axis, the band and the gestures. In
 * a presentation it is drawn for a room: larger type and marks, taller lanes, and only the tour's stops labelled.
 */
export function Timeline({ toolbarExtra, overlay }: TimelineProps = {}) {
  const model = useAppStore((s) => s.model)!;
  const events = useAppStore(selectTimedEvents);
  const timeWindow = useAppStore(useShallow(selectTimeWindow));
  const present = useAppStore((s) => s.present);
  const labelled = useAppStore(selectPresentedStopIds);
  const renderer = chooseRenderer(events.length);
  // Only SVG marks are prerendered; a canvas waits for the real size rather than plan twice.
  const [containerRef, size] = useElementSize<HTMLDivElement>(renderer === 'svg' ? PRERENDER_SIZE : undefined);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = size.width;
  const metrics = useMemo(() => (present ? roomMetrics(width) : SCREEN_METRICS), [present, width]);
  const fonts = useTimelineFonts(metrics);
  const geometry = useMarkGeometry(model, metrics);
  // In a presentation the moment comes first: the current stop in the top lane, the tour's other stops under it.
  // (Outside one the selection does not move lanes, and a new one need not render the whole timeline.)
  const currentStop = useAppStore((s) => (labelled ? s.selectedId : null));
  const priority = useMemo(() => lanePriority(labelled, currentStop), [labelled, currentStop]);
  const [bandFocus, setBandFocus] = useState<number | null>(null);

  const scale = useMemo(() => createTimeScale(timeWindow, width), [timeWindow, width]);
  const layout = useMemo(
    () =>
      renderer === 'svg'
        ? layoutTimeline(events, scale, { ...DEFAULT_LAYOUT, markRadius: metrics.markRadius }, priority)
        : null,
    [renderer, events, scale, metrics.markRadius, priority],
  );
  // Fewer ticks for larger type: about one per 90 px at 11 px.
  const ticks = useMemo(
    () => createTicks(scale, (width * SCREEN_METRICS.tickSize) / metrics.tickSize),
    [scale, width, metrics.tickSize],
  );
  const segments = useMemo(
    () => (model.band ? layoutBand(model.band, scale, width, fonts.band.measure) : []),
    [model.band, scale, width, fonts.band],
  );
  useTimeGestures(svgRef, timeWindow, width);

  const bandHeight = model.band ? metrics.bandHeight : 0;
  const axisHeight = metrics.axisHeight;
  const top = axisHeight + bandHeight + PADDING;
  const available = Math.max(0, size.height - top - PADDING);
  const area = useMemo(() => ({ width, top, height: available }), [width, top, available]);
  const plan = useCanvasPlan(renderer === 'canvas' ? events : null, scale, area);
  // Lanes are never lower than a label and the space around it.
  const minLane = Math.max(metrics.minLane, Math.ceil(fonts.label.ascent + fonts.label.descent + 3));
  const maxLane = Math.max(minLane, metrics.maxLane);
  const svgLaneHeight = wholeLaneHeight(available, layout?.laneCount ?? 1, minLane, maxLane, PADDING);
  const laneHeight = plan?.mode === 'marks' ? plan.laneHeight : svgLaneHeight;
  const laneCount = plan?.mode === 'marks' ? plan.lanes : (layout?.laneCount ?? 0);
  const height = Math.max(size.height, top + laneCount * laneHeight + PADDING);
  const focusedSegment = segments.find((s) => s.index === bandFocus);
  const hatched = hatchMeaning(hatchedInView(segments, width));

  return (
    <section className="timeline" aria-label="Timeline">
      <TimelineToolbar band={model.band} extra={toolbarExtra} />
      <div className="timeline-body" ref={containerRef}>
        {width > 0 && plan && (
          <Suspense fallback={null}>
            <TimelineCanvas
              events={events}
              plan={plan}
              scale={scale}
              area={area}
              height={height}
              pointerTarget={svgRef}
            />
          </Suspense>
        )}
        {width > 0 && (
          <svg ref={svgRef} className="timeline-svg" width={width} height={height} role="presentation">
            <defs>
              <HatchPattern id={HATCH_ID} />
            </defs>
            <g className="timeline-grid" aria-hidden="true">
              {ticks.map((tick) => (
                <line
                  key={tick.x}
                  x1={tick.x}
                  x2={tick.x}
                  y1={axisHeight - 6}
                  y2={height}
                  className={tick.major ? 'major' : ''}
                />
              ))}
            </g>
            <g className="timeline-axis" aria-hidden="true" fontSize={metrics.tickSize}>
              {ticksWithRoom(ticks, width, fonts.tick.measure).map((tick) => (
                <text key={tick.x} x={tick.x + 3} y={axisHeight - 10} className={tick.major ? 'major' : ''}>
                  {tick.label}
                </text>
              ))}
            </g>
            {layout && (
              <TimelineMarks
                layout={layout}
                top={top}
                laneHeight={laneHeight}
                width={width}
                height={height}
                geometry={geometry}
                labelSize={metrics.labelSize}
                font={fonts.label}
                boldFont={fonts.labelBold}
                labelled={labelled}
                onArrowUp={model.band ? (x) => focusBandAt(svgRef.current, x) : undefined}
              />
            )}
            {/* After the marks, so that the band's tooltip is drawn over them. */}
            {model.band && (
              <TimelineBand
                band={model.band}
                segments={segments}
                y={axisHeight}
                width={width}
                height={metrics.bandHeight}
                labelSize={metrics.bandLabelSize}
                onFocusSegment={setBandFocus}
                onArrowDown={() => focusMarks(svgRef.current)}
              />
            )}
            {focusedSegment && (
              <BandTooltip
                segment={focusedSegment}
                top={axisHeight + bandHeight - 4}
                fontSize={metrics.labelSize}
                width={width}
                font={fonts.label}
              />
            )}
            {overlay?.(scale, height)}
          </svg>
        )}
      </div>
      <div className="timeline-footer">
        <TimelineWindowLabel window={timeWindow} />
        {hatched && <BandLegend meaning={hatched} />}
      </div>
    </section>
  );
}

const formatDay = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function TimelineWindowLabel({ window }: { window: [number, number] }) {
  return (
    <p className="timeline-window" data-testid="time-window">
      Showing {formatDay.format(window[0])} – {formatDay.format(window[1])}
    </p>
  );
}
