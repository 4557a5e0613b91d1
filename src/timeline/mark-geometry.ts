import type { LayoutItem } from './layout';
import type { ModelEvent } from '../data/model';

/** A rectangle in the drawing's px: x along the time axis, y down. */
export interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/**
 * How far a path drawn about 0,0 reaches, from its commands: absolute M, L, H, V and A, relative h and v, as d3's
 * symbols write them. An arc is taken as a circle about 0,0 of its radius, which is what d3's circle symbol draws.
 */
export function pathExtent(d: string): Box {
  const box = { x1: 0, x2: 0, y1: 0, y2: 0 };
  let [x, y] = [0, 0];
  const reach = (px: number, py: number) => {
    box.x1 = Math.min(box.x1, px);
    box.x2 = Math.max(box.x2, px);
    box.y1 = Math.min(box.y1, py);
    box.y2 = Math.max(box.y2, py);
  };
  for (const [, command, args] of d.matchAll(/([MLHVAZhv])([^MLHVAZhv]*)/g)) {
    const n = args
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (command === 'M' || command === 'L') for (let i = 0; i + 1 < n.length; i += 2) reach((x = n[i]), (y = n[i + 1]));
    else if (command === 'H') for (const v of n) reach((x = v), y);
    else if (command === 'V') for (const v of n) reach(x, (y = v));
    else if (command === 'h') for (const v of n) reach((x += v), y);
    else if (command === 'v') for (const v of n) reach(x, (y += v));
    else if (command === 'A') {
      for (let i = 0; i + 6 < n.length; i += 7) {
        reach(-n[i], -n[i + 1]);
        reach(n[i], n[i + 1]);
        reach((x = n[i + 5]), (y = n[i + 6]));
      }
    }
  }
  return box;
}

/** What the marks look like: the reach of the category's shape about its centre and the half height of bars. */
export interface MarkGeometry {
  markRadius: number;
  /** Half the height of a bar or an uncertainty box. */
  barHalf: number;
  /** The reach of a category's shape about the mark's centre, by category id. */
  shapeExtent: (category: string) => Box;
}

/** A day is as precise as the data gets: only a month, a year or a window of time draws its extent. */
export function drawsUncertainty(event: ModelEvent, item: LayoutItem, markRadius: number): boolean {
  const imprecise = event.precision !== 'day' || event.record.rangeMeans === 'uncertainty';
  return imprecise && !item.isSpan && item.uncertainX2 - item.uncertainX1 > 2 * markRadius;
}

/** The boxes one event draws in its lane, centred on `y`: its mark and, if it has one, its bar or uncertainty box. */
export function itemBoxes(item: LayoutItem, event: ModelEvent, y: number, geometry: MarkGeometry): Box[] {
  const shape = geometry.shapeExtent(event.record.category);
  // The shapes' outline is 1 px wide: half of it lies outside the path.
  const boxes: Box[] = [
    { x1: item.x + shape.x1 - 0.5, x2: item.x + shape.x2 + 0.5, y1: y + shape.y1 - 0.5, y2: y + shape.y2 + 0.5 },
  ];
  const half = geometry.barHalf;
  if (item.isSpan) {
    const x2 = item.barX1 + Math.max(2, item.barX2 - item.barX1);
    boxes.push({ x1: item.barX1 - 0.5, x2: x2 + 0.5, y1: y - half - 0.5, y2: y + half + 0.5 });
  } else if (drawsUncertainty(event, item, geometry.markRadius)) {
    boxes.push({ x1: item.uncertainX1 - 0.5, x2: item.uncertainX2 + 0.5, y1: y - half - 0.5, y2: y + half + 0.5 });
  }
  return boxes;
}

/** The smallest box around `boxes`. */
export function unionBox(boxes: readonly Box[]): Box {
  return {
    x1: Math.min(...boxes.map((b) => b.x1)),
    x2: Math.max(...boxes.map((b) => b.x2)),
    y1: Math.min(...boxes.map((b) => b.y1)),
    y2: Math.max(...boxes.map((b) => b.y2)),
  };
}
