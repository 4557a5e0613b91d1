import { bisectLeft } from 'd3-array';
import type { TimeScale } from './scale';
import type { TimeIndex } from './time-index';

/** How many marks fall in each column of the drawing, per category: the timeline's view when marks crowd. */
export interface Density {
  /** Width of a bin in px; bin `b` covers `[b * binWidth, (b + 1) * binWidth)`. */
  binWidth: number;
  bins: number;
  /** The instants at the bins' edges, `bins + 1` of them. */
  edges: Float64Array;
  /** Category ids, in the order their counts are stacked. */
  categories: string[];
  /** `counts[c * bins + b]`: marks of category `c` in bin `b`. */
  counts: Uint32Array;
  totals: Uint32Array;
  /** The largest total. */
  max: number;
}

/**
 * Counts marks per bin with two binary searches per bin and category over the sorted mark times, so a frame costs
 * O(bins × categories × log n) whatever the number of events.
 */
export function binDensity(
  index: TimeIndex,
  scale: TimeScale,
  width: number,
  binWidth: number,
  categories: readonly string[],
): Density {
  const bins = Math.max(1, Math.ceil(width / binWidth));
  const edges = new Float64Array(bins + 1);
  for (let b = 0; b <= bins; b++) edges[b] = scale.invert(b * binWidth).getTime();
  const counts = new Uint32Array(categories.length * bins);
  const totals = new Uint32Array(bins);
  categories.forEach((id, c) => {
    const times = index.markTimes.get(id);
    if (!times) return;
    let before = bisectLeft(times, edges[0]);
    for (let b = 0; b < bins; b++) {
      const upTo = bisectLeft(times, edges[b + 1], before);
      counts[c * bins + b] = upTo - before;
      totals[b] += upTo - before;
      before = upTo;
    }
  });
  let max = 0;
  for (const total of totals) if (total > max) max = total;
  return { binWidth, bins, edges, categories: [...categories], counts, totals, max };
}
