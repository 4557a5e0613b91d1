import type { TimelineLayout } from './layout';
import type { ModelEvent } from '../data/model';
import { itemBoxes, unionBox, type Box, type MarkGeometry } from './mark-geometry';
import { placeLabels, type LabelRequest, type PlacedLabel } from './label-placement';
import type { Measure } from './text-fit';

export interface LabelPlanInput {
  layout: TimelineLayout;
  byId: ReadonlyMap<string, ModelEvent>;
  /** The vertical centre of a lane. */
  laneY: (lane: number) => number;
  geometry: MarkGeometry;
  /** Only these events are labelled (a tour's stops, in a presentation); every event when null. */
  labelled: ReadonlySet<string> | null;
  /** Labelled before the others, in bold. */
  selectedId: string | null;
  width: number;
  /** The height of a label's box. */
  labelHeight: number;
  measure: Measure;
  measureBold: Measure;
}

export interface LabelPlan {
  labels: Map<string, PlacedLabel>;
  /** What each event draws, as one box: where a hovered or focused event's whole title goes beside. */
  extents: Map<string, Box>;
}

export const LABEL_OFFSET = 4;
export const LABEL_GAP = 3;
/** A label shortened to fewer characters than this tells too little: it is hidden. */
export const MIN_LABEL_CHARS = 4;

/**
 * The labels of the SVG timeline: every event's drawn boxes are obstacles, and the labels are placed the selection
 * first, then from left to right (a label before its event yields to the one that would run on after its own).
 */
export function planLabels(input: LabelPlanInput): LabelPlan {
  const { layout, byId, laneY, geometry, labelled, selectedId } = input;
  const obstacles: Box[] = [];
  const extents = new Map<string, Box>();
  const requests: LabelRequest[] = [];
  for (const item of layout.items) {
    const event = byId.get(item.id)!;
    const y = laneY(item.lane);
    const boxes = itemBoxes(item, event, y, geometry);
    const selected = item.id === selectedId;
    // The selection's halo (a ring 4 px outside the mark, its stroke 3 px wide) is drawn too.
    const halo = geometry.markRadius + 5.5;
    if (selected) boxes.push({ x1: item.x - halo, x2: item.x + halo, y1: y - halo, y2: y + halo });
    obstacles.push(...boxes);
    const extent = unionBox(boxes);
    extents.set(item.id, extent);
    if (labelled && !labelled.has(item.id)) continue;
    requests.push({
      id: item.id,
      text: event.record.title,
      y,
      left: extent.x1,
      right: extent.x2,
      measure: selected ? input.measureBold : undefined,
    });
  }
  requests.sort((a, b) => Number(b.id === selectedId) - Number(a.id === selectedId) || a.left - b.left);
  const labels = placeLabels(requests, obstacles, {
    width: input.width,
    height: input.labelHeight,
    offset: LABEL_OFFSET,
    gap: LABEL_GAP,
    minChars: MIN_LABEL_CHARS,
    measure: input.measure,
  });
  return { labels, extents };
}
