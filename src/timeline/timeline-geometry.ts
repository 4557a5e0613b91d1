/** Vertical measures of the timeline drawing, in px, shared by the SVG and the canvas renderers. */
export const AXIS_HEIGHT = 26;
export const MIN_LANE = 16;
export const MAX_LANE = 26;
export const PADDING = 8;

/** Lanes share the height there is, each between MIN_LANE and MAX_LANE tall. */
export function laneHeightFor(available: number, laneCount: number): number {
  return Math.max(MIN_LANE, Math.min(MAX_LANE, available / Math.max(1, laneCount)));
}

/** How many lanes of the least height fit in `available` px (at least one). */
export function lanesThatFit(available: number): number {
  return Math.max(1, Math.floor(available / MIN_LANE));
}
