import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Model, ModelEvent } from '../src/data/model';
import { project } from '../src/map/geometry';
import { shapePath } from '../src/ui/shapes';
import { MAP_COLORS } from '../src/ui/map-colors';
import { escapeXml } from './preview-svg';
import { boundsOf as rawBoundsOf } from './preview-map';

/**
 * The poster's size: about the map's box on a laptop. The app shows it with `object-fit: cover`, so a box of another
 * shape shows its middle; the places fill the middle 80% each way, near what Leaflet's own fit then shows.
 */
export const POSTER_WIDTH = 1400;
export const POSTER_HEIGHT = 1000;
const CONTENT = 0.8;
/** The least distance across the content, in degrees of longitude: about Leaflet's closest fit (zoom 5). */
const MIN_EXTENT = 14;
const MARKER_RADIUS = 20;

type Point = [number, number];
type Box = [number, number, number, number];

let cache: { text: string; rings: { points: Point[]; box: Box }[] } | undefined;

/** Every country ring of the basemap in Web Mercator degrees, with its bounds; projected once per basemap. */
function projectedRings(basemap: string) {
  if (cache?.text === basemap) return cache.rings;
  const topology = JSON.parse(basemap) as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  const rings = collection.features.flatMap((country) => {
    const { geometry } = country;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    return polygons.flat().map((ring) => {
      const points = ring.map(([lon, lat]) => project(lat, lon));
      return { points, box: boundsOf(points) };
    });
  });
  cache = { text: basemap, rings };
  return rings;
}

/** [minX, minY, maxX, maxY] of the points. */
const boundsOf = (points: Point[]) => rawBoundsOf(points) as Box;

/** The area the poster covers, in Mercator degrees: the places' bounds in its middle, at the poster's shape. */
function posterArea(points: Point[]): Box {
  const [minX, minY, maxX, maxY] = points.length ? boundsOf(points) : [-180, -60, 180, 75];
  const aspect = POSTER_WIDTH / POSTER_HEIGHT;
  let width = Math.max(maxX - minX, MIN_EXTENT) / CONTENT;
  let height = Math.max(maxY - minY, MIN_EXTENT / aspect) / CONTENT;
  if (width / height < aspect) width = height * aspect;
  else height = width / aspect;
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  return [cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2];
}

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

const placesOf = (events: readonly ModelEvent[]) =>
  events.flatMap((event) =>
    event.located.map((place) => ({ point: project(place.lat, place.lon), category: event.record.category })),
  );

/**
 * A still SVG of the map a page opens on: the basemap's countries and a marker per place of the model's events, in
 * the categories' colours and shapes, framed on the places of `framed` (all events, or the one a share page opens on,
 * which is ringed). The page shows it, from its HTML, until Leaflet has drawn.
 */
export function renderMapPoster(model: Model, framed: readonly ModelEvent[], basemap: string): string {
  const places = placesOf(model.events);
  const focus = framed.length === 1 ? placesOf(framed) : [];
  const area = posterArea(placesOf(framed).map((p) => p.point));
  const scale = POSTER_WIDTH / (area[2] - area[0]);
  // Screen y grows downwards, Mercator y upwards.
  const toScreen = ([x, y]: Point) => [
    Math.round((x - area[0]) * scale * 10) / 10,
    Math.round((area[3] - y) * scale * 10) / 10,
  ];
  const land = projectedRings(basemap)
    .filter((ring) => overlaps(ring.box, area))
    .map((ring) => {
      const points = ring.points.map(toScreen);
      // Rounded to a tenth of a pixel, neighbouring points often meet: drawn once.
      const kept = points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
      return `M${kept.map((p) => `${p[0]} ${p[1]}`).join('L')}Z`;
    })
    .join('');
  const seen = new Set<string>();
  const markers = places.flatMap(({ point, category }) => {
    const [x, y] = toScreen(point);
    const key = `${x},${y},${category}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const { color, shape } = model.categoryById.get(category)!;
    return [
      `<path transform="translate(${x} ${y})" d="${shapePath(shape, MARKER_RADIUS)}" fill="${escapeXml(color)}"/>`,
    ];
  });
  const rings = focus.map(({ point }) => {
    const [x, y] = toScreen(point);
    return `<circle cx="${x}" cy="${y}" r="${MARKER_RADIUS + 8}" fill="none" stroke="#1b1b1b" stroke-width="4"/>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${POSTER_WIDTH} ${POSTER_HEIGHT}" width="${POSTER_WIDTH}" height="${POSTER_HEIGHT}">`,
    `<rect width="${POSTER_WIDTH}" height="${POSTER_HEIGHT}" fill="${MAP_COLORS.ocean}"/>`,
    `<path d="${land}" fill="${MAP_COLORS.land}" stroke="${MAP_COLORS.border}" stroke-width="1" stroke-linejoin="round"/>`,
    `<g stroke="#ffffff" stroke-width="3">${markers.join('')}</g>`,
    ...rings,
    '</svg>',
    '',
  ].join('\n');
}

/** What the poster shows, for its alt text. */
export function describePoster(events: readonly ModelEvent[]): string {
  const count = events.filter((event) => event.located.length > 0).length;
  const what = count === 1 ? 'the place of this event' : `the places of ${count} events`;
  return `Map of ${what}. The interactive map is loading.`;
}
