import { Suspense, useMemo, useRef, type ReactNode } from 'react';
import type { TimeScale } from './scale';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/use-app-store';
import { selectTimedEvents, selectTimeWindow } from '../state/selectors';
import { panTimeWindow, setTimeWindow, zoomTimeWindow } from '../state/actions';
import { useElementSize } from '../ui/use-element-size';
import { createTicks, createTimeScale } from './scale';
import { DEFAULT_LAYOUT, layoutTimeline } from './layout';
import { useTimeGestures } from './use-time-gestures';
import { TimelineMarks } from './timeline-marks';
import { TimelineBand, BAND_HEIGHT } from './timeline-band';
import { useCanvasPlan } from './use-canvas-plan';
import { lazyComponent } from '../ui/lazy-component';
import { chooseRenderer } from './canvas-plan';
import { AXIS_HEIGHT, PADDING, laneHeightFor } from './timeline-geometry';

/** Many events are drawn on a canvas, whose code loads only for a dataset that needs it (see prepareViews). */
const { Component: TimelineCanvas, preload: preloadTimelineCanvas } = lazyComponent(() =>
  import('./timeline-canvas').then((module) => module.TimelineCanvas),
);
export { preloadTimelineCanvas };

/** The size the timeline is prerendered at: its body's at 1280x800, the commonest laptop screen. */
const PRERENDER_SIZE = { width: 1280, height: 230 };

interface TimelineProps {
  /** More controls for the toolbar, put in by the app (e.g. playback). */
  toolbarExtra?: ReactNode;
  /** Drawn over the marks with the current scale (e.g. a playhead). */
  overlay?: (scale: TimeScale, height: number) => ReactNode;
}

/**
 * The zoomable time axis with the filtered events in lanes and the dataset's band. Up to SVG_MAX_EVENTS events are
 * focusable SVG marks; more are drawn on a canvas under the SVG, which keeps the axis, the band and the gestures.
 */
export function Timeline({ toolbarExtra, overlay }: TimelineProps = {}) {
  const model = useAppStore((s) => s.model)!;
  const events = useAppStore(selectTimedEvents);
  const timeWindow = useAppStore(useShallow(selectTimeWindow));
  const renderer = chooseRenderer(events.length);
  // Only SVG marks are prerendered; a canvas waits for the real size rather than plan twice.
  const [containerRef, size] = useElementSize<HTMLDivElement>(renderer === 'svg' ? PRERENDER_SIZE : undefined);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = size.width;

  const scale = useMemo(() => createTimeScale(timeWindow, width), [timeWindow, width]);
  const layout = useMemo(
    () => (renderer === 'svg' ? layoutTimeline(events, scale, DEFAULT_LAYOUT) : null),
    [renderer, events, scale],
  );
  const ticks = useMemo(() => createTicks(scale, width), [scale, width]);
  useTimeGestures(svgRef, timeWindow, width);

  const bandHeight = model.band ? BAND_HEIGHT : 0;
  const top = AXIS_HEIGHT + bandHeight + PADDING;
  const available = Math.max(0, size.height - top - PADDING);
  const area = useMemo(() => ({ width, top, height: available }), [width, top, available]);
  const plan = useCanvasPlan(renderer === 'canvas' ? events : null, scale, area);
  const laneHeight = plan?.mode === 'marks' ? plan.laneHeight : laneHeightFor(available, layout?.laneCount ?? 1);
  const laneCount = plan?.mode === 'marks' ? plan.lanes : (layout?.laneCount ?? 0);
  const height = Math.max(size.height, top + laneCount * laneHeight + PADDING);

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-toolbar">
        <h2 className="panel-heading">Timeline</h2>
        <div className="timeline-buttons" role="group" aria-label="Move the time window">
          <button type="button" onClick={() => panTimeWindow(-0.25)} aria-label="Earlier" title="Earlier">
            ◀
          </button>
          <button type="button" onClick={() => panTimeWindow(0.25)} aria-label="Later" title="Later">
            ▶
          </button>
          <button type="button" onClick={() => zoomTimeWindow(0.5)} aria-label="Zoom in on time" title="Zoom in">
            +
          </button>
          <button type="button" onClick={() => zoomTimeWindow(2)} aria-label="Zoom out on time" title="Zoom out">
            −
          </button>
          <button type="button" onClick={() => setTimeWindow(null)} title="Show the whole time span">
            All time
          </button>
        </div>
        {toolbarExtra}
        {model.band && (
          <p className="band-caption">
            Band: {model.band.seriesLabel}, {model.band.title}
          </p>
        )}
      </div>
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
            <g className="timeline-grid" aria-hidden="true">
              {ticks.map((tick) => (
                <line
                  key={tick.x}
                  x1={tick.x}
                  x2={tick.x}
                  y1={AXIS_HEIGHT - 6}
                  y2={height}
                  className={tick.major ? 'major' : ''}
                />
              ))}
            </g>
            <g className="timeline-axis" aria-hidden="true">
              {ticks.map((tick) => (
                <text key={tick.x} x={tick.x + 3} y={AXIS_HEIGHT - 10} className={tick.major ? 'major' : ''}>
                  {tick.label}
                </text>
              ))}
            </g>
            {model.band && <TimelineBand band={model.band} scale={scale} y={AXIS_HEIGHT} width={width} />}
            {layout && <TimelineMarks layout={layout} top={top} laneHeight={laneHeight} />}
            {overlay?.(scale, height)}
          </svg>
        )}
      </div>
      <TimelineWindowLabel window={timeWindow} />
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
