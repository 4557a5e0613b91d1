import type { Box } from './mark-geometry';
import { fitText, type Measure } from './text-fit';

/** A title to place beside its event. */
export interface LabelRequest {
  id: string;
  text: string;
  /** The vertical centre of the event's lane: the label's box is centred on it. */
  y: number;
  /** What the event itself draws along the axis: its label goes after `right` or ends before `left`. */
  left: number;
  right: number;
  /** Its own measure, when its label is drawn in another font (bold for the selection). */
  measure?: Measure;
}

export interface LabelOptions {
  /** The visible width of the drawing: every label lies within 0..width. */
  width: number;
  /** The height of a label's box (the font's ascent plus descent), px. */
  height: number;
  /** Space between an event and its label, px. */
  offset: number;
  /** Least space between a label and anything else drawn, px. */
  gap: number;
  /** A label shortened to fewer characters than this is not shown. */
  minChars: number;
  measure: Measure;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Whether `text` is the whole title (else it ends with an ellipsis). */
  full: boolean;
  side: 'right' | 'left';
  /** Where the text is anchored: its start for a label on the right, its end for one on the left. */
  x: number;
  box: Box;
}

const crossesRow = (b: Box, y1: number, y2: number) => b.y1 < y2 && b.y2 > y1;

/** The furthest a label starting at `start` may reach before it comes within `gap` of a blocker (or the edge). */
function roomAfter(start: number, y1: number, y2: number, blockers: readonly Box[], width: number, gap: number) {
  let end = width;
  for (const b of blockers) if (crossesRow(b, y1, y2) && b.x2 + gap > start) end = Math.min(end, b.x1 - gap);
  return end - start;
}

/** How far left of `end` a label may begin before it comes within `gap` of a blocker (or the edge). */
function roomBefore(end: number, y1: number, y2: number, blockers: readonly Box[], gap: number) {
  let start = 0;
  for (const b of blockers) if (crossesRow(b, y1, y2) && b.x1 - gap < end) start = Math.max(start, b.x2 + gap);
  return end - start;
}

/**
 * Places labels one by one in the order given (the most important first), each in its event's row: after the event
 * when the whole title fits there, else before it when it fits there (as near the right edge), else shortened on
 * the side with more room, else not at all. A label never overlaps an obstacle (the marks, bars and uncertainty
 * boxes of every lane whose height its box crosses, its own event's included), an earlier label, or the edges.
 * Linear in the obstacles for each label: meant for the SVG timeline's few hundred events.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  options: LabelOptions,
): Map<string, PlacedLabel> {
  const { width, height, offset, gap, minChars } = options;
  const blockers: Box[] = [...obstacles];
  const placed = new Map<string, PlacedLabel>();
  for (const request of requests) {
    const measure = request.measure ?? options.measure;
    const [y1, y2] = [request.y - height / 2, request.y + height / 2];
    const start = request.right + offset;
    const end = request.left - offset;
    // A label starts and ends inside the drawing: none for an event off to either side.
    const right = start >= 0 && start < width ? roomAfter(start, y1, y2, blockers, width, gap) : 0;
    const left = end > 0 && end <= width ? roomBefore(end, y1, y2, blockers, gap) : 0;
    const whole = measure(request.text);
    let side: PlacedLabel['side'];
    let fitted: { text: string; full: boolean } | null;
    if (whole <= right) [side, fitted] = ['right', { text: request.text, full: true }];
    else if (whole <= left) [side, fitted] = ['left', { text: request.text, full: true }];
    else {
      side = right >= left ? 'right' : 'left';
      fitted = fitText(request.text, Math.max(right, left), measure, minChars);
    }
    if (!fitted) continue;
    const textWidth = fitted.full ? whole : measure(fitted.text);
    const box =
      side === 'right' ? { x1: start, x2: start + textWidth, y1, y2 } : { x1: end - textWidth, x2: end, y1, y2 };
    placed.set(request.id, { id: request.id, ...fitted, side, x: side === 'right' ? start : end, box });
    blockers.push(box);
  }
  return placed;
}
