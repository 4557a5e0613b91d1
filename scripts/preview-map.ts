import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { journeyEnds, type Model, type ModelEvent } from '../src/data/model';
import { createArc, project, spreadOverlapping, unproject } from '../src/map/geometry';
import { shapePath } from '../src/ui/shapes';
import {
  COLORS,
  el,
  escapeXml,
  fitWidth,
  fontAttrs,
  measureText,
  pathOf,
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  round,
  type Point,
  type TextStyle,
} from './preview-svg';

export interface MapOptions {
  /** Where the map starts (px from the left); it runs to the right edge of the preview. */
  left: number;
  /** The least distance across the map, so that a single place shows its region. */
  minExtentKm: number;
}

interface Area {
  x: number;
  width: number;
  height: number;
}

const PADDING = 80;
const MARKER_RADIUS = 13;
const ARROW_SCALE = 2.2;
/** The arrowhead is drawn this far back from the destination, so that its tip just meets the marker. */
const ARROW_STOP = MARKER_RADIUS + 3 + 7 * ARROW_SCALE + 3;
const KM_PER_DEGREE = 111.32;
/** A short journey gets a closer view, down to this many km across, so that it is drawn at least this long. */
const MIN_JOURNEY_EXTENT_KM = 400;
const MIN_JOURNEY_PX = 200;
const LABEL_STYLE: TextStyle = { size: 19, bold: true };

interface CountryShape {
  rings: Point[][];
  /** Projected bounds: [minX, minY, maxX, maxY]. */
  bounds: number[];
}

let basemapCache: { text: string; countries: CountryShape[] } | undefined;

/** The basemap's country rings in Web Mercator, projected once per basemap: every preview of a build shares them. */
function projectedCountries(basemap: string): CountryShape[] {
  if (basemapCache?.text === basemap) return basemapCache.countries;
  const topology = JSON.parse(basemap) as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  const countries = collection.features.map((country): CountryShape => {
    const { geometry } = country;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const rings = polygons.flat().map((ring) => ring.map(([lon, lat]) => project(lat, lon)));
    return { rings, bounds: boundsOf(rings.flat()) };
  });
  basemapCache = { text: basemap, countries };
  return countries;
}

export function boundsOf(points: Point[]): number[] {
  const bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    bounds[0] = Math.min(bounds[0], x);
    bounds[1] = Math.min(bounds[1], y);
    bounds[2] = Math.max(bounds[2], x);
    bounds[3] = Math.max(bounds[3], y);
  }
  return bounds;
}

interface View {
  toScreen(p: Point): Point;
  /** Projected bounds of the map area: [minX, minY, maxX, maxY]. */
  bounds: number[];
}

/**
 * Web Mercator fitted to `points` (projected) in the map area, never closer than `minExtentKm` across, except that a
 * short journey (`journeyLength`, projected) may come closer so that its arrow shows.
 */
function createView(points: Point[], area: Area, minExtentKm: number, journeyLength: number): View {
  const [minX, minY, maxX, maxY] = boundsOf(points);
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  const kmPerUnit = KM_PER_DEGREE * Math.cos((unproject(cx, cy)[0] * Math.PI) / 180);
  const journeyWidth = Math.max(MIN_JOURNEY_EXTENT_KM / kmPerUnit, (journeyLength * area.width) / MIN_JOURNEY_PX);
  const minWidth = Math.min(minExtentKm / kmPerUnit, journeyLength > 0 ? journeyWidth : Infinity);
  const scale = Math.min(
    (area.width - 2 * PADDING) / Math.max(maxX - minX, 1e-9),
    (area.height - 2 * PADDING) / Math.max(maxY - minY, 1e-9),
    area.width / minWidth,
  );
  const [halfWidth, halfHeight] = [area.width / 2 / scale, area.height / 2 / scale];
  return {
    toScreen: ([x, y]) => [area.x + area.width / 2 + (x - cx) * scale, area.height / 2 - (y - cy) * scale],
    bounds: [cx - halfWidth, cy - halfHeight, cx + halfWidth, cy + halfHeight],
  };
}

/** One path of every country in view; a point less than a pixel from the previous one is skipped. */
function countriesPath(countries: CountryShape[], view: View): string {
  const [x0, y0, x1, y1] = view.bounds;
  const parts: string[] = [];
  for (const { rings, bounds } of countries) {
    if (bounds[2] < x0 || bounds[0] > x1 || bounds[3] < y0 || bounds[1] > y1) continue;
    for (const ring of rings) {
      const points: Point[] = [];
      for (const p of ring) {
        const [x, y] = view.toScreen(p);
        const last = points[points.length - 1];
        if (!last || Math.abs(x - last[0]) >= 1 || Math.abs(y - last[1]) >= 1) points.push([x, y]);
      }
      if (points.length >= 3) parts.push(`${pathOf(points)}Z`);
    }
  }
  return parts.join('');
}

