import type { MapView } from '../state/store';

/** A point in Web Mercator, in degree-like units with y growing northwards (as src/map/geometry.ts projects). */
export type Point = [number, number];

/** The part of the world an image shows: its size in px, its centre (projected) and px per projected unit. */
export interface MapFrame {
  width: number;
  height: number;
  centre: Point;
  scale: number;
}

/** Leaflet's world is 256 px wide at zoom 0 and doubles with each zoom level. */
const TILE = 256;

export function project(lat: number, lon: number): Point {
  const clamped = Math.max(-85, Math.min(85, lat));
  return [lon, (Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) * 180) / Math.PI];
}

export function toScreen(frame: MapFrame, [x, y]: Point): Point {
  return [
    frame.width / 2 + (x - frame.centre[0]) * frame.scale,
    frame.height / 2 - (y - frame.centre[1]) * frame.scale,
  ];
}

/** Projected bounds of the frame: [west, south, east, north]. */
export function frameBounds(frame: MapFrame): [number, number, number, number] {
  const [halfX, halfY] = [frame.width / 2 / frame.scale, frame.height / 2 / frame.scale];
  return [frame.centre[0] - halfX, frame.centre[1] - halfY, frame.centre[0] + halfX, frame.centre[1] + halfY];
}

/** The Leaflet zoom level at which the screen has the frame's scale. */
export function zoomOfFrame(frame: MapFrame): number {
  return Math.log2((frame.scale * 360) / TILE);
}

/**
 * The view the user has on screen (`view` in a map panel of `screen` px), in an image of `size`: the same centre,
 * scaled so that all the panel shows fits; an image of another shape shows more on two sides.
 */
export function frameOfView(
  view: MapView,
  screen: { width: number; height: number },
  size: { width: number; height: number },
): MapFrame {
  const screenScale = (TILE * 2 ** view.zoom) / 360;
  const fit = Math.min(size.width / Math.max(1, screen.width), size.height / Math.max(1, screen.height));
  return { ...size, centre: project(view.lat, view.lon), scale: screenScale * fit };
}

/**
 * A frame that fits `points` (projected) with `padding` px around them, as the map fits the filtered events, but no
 * closer than `maxZoom` (so one place shows its region); the whole world when there is no point.
 */
export function frameToFit(
  points: readonly Point[],
  size: { width: number; height: number },
  padding = 80,
  maxZoom = 6,
): MapFrame {
  if (!points.length) return { ...size, centre: [0, 20], scale: size.width / 360 };
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  const scale = Math.min(
    (size.width - 2 * padding) / Math.max(x1 - x0, 1e-9),
    (size.height - 2 * padding) / Math.max(y1 - y0, 1e-9),
    (TILE * 2 ** maxZoom) / 360,
  );
  return { ...size, centre: [(x0 + x1) / 2, (y0 + y1) / 2], scale };
}
