import type { ModelEvent } from '../data/model';

/** A category's mark at a place; several categories at one place sit in a small ring around it. */
export interface MapMark {
  key: string;
  x: number;
  y: number;
  category: string;
}

export interface MapLine {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface MapLabel {
  key: string;
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'end';
}

/** A render model of the handout's map: a frame `width` x `height`, graticule, marks, journeys and place names. */
export interface PrintMapLayout {
  width: number;
  height: number;
  meridians: { x: number; label: string }[];
  parallels: { y: number; label: string }[];
  marks: MapMark[];
  journeys: MapLine[];
  labels: MapLabel[];
}

interface PlaceGroup {
  key: string;
  name: string;
  lat: number;
  lon: number;
  categories: string[];
  count: number;
}

/** The smallest span of the map, in degrees, so one place alone still shows its surroundings. */
const MIN_SPAN = 8;
const MIN_RATIO = 0.35;
const MAX_RATIO = 0.6;
const GRATICULE_STEPS = [1, 2, 5, 10, 15, 20, 30, 45];
const MAX_LABELS = 12;
const RING = 5;
/** Approximate advance of one character at the labels' 10px font. */
const CHAR_WIDTH = 5.6;
const LABEL_HEIGHT = 11;

const round = (n: number) => Math.round(n * 10) / 10;

function groupPlaces(events: ModelEvent[]): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup>();
  for (const event of events) {
    for (const place of event.located) {
      const key = `${place.lat},${place.lon}`;
      let group = groups.get(key);
      if (!group) {
        group = { key, name: place.name, lat: place.lat, lon: place.lon, categories: [], count: 0 };
        groups.set(key, group);
      }
      group.count++;
      if (!group.categories.includes(event.record.category)) group.categories.push(event.record.category);
    }
  }
  return [...groups.values()];
}

function graticuleStep(span: number): number {
  return GRATICULE_STEPS.find((step) => span / step <= 8) ?? 90;
}

function degrees(value: number, positive: string, negative: string): string {
  const n = Math.round(value * 100) / 100;
  if (n === 0) return '0°';
  return `${Math.abs(n)}°${n > 0 ? positive : negative}`;
}

function overlaps(a: [number, number, number, number], b: [number, number, number, number]): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/**
 * Lays out a small equirectangular map of the events' places, `width` px wide, over their extent with a margin. The
 * horizontal scale is shrunk by the cosine of the middle latitude, so shapes near the centre keep their proportions.
 * Null when there is no place to show. Extents across the antimeridian are not handled: no dataset needs it yet.
 */
export function layoutPrintMap(events: ModelEvent[], width = 640): PrintMapLayout | null {
  const places = groupPlaces(events);
  if (!places.length) return null;
  // A loop, not Math.min(...spread): a large dataset would overflow the stack.
  let [minLat, maxLat, minLon, maxLon] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { lat, lon } of places) {
    [minLat, maxLat] = [Math.min(minLat, lat), Math.max(maxLat, lat)];
    [minLon, maxLon] = [Math.min(minLon, lon), Math.max(maxLon, lon)];
  }
  const centreLat = (minLat + maxLat) / 2;
  const centreLon = (minLon + maxLon) / 2;
  const cos = Math.max(0.3, Math.cos((centreLat * Math.PI) / 180));
  let latSpan = Math.max((maxLat - minLat) * 1.2, MIN_SPAN);
  let lonSpan = Math.max((maxLon - minLon) * 1.2, MIN_SPAN);
  const ratio = latSpan / (lonSpan * cos);
  if (ratio > MAX_RATIO) lonSpan = latSpan / (MAX_RATIO * cos);
  if (ratio < MIN_RATIO) latSpan = MIN_RATIO * lonSpan * cos;

  const scale = width / (lonSpan * cos);
  const west = centreLon - lonSpan / 2;
  const north = centreLat + latSpan / 2;
  const height = round(latSpan * scale);
  const x = (lon: number) => round((lon - west) * cos * scale);
  const y = (lat: number) => round((north - lat) * scale);

  const step = graticuleStep(Math.max(lonSpan, latSpan));
  const meridians = [];
  for (let lon = Math.ceil(west / step) * step; lon <= west + lonSpan; lon += step) {
    meridians.push({ x: x(lon), label: degrees(lon, 'E', 'W') });
  }
  const parallels = [];
  for (let lat = Math.floor(north / step) * step; lat >= north - latSpan; lat -= step) {
    parallels.push({ y: y(lat), label: degrees(lat, 'N', 'S') });
  }

  const marks = places.flatMap((place) =>
    place.categories.map((category, i, all) => {
      const angle = (2 * Math.PI * i) / all.length - Math.PI / 2;
      const r = all.length > 1 ? RING : 0;
      return {
        key: `${place.key}:${category}`,
        x: round(x(place.lon) + r * Math.cos(angle)),
        y: round(y(place.lat) + r * Math.sin(angle)),
        category,
      };
    }),
  );

  const journeys = events.flatMap((event): MapLine[] => {
    const origin = event.located.find((p) => p.role === 'origin');
    const destination = event.located.find((p) => p.role === 'destination');
    if (!origin || !destination) return [];
    return [{ key: event.id, x1: x(origin.lon), y1: y(origin.lat), x2: x(destination.lon), y2: y(destination.lat) }];
  });

  const labels: MapLabel[] = [];
  const boxes: [number, number, number, number][] = [];
  const byWeight = [...places].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  for (const place of byWeight) {
    if (labels.length >= MAX_LABELS) break;
    if (labels.some((l) => l.text === place.name)) continue;
    const px = x(place.lon);
    const py = y(place.lat);
    const w = place.name.length * CHAR_WIDTH;
    const top = py - LABEL_HEIGHT / 2;
    const candidates: [MapLabel['anchor'], [number, number, number, number]][] = [
      ['start', [px + 9, top, px + 9 + w, top + LABEL_HEIGHT]],
      ['end', [px - 9 - w, top, px - 9, top + LABEL_HEIGHT]],
    ];
    const fit = candidates.find(
      ([, box]) =>
        box[0] >= 0 && box[2] <= width && box[1] >= 0 && box[3] <= height && !boxes.some((b) => overlaps(b, box)),
    );
    if (!fit) continue;
    const [anchor, box] = fit;
    boxes.push(box);
    labels.push({
      key: place.key,
      x: round(anchor === 'start' ? box[0] : box[2]),
      y: round(py + 3.5),
      text: place.name,
      anchor,
    });
  }

  return { width, height, meridians, parallels, marks, journeys, labels };
}
