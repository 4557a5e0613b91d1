import { hitTest } from './layout';
import type { CanvasArea, CanvasPlan } from './canvas-plan';

/** What is under the pointer on the canvas: an event's mark, a density bin with the instants it covers, or nothing. */
export type CanvasHit =
  { kind: 'event'; id: string } | { kind: 'bin'; bin: number; from: number; to: number; count: number } | null;

/** Hit-testing in drawing coordinates (px from the top left of the drawing), for hover and click. */
export function hitTestCanvas(plan: CanvasPlan, area: CanvasArea, x: number, y: number, tolerance = 8): CanvasHit {
  if (x < 0 || x >= area.width || y < area.top) return null;
  if (plan.mode === 'marks') {
    // The lanes may run below the panel's height (it scrolls).
    const lane = Math.floor((y - area.top) / plan.laneHeight);
    if (lane >= plan.lanes) return null;
    const id = hitTest(plan.layout, x, lane, tolerance);
    return id ? { kind: 'event', id } : null;
  }
  if (y >= area.top + area.height) return null;
  const { density } = plan;
  const bin = Math.floor(x / density.binWidth);
  const count = density.totals[bin];
  if (!count) return null;
  return { kind: 'bin', bin, from: density.edges[bin], to: density.edges[bin + 1], count };
}
