/** Vertical measures of the timeline drawing, in px, shared by the SVG and the canvas renderers. */
export const AXIS_HEIGHT = 26;
export const MIN_LANE = 16;
export const MAX_LANE = 26;
export const PADDING = 8;

/** Lanes share the height there is, each between `min` and `max` px tall (MIN_LANE and MAX_LANE unless told). */
export function laneHeightFor(available: number, laneCount: number, min = MIN_LANE, max = MAX_LANE): number {
  return Math.max(min, Math.min(max, available / Math.max(1, laneCount)));
}

/**
 * Like laneHeightFor, but when the lanes do not all fit (and the drawing scrolls), a whole number of them fills the
 * height there is and the `padding` under it, so that no lane shows cut in half at the bottom.
 */
export function wholeLaneHeight(available: number, laneCount: number, min: number, max: number, padding = 0): number {
  if (laneCount * min <= available) return laneHeightFor(available, laneCount, min, max);
  const fit = Math.floor((available + padding) / min);
  return fit > 0 ? Math.min(max, (available + padding) / fit) : min;
}

/** How many lanes of the least height fit in `available` px (at least one). */
export function lanesThatFit(available: number): number {
  return Math.max(1, Math.floor(available / MIN_LANE));
}

/** The sizes the SVG timeline is drawn at: for a screen, or for a room. */
export interface TimelineMetrics {
  axisHeight: number;
  /** Font size of the axis's ticks, px. */
  tickSize: number;
  bandHeight: number;
  bandLabelSize: number;
  minLane: number;
  maxLane: number;
  markRadius: number;
  /** Half the height of a bar or an uncertainty box. */
  barHalf: number;
  /** Font size of the events' labels, px. */
  labelSize: number;
}

export const SCREEN_METRICS: TimelineMetrics = {
  axisHeight: AXIS_HEIGHT,
  tickSize: 11,
  bandHeight: 24,
  bandLabelSize: 10.5,
  minLane: MIN_LANE,
  maxLane: MAX_LANE,
  markRadius: 6,
  barHalf: 4,
  labelSize: 11,
};

/**
 * In a presentation the timeline is read from the back of a room: labels of at least 18 px (more on a wide screen,
 * up to 24 px), bigger marks, and lanes tall enough for the labels, so fewer of them fit.
 */
export function roomMetrics(width: number): TimelineMetrics {
  const labelSize = Math.max(18, Math.min(24, Math.round(width * 0.011)));
  return {
    axisHeight: 32,
    tickSize: 18,
    bandHeight: 32,
    bandLabelSize: 18,
    minLane: Math.ceil(labelSize * 1.6),
    maxLane: Math.ceil(labelSize * 2),
    markRadius: 9,
    barHalf: 6,
    labelSize,
  };
}
