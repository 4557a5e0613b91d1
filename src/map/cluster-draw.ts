import type { ClusterItem } from './cluster-index';
import { spreadOverlapping } from './geometry';

/** A cluster that never splits within the map's zooms, opened as a ring of its markers. */
export interface Spider {
  clusterId: number;
  lat: number;
  lon: number;
  leaves: readonly number[];
}

/** What the clustered map shows: the index's answer for the view, plus what the user has picked. */
export interface Scene {
  items: readonly ClusterItem[];
  /** Every marker's longitude and latitude, in pairs, as the index was given them; a point's id indexes them. */
  points: Float64Array;
  /** Marker indexes of the selected and the hovered event: drawn on top, even when inside a cluster. */
  selected: readonly number[];
  hovered: readonly number[];
  spider: Spider | null;
}

export type DrawState = 'normal' | 'hovered' | 'selected';

interface Position {
  x: number;
  y: number;
}

export type DrawItem =
  | (Position & { kind: 'cluster'; r: number; id: number; count: number; label: string; lat: number; lon: number })
  | (Position & { kind: 'point'; r: number; marker: number; state: DrawState; leg?: Position });

/** A single marker's radius in px: the same as a DOM marker's. */
export const POINT_RADIUS = 11;

/** Bigger clusters look bigger, slowly: 14 px for two markers, 26 px from 100,000 on. */
export function clusterRadius(count: number): number {
  return Math.min(26, 13 + 2.6 * Math.log10(Math.max(2, count)));
}

/** A count that fits in a circle: 999, 1.2k, 12k, 120k. */
export function formatCount(count: number): string {
  if (count < 1000) return String(count);
  if (count < 10_000) return `${(Math.floor(count / 100) / 10).toString()}k`;
  return `${Math.floor(count / 1000)}k`;
}

/**
 * The shapes to draw, bottom first: clusters and markers, then an opened cluster's ring, then the hovered event's
 * markers and the selected event's on top. `project` maps a latitude and longitude to the canvas.
 */
export function planDraw(scene: Scene, project: (lat: number, lon: number) => Position): DrawItem[] {
  const { items, points, spider } = scene;
  const selected = new Set(scene.selected);
  const hovered = new Set(scene.hovered);
  const ring = new Map<number, Position>();
  const plan: DrawItem[] = [];
  if (spider) {
    const centre = project(spider.lat, spider.lon);
    const offsets = spreadOverlapping(
      spider.leaves.map(() => centre),
      POINT_RADIUS * 2,
    );
    spider.leaves.forEach((marker, i) =>
      ring.set(marker, { x: centre.x + offsets[i].dx, y: centre.y + offsets[i].dy }),
    );
  }
  const point = (marker: number, state: DrawState): DrawItem => {
    const leg = spider && ring.has(marker) ? project(spider.lat, spider.lon) : undefined;
    const at = ring.get(marker) ?? project(points[2 * marker + 1], points[2 * marker]);
    return { kind: 'point', x: at.x, y: at.y, r: POINT_RADIUS, marker, state, ...(leg ? { leg } : {}) };
  };
  for (const item of items) {
    if (item.count > 1) {
      if (spider?.clusterId === item.id) continue;
      const { x, y } = project(item.lat, item.lon);
      const r = clusterRadius(item.count);
      plan.push({
        kind: 'cluster',
        x,
        y,
        r,
        id: item.id,
        count: item.count,
        label: formatCount(item.count),
        lat: item.lat,
        lon: item.lon,
      });
    } else if (!selected.has(item.id) && !hovered.has(item.id) && !ring.has(item.id)) {
      plan.push(point(item.id, 'normal'));
    }
  }
  for (const marker of spider?.leaves ?? []) {
    if (!selected.has(marker) && !hovered.has(marker)) plan.push(point(marker, 'normal'));
  }
  for (const marker of hovered) if (!selected.has(marker)) plan.push(point(marker, 'hovered'));
  for (const marker of selected) plan.push(point(marker, 'selected'));
  return plan;
}

/** The topmost shape under (x, y), allowing `slop` px around it for fingers and shaky hands. */
export function hitTest(plan: readonly DrawItem[], x: number, y: number, slop = 2): DrawItem | null {
  for (let i = plan.length - 1; i >= 0; i--) {
    const item = plan[i];
    const reach = item.r + slop;
    if ((item.x - x) ** 2 + (item.y - y) ** 2 <= reach * reach) return item;
  }
  return null;
}