/** The curve from origin to destination, ending in an arrowhead that just meets the destination's marker. */
function journeyMarkup(points: Point[], color: string): string {
  const end = points[points.length - 1];
  let count = points.length;
  while (count > 2 && Math.hypot(points[count - 1][0] - end[0], points[count - 1][1] - end[1]) < ARROW_STOP) count--;
  const line = points.slice(0, count);
  const [tip, before] = [line[count - 1], line[count - 2]];
  const angle = (Math.atan2(tip[1] - before[1], tip[0] - before[0]) * 180) / Math.PI;
  const stroke = { d: pathOf(line), fill: 'none', 'stroke-linecap': 'round' };
  return [
    el('path', { ...stroke, stroke: COLORS.panel, 'stroke-width': 10, 'stroke-opacity': 0.8 }),
    el('path', { ...stroke, stroke: color, 'stroke-width': 5 }),
    el('path', {
      d: 'M7,0 L-6,-5.5 L-3,0 L-6,5.5 Z',
      transform: `translate(${round(tip[0])} ${round(tip[1])}) rotate(${round(angle)}) scale(${ARROW_SCALE})`,
      fill: color,
      stroke: COLORS.ink,
      'stroke-width': 0.5,
      'stroke-linejoin': 'round',
    }),
  ].join('');
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const boxAround = ([x, y]: Point, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

/** The place's name, without its parenthesis ("Senegal (Dakar shown; port not named)") when that is long. */
function labelOf(name: string): string {
  const short = name.replace(/\s*\(.*$/, '');
  return fitWidth(measureText(name, LABEL_STYLE) <= 260 || !short ? name : short, LABEL_STYLE, 300);
}

/** Each label right, left, above or below its marker: the first place that hides nothing drawn before it. */
function labelsMarkup(markers: { at: Point; name: string }[], line: Point[], area: Area): string {
  const taken = [...markers.map((m) => boxAround(m.at, 16)), ...line.map((p) => boxAround(p, 6))];
  const inMap = (b: Box) =>
    b.x0 >= area.x + 8 && b.x1 <= area.x + area.width - 8 && b.y0 >= 8 && b.y1 <= area.height - 30;
  const gap = MARKER_RADIUS + 8;
  const h = LABEL_STYLE.size;
  return markers
    .map(({ at: [x, y], name }) => {
      const text = labelOf(name);
      const w = measureText(text, LABEL_STYLE);
      const candidates = [
        { anchor: 'start', cx: x + gap + w / 2, cy: y },
        { anchor: 'end', cx: x - gap - w / 2, cy: y },
        { anchor: 'middle', cx: x, cy: y - gap - h / 2 },
        { anchor: 'middle', cx: x, cy: y + gap + h / 2 },
      ].map((c) => ({ ...c, box: { x0: c.cx - w / 2, y0: c.cy - h / 2, x1: c.cx + w / 2, y1: c.cy + h / 2 } }));
      const choice =
        candidates.find((c) => inMap(c.box) && !taken.some((t) => overlaps(t, c.box))) ??
        candidates.find((c) => inMap(c.box)) ??
        candidates[0];
      taken.push(choice.box);
      const textX = { start: choice.box.x0, end: choice.box.x1, middle: choice.cx }[choice.anchor]!;
      const attrs = { x: round(textX), y: round(choice.cy + h * 0.36), 'text-anchor': choice.anchor };
      const halo = { stroke: COLORS.panel, 'stroke-width': 5, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };
      return el('text', { ...attrs, ...fontAttrs(LABEL_STYLE), fill: COLORS.ink, ...halo }, escapeXml(text));
    })
    .join('');
}

/**
 * The map of a preview, from `options.left` to the right edge: the event's places on Natural Earth's countries (from
 * the basemap TopoJSON) in its category's shape and colour, a journey as a curved arrow, and the places' names.
 */
export function renderMapMarkup(event: ModelEvent, model: Model, basemap: string, options: MapOptions): string {
  const area: Area = { x: options.left, width: PREVIEW_WIDTH - options.left, height: PREVIEW_HEIGHT };
  const places = event.located;
  const category = model.categoryById.get(event.record.category)!;
  const journey = journeyEnds(event);
  const arc = journey && createArc([journey[0].lat, journey[0].lon], [journey[1].lat, journey[1].lon]);
  const placePoints = places.map((p) => project(p.lat, p.lon));
  const arcPoints = arc ? arc.points.map(([lat, lon]) => project(lat, lon)) : [];
  const journeyLength = arc
    ? Math.hypot(arcPoints[0][0] - arcPoints.at(-1)![0], arcPoints[0][1] - arcPoints.at(-1)![1])
    : 0;
  const view = createView([...placePoints, ...arcPoints], area, options.minExtentKm, journeyLength);
  const line = arcPoints.map(view.toScreen);
  const screen = placePoints.map(view.toScreen);
  const offsets = spreadOverlapping(
    screen.map(([x, y]) => ({ x, y })),
    MARKER_RADIUS * 2.4,
  );
  const markers = screen.map(([x, y], i): { at: Point; name: string } => ({
    at: [x + offsets[i].dx, y + offsets[i].dy],
    name: places[i].name,
  }));
  const shape = shapePath(category.shape, MARKER_RADIUS - 3);
  return [
    el('rect', { x: area.x, y: 0, width: area.width, height: area.height, fill: COLORS.ocean }),
    el('path', {
      d: countriesPath(projectedCountries(basemap), view),
      fill: COLORS.land,
      'fill-rule': 'evenodd',
      stroke: COLORS.border,
      'stroke-width': 1,
      'stroke-linejoin': 'round',
    }),
    arc ? journeyMarkup(line, category.color) : '',
    ...markers.map(({ at }) =>
      el(
        'g',
        { transform: `translate(${round(at[0])} ${round(at[1])})` },
        el('circle', { r: MARKER_RADIUS + 3, fill: '#fff', stroke: COLORS.ink, 'stroke-width': 2.5 }) +
          el('path', { d: shape, fill: category.color }),
      ),
    ),
    labelsMarkup(markers, line, area),
    el(
      'text',
      {
        x: PREVIEW_WIDTH - 12,
        y: PREVIEW_HEIGHT - 12,
        'text-anchor': 'end',
        ...fontAttrs({ size: 13 }),
        fill: COLORS.muted,
      },
      'Country shapes: Natural Earth',
    ),
  ].join('');
}
