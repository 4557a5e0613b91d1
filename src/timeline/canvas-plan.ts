import type { TimeScale } from './scale';
import { DEFAULT_LAYOUT, layoutTimeline, type LayoutOptions, type TimelineLayout } from './layout';
import { binDensity, type Density } from './density';
import { countMarksInWindow, eventsInWindow, type TimeIndex } from './time-index';
import { laneHeightFor, lanesThatFit } from './timeline-geometry';

/**
 * Above this many dated events the timeline draws on a canvas. The SVG renderer mounts a focusable mark per event and
 * every zoom frame re-renders all of them. Median zoom frames measured in Chromium on a busy 2-core machine: SVG 17 ms
 * at 100 marks, 21-24 ms at 250, 35 ms at 500, 80 ms at 1,000; the canvas stays at the 16.7 ms of a frame from 300 to
 * 100,000 events. Classroom datasets (the bundled one has 53 events) keep their focusable marks.
 */
export const SVG_MAX_EVENTS = 200;

/** Width of a density bin in px: fine enough to read as a strip, coarse enough to count quickly. */
export const DENSITY_BIN_PX = 2;

export type Renderer = 'svg' | 'canvas';

export function chooseRenderer(eventCount: number): Renderer {
  return eventCount <= SVG_MAX_EVENTS ? 'svg' : 'canvas';
}

/** Where the canvas draws events: below the axis and band, `width` × `height` px from `top`. */
export interface CanvasArea {
  width: number;
  top: number;
  height: number;
}

/** Counts per column, when there are more marks than room for them. */
export interface DensityPlan {
  mode: 'density';
  /** Marks whose place is inside the window. */
  inView: number;
  density: Density;
}

/** One mark per event, in lanes. */
export interface MarksPlan {
  mode: 'marks';
  inView: number;
  layout: TimelineLayout;
  /** Lanes drawn, perhaps more than the panel shows; items below them (long spans passing through) are left out. */
  lanes: number;
  laneHeight: number;
  /** Items left out. */
  hidden: number;
}

export type CanvasPlan = DensityPlan | MarksPlan;

/** At most how many marks the area could show side by side: each needs its diameter and a gap. */
export function markCapacity(width: number, lanes: number, options: LayoutOptions = DEFAULT_LAYOUT): number {
  return lanes * Math.floor(width / (2 * options.markRadius + options.gap));
}

/**
 * At most this many lanes of marks: more than that in view (events known only to the month or the year pile up at
 * its middle) and the density is clearer. The drawing grows below the panel, which scrolls, as the SVG does.
 */
export const MAX_CANVAS_LANES = 100;

/**
 * Marks when the marks in view could fit side by side in the lanes the panel shows and every one of them gets a lane
 * (up to MAX_CANVAS_LANES), else the density. The layout is computed only when the count says marks could fit, so a
 * crowded frame costs a few binary searches. Long spans passing through, below the lanes of the marks, are drawn only
 * in lanes the panel shows anyway.
 */
export function planCanvas(
  index: TimeIndex,
  scale: TimeScale,
  area: CanvasArea,
  categories: readonly string[],
): CanvasPlan {
  const [from, to] = scale.domain().map((d) => d.getTime());
  const inView = countMarksInWindow(index, [from, to]);
  const visible = lanesThatFit(area.height);
  const density = () =>
    ({ mode: 'density', inView, density: binDensity(index, scale, area.width, DENSITY_BIN_PX, categories) }) as const;
  if (inView > markCapacity(area.width, visible)) return density();
  const layout = layoutTimeline(eventsInWindow(index, [from, to]), scale);
  const markLanes = layout.items.reduce(
    (most, i) => (i.x >= 0 && i.x <= area.width ? Math.max(most, i.lane + 1) : most),
    0,
  );
  if (markLanes > MAX_CANVAS_LANES) return density();
  const lanes = Math.min(layout.laneCount, Math.max(visible, markLanes));
  const hidden = layout.items.filter((i) => i.lane >= lanes).length;
  return { mode: 'marks', inView, layout, lanes, laneHeight: laneHeightFor(area.height, lanes), hidden };
}
