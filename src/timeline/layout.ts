import type { TimeScale } from './scale';
import type { ModelEvent } from '../data/model';
import { MinHeap } from './min-heap';

export interface LayoutOptions {
  /** Radius of a mark in px. */
  markRadius: number;
  /** Least horizontal gap between two things in one lane, px. */
  gap: number;
  /** Approximate width of one character of a label, px. */
  charWidth: number;
  /** Space between a mark and its label, px. */
  labelOffset: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { markRadius: 6, gap: 4, charWidth: 6.4, labelOffset: 4 };

/** Where one event is drawn. Pixel positions are along the time axis; `lane` counts down from the top. */
export interface LayoutItem {
  id: string;
  lane: number;
  /** Centre of the mark. */
  x: number;
  /** The extent the date can mean: a year-only event covers its year. */
  uncertainX1: number;
  uncertainX2: number;
  /** For spans: where the bar starts and ends. */
  barX1: number;
  barX2: number;
  isSpan: boolean;
  /** Left and right edge of what the item occupies in its lane (without label). */
  left: number;
  right: number;
  /** Whether there is room for the title after the mark. */
  showLabel: boolean;
}

export interface TimelineLayout {
  items: LayoutItem[];
  laneCount: number;
}

/**
 * Places events in lanes so that no two marks or bars overlap. A point event sits at the middle of what its date can
 * mean (the whole year for `2005`), with the uncertainty drawn around it; a span is a bar from start to end. Lanes are
 * filled greedily in time order; a label is shown only where the lane has room for it before the next item (the
 * canvas draws these; the SVG timeline places its labels with label-placement.ts). Among the events in view, those
 * with a higher `priority` take the top lanes (in a presentation: the current stop, then the tour's other stops).
 */
export function layoutTimeline(
  events: readonly ModelEvent[],
  scale: TimeScale,
  options: LayoutOptions = DEFAULT_LAYOUT,
  priority: ReadonlyMap<string, number> | null = null,
): TimelineLayout {
  const r = options.markRadius;
  const placed = events.map((event) => {
    const uncertainX1 = scale(event.startMs);
    const uncertainX2 = event.isSpan ? scale(event.startEndMs) : scale(event.endMs);
    const barX1 = scale(event.startMs);
    const barX2 = scale(event.endMs);
    const x = event.isSpan ? barX1 + Math.min(r, (barX2 - barX1) / 2) : (uncertainX1 + uncertainX2) / 2;
    const left = Math.min(x - r, uncertainX1);
    const right = Math.max(x + r, event.isSpan ? barX2 : uncertainX2);
    return { event, x, uncertainX1, uncertainX2, barX1, barX2, left, right };
  });
  // Events whose mark is in view take the top lanes; those only passing through (a long bar, an uncertain window
  // whose middle is off screen) go below them, so a narrow window is not buried under spans.
  const [rangeStart, rangeEnd] = scale.range();
  const inView = (x: number) => x >= rangeStart && x <= rangeEnd;
  const rank = (p: (typeof placed)[number]) => (inView(p.x) ? 1 + (priority?.get(p.event.id) ?? 0) : 0);
  placed.sort((a, b) => rank(b) - rank(a) || a.left - b.left || a.event.order - b.event.order);

  const { lanes: laneOf, laneCount } = assignLanes(placed, options.gap);
  const lanes: LayoutItem[][] = Array.from({ length: laneCount }, () => []);
  const items: LayoutItem[] = [];
  placed.forEach((p, i) => {
    const lane = laneOf[i];
    const item: LayoutItem = {
      id: p.event.id,
      lane,
      x: p.x,
      uncertainX1: p.uncertainX1,
      uncertainX2: p.uncertainX2,
      barX1: p.barX1,
      barX2: p.barX2,
      isSpan: p.event.isSpan,
      left: p.left,
      right: p.right,
      showLabel: false,
    };
    lanes[lane].push(item);
    items.push(item);
  });

  const titles = new Map(events.map((e) => [e.id, e.record.title]));
  for (const lane of lanes) {
    lane.forEach((item, i) => {
      const labelStart = (item.isSpan ? item.x : item.x) + r + options.labelOffset;
      const labelEnd = labelStart + titles.get(item.id)!.length * options.charWidth;
      const next = lane[i + 1];
      item.showLabel = !next || labelEnd + options.gap <= next.left;
    });
  }
  items.sort((a, b) => a.lane - b.lane || a.x - b.x);
  return { items, laneCount: lanes.length };
}

/**
 * First fit: each box, in the order given, goes to the lowest lane whose last box ends at least `gap` before it
 * starts. Boxes come sorted by `left` (in runs: the order may start again once), so a lane once free stays free until
 * the next run: two heaps (busy lanes by end, free lanes by index) make it O(n log n) where scanning every lane for
 * every box was O(n × lanes), and quadratic when everything overlaps.
 */
export function assignLanes(
  boxes: readonly { left: number; right: number }[],
  gap: number,
): { lanes: Int32Array; laneCount: number } {
  const lanes = new Int32Array(boxes.length);
  const ends: number[] = [];
  const busy = new MinHeap((lane) => ends[lane]);
  const free = new MinHeap((lane) => lane);
  let previousLeft = -Infinity;
  boxes.forEach(({ left, right }, i) => {
    if (left < previousLeft) for (const lane of free.drain()) busy.push(lane);
    previousLeft = left;
    while (busy.size && ends[busy.peek()!] + gap <= left) free.push(busy.pop()!);
    const lane = free.size ? free.pop()! : ends.length;
    ends[lane] = right;
    busy.push(lane);
    lanes[i] = lane;
  });
  return { lanes, laneCount: ends.length };
}

/** The event whose mark is nearest to `(px, lane)`, within `tolerance` px; null if none. Used for touch hit-testing. */
export function hitTest(layout: TimelineLayout, px: number, lane: number, tolerance = 8): string | null {
  let best: LayoutItem | null = null;
  let bestDistance = Infinity;
  for (const item of layout.items) {
    if (item.lane !== lane) continue;
    const distance = item.isSpan && px >= item.barX1 && px <= item.barX2 ? 0 : Math.abs(item.x - px);
    if (distance <= tolerance && distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best?.id ?? null;
}

/** In a presentation, which events take the top lanes: the current stop (2), then the tour's other stops (1). */
export function lanePriority(
  stops: ReadonlySet<string> | null,
  currentStop: string | null,
): ReadonlyMap<string, number> | null {
  if (!stops) return null;
  const priority = new Map([...stops].map((id) => [id, 1]));
  if (currentStop && stops.has(currentStop)) priority.set(currentStop, 2);
  return priority;
}
