import { journeyEnds, type ModelEvent } from '../data/model';
import { frameBounds, project, toScreen, type MapFrame, type Point } from './map-frame';
import { approximateTextWidth } from './svg-document';

/** One category's marker at a place; several categories at one place sit in a small ring around it. */
export interface MapMarker {
  key: string;
  x: number;
  y: number;
  category: string;
  /** "Phnom Penh: 3 events", for the marker's `<title>`. */
  title: string;
}

/** A journey's curve from origin to destination and the arrowhead at its end (angle in degrees, clockwise). */
export interface MapJourney {
  key: string;
  category: string;
  d: string;
  tip: Point;
  angle: number;
}

export interface MapLabel {
  key: string;
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'end' | 'middle';
}

export interface MapImageLayout {
  markers: MapMarker[];
  journeys: MapJourney[];
  labels: MapLabel[];
}

export const MARKER_RADIUS = 9;
const RING = 8;
const BEND = 0.2;
export const LABEL_SIZE = 14;
const MAX_LABELS = 15;

const round = (n: number) => Math.round(n * 10) / 10;

interface PlaceGroup {
  key: string;
  name: string;
  at: Point;
  categories: string[];
  count: number;
}

function groupPlaces(events: readonly ModelEvent[], frame: MapFrame): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup>();
  const [west, south, east, north] = frameBounds(frame);
  for (const event of events) {
    for (const place of event.located) {
      const [x, y] = project(place.lat, place.lon);
      if (x < west || x > east || y < south || y > north) continue;
      const key = `${place.lat},${place.lon}`;
      let group = groups.get(key);
      if (!group)
        groups.set(key, (group = { key, name: place.name, at: toScreen(frame, [x, y]), categories: [], count: 0 }));
      group.count++;
      if (!group.categories.includes(event.record.category)) group.categories.push(event.record.category);
    }
  }
  return [...groups.values()];
}

/** The curve bows to the left of the direction of travel, as on the map (src/map/geometry.ts createArc). */
function layoutJourney(event: ModelEvent, frame: MapFrame): MapJourney | null {
  const ends = journeyEnds(event);
  if (!ends) return null;
  const [x0, y0] = toScreen(frame, project(ends[0].lat, ends[0].lon));
  const [x2, y2] = toScreen(frame, project(ends[1].lat, ends[1].lon));
  const [dx, dy] = [x2 - x0, y2 - y0];
  const [cx, cy] = [(x0 + x2) / 2 + dy * BEND, (y0 + y2) / 2 - dx * BEND];
  const length = Math.hypot(x2 - cx, y2 - cy);
  if (length === 0) return null;
  // The arrowhead's tip meets the destination's marker instead of hiding under it.
  const back = MARKER_RADIUS + 3;
  const tip: Point = [round(x2 - ((x2 - cx) / length) * back), round(y2 - ((y2 - cy) / length) * back)];
  return {
    key: event.id,
    category: event.record.category,
    d: `M${round(x0)},${round(y0)} Q${round(cx)},${round(cy)} ${tip[0]},${tip[1]}`,
    tip,
    angle: round((Math.atan2(y2 - cy, x2 - cx) * 180) / Math.PI),
  };
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Names of the busiest places, right, left, above or below their marker: the first that hides no name or marker. */
function layoutLabels(places: PlaceGroup[], frame: MapFrame): MapLabel[] {
  const reach = (place: PlaceGroup) => MARKER_RADIUS + (place.categories.length > 1 ? RING : 0) + 2;
  const taken: Box[] = places.map((place) => {
    const [[x, y], r] = [place.at, reach(place)];
    return [x - r, y - r, x + r, y + r];
  });
  const labels: MapLabel[] = [];
  const byWeight = [...places].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  for (const place of byWeight) {
    if (labels.length >= MAX_LABELS) break;
    if (labels.some((l) => l.text === place.name)) continue;
    const [[x, y], gap] = [place.at, reach(place) + 3];
    const [width, height] = [approximateTextWidth(place.name, LABEL_SIZE), LABEL_SIZE + 2];
    const candidates: [MapLabel['anchor'], Box][] = [
      ['start', [x + gap, y - height / 2, x + gap + width, y + height / 2]],
      ['end', [x - gap - width, y - height / 2, x - gap, y + height / 2]],
      ['middle', [x - width / 2, y - gap - height, x + width / 2, y - gap]],
      ['middle', [x - width / 2, y + gap, x + width / 2, y + gap + height]],
    ];
    const fit = candidates.find(
      ([, box]) =>
        box[0] >= 4 &&
        box[2] <= frame.width - 4 &&
        box[1] >= 4 &&
        box[3] <= frame.height - 24 &&
        !taken.some((t) => overlaps(t, box)),
    );
    if (!fit) continue;
    const [anchor, box] = fit;
    taken.push(box);
    labels.push({
      key: place.key,
      x: round({ start: box[0], end: box[2], middle: (box[0] + box[2]) / 2 }[anchor]),
      y: round((box[1] + box[3]) / 2 + 5),
      text: place.name,
      anchor,
    });
  }
  return labels;
}

/** The markers, journeys and place names of `events` in `frame`, in px. */
export function layoutMapImage(events: readonly ModelEvent[], frame: MapFrame): MapImageLayout {
  const places = groupPlaces(events, frame);
  const markers = places.flatMap((place) =>
    place.categories.map((category, i, all): MapMarker => {
      const angle = (2 * Math.PI * i) / all.length - Math.PI / 2;
      const r = all.length > 1 ? RING : 0;
      return {
        key: `${place.key}:${category}`,
        x: round(place.at[0] + r * Math.cos(angle)),
        y: round(place.at[1] + r * Math.sin(angle)),
        category,
        title: `${place.name}: ${place.count} ${place.count === 1 ? 'event' : 'events'}`,
      };
    }),
  );
  const journeys = events.flatMap((event) => layoutJourney(event, frame) ?? []);
  return { markers, journeys, labels: layoutLabels(places, frame) };
}
