/** Pure arithmetic of the timeline's gestures: a window is [from, to] in UTC ms, drawn across `width` px. */
export type TimeWindow = [number, number];

/** The window after dragging the content `dx` px to the right (earlier times come into view). */
export function panWindow([from, to]: TimeWindow, dx: number, width: number): TimeWindow {
  const shift = (-dx / width) * (to - from);
  return [from + shift, to + shift];
}

/** How much one wheel event zooms: > 1 zooms out (scrolling down), < 1 zooms in. */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return 2 ** (Math.max(-200, Math.min(200, pixels)) * 0.002);
}

/** The window zoomed by `factor` around the time at `x` px, which stays under the pointer. */
export function zoomWindowAt([from, to]: TimeWindow, factor: number, x: number, width: number): TimeWindow {
  const pivot = from + (x / width) * (to - from);
  return [pivot - (pivot - from) * factor, pivot + (to - pivot) * factor];
}

/**
 * Two fingers: the times that were under the fingers at the start (`x1`, `x2` in the start window) stay under them at
 * their new positions (`nx1`, `nx2`).
 */
export function pinchWindow(
  start: TimeWindow,
  x1: number,
  x2: number,
  nx1: number,
  nx2: number,
  width: number,
): TimeWindow {
  if (Math.abs(nx2 - nx1) < 1 || Math.abs(x2 - x1) < 1) return start;
  const msPerPx = (start[1] - start[0]) / width;
  const t1 = start[0] + x1 * msPerPx;
  const t2 = start[0] + x2 * msPerPx;
  const newMsPerPx = (t2 - t1) / (nx2 - nx1);
  if (newMsPerPx <= 0) return start;
  const from = t1 - nx1 * newMsPerPx;
  return [from, from + width * newMsPerPx];
}
