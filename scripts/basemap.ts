import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { filter, filterWeight, presimplify, quantile, simplify } from 'topojson-simplify';
import type { Filter } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export interface BasemapOptions {
  /** Share of (non-endpoint) points kept in the coarse world, 0–1. */
  coarseQuantile?: number;
  /** Share of (non-endpoint) points kept in the fine world, 0–1. */
  fineQuantile?: number;
}

export interface Basemap {
  coarse: string;
  fine: string;
}

export interface CountryProperties {
  name: string;
}

type Countries = { countries: GeometryCollection<CountryProperties> };
type Ring = Position[];
type Country = Feature<Polygon | MultiPolygon, CountryProperties>;

interface Settings {
  source: string;
  quantile: number;
  /** Rings smaller than this (planar square degrees) are dropped, unless they are a country's largest. */
  minRingArea: number;
  quantization: number;
}

const require = createRequire(import.meta.url);
const topologyOf = (require('topojson-server') as { topology: (objects: object) => Topology<Countries> }).topology;

/** Web Mercator (Leaflet) cannot show anything beyond this latitude. */
const MERCATOR_MAX_LAT = 85.0511287798066;
/** Tiny islands that are all a country has keep at least this many extra points. */
const MIN_MAIN_RING_POINTS = 6;

const COARSE: Settings = {
  source: 'world-atlas/countries-110m.json',
  quantile: 0.4,
  minRingArea: 0.05,
  quantization: 5e3,
};
// Tuned to the budget: coarse well under 30 KB and fine about 75 KB gzipped; 2e4 steps are ~1 px at zoom 6.
const FINE: Settings = {
  source: 'world-atlas/countries-50m.json',
  quantile: 0.28,
  minRingArea: 0.005,
  quantization: 2e4,
};

export function buildBasemap(options: BasemapOptions = {}): Basemap {
  return {
    coarse: JSON.stringify(buildWorld({ ...COARSE, quantile: options.coarseQuantile ?? COARSE.quantile })),
    fine: JSON.stringify(buildWorld({ ...FINE, quantile: options.fineQuantile ?? FINE.quantile })),
  };
}

export function gzipSize(text: string): number {
  return gzipSync(text, { level: 9 }).length;
}

function buildWorld(settings: Settings): Topology {
  const countries = cutAtAntimeridian(readCountries(settings.source));
  const topology = presimplify(topologyOf({ countries }));
  const mainRings = largestRings(topology);
  keepPoints(topology, mainRings, MIN_MAIN_RING_POINTS);
  const mainKeys = new Set(mainRings.map(ringKey));
  const simplified = simplify(topology, quantile(topology, settings.quantile));
  const isLarge = filterWeight(simplified, settings.minRingArea);
  // filter() passes rings as arc indexes, although @types/topojson-simplify declares coordinates.
  const keep: Filter = (ring, interior) =>
    mainKeys.has(ringKey(ring as unknown as number[])) || isLarge(ring, interior);
  return quantize(filter(simplified, keep), settings.quantization);
}

function readCountries(source: string): Country[] {
  const world = JSON.parse(readFileSync(require.resolve(source), 'utf8')) as Topology<Countries>;
  const collection = feature(world, world.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  return collection.features.map((country) => ({
    type: 'Feature',
    id: country.id,
    properties: { name: String(country.properties?.name ?? '') },
    geometry: country.geometry,
  }));
}

// Natural Earth rings are spherical: some step across the antimeridian (e.g. 179.9° to -180°), which a planar
// renderer like Leaflet draws as a line across the whole world. Split such polygons into planar pieces.
function cutAtAntimeridian(countries: Country[]): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  const features = countries.map((country): Country => {
    const polygons =
      country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    if (!polygons.some((polygon) => polygon.some(crossesAntimeridian))) return country;
    return { ...country, geometry: { type: 'MultiPolygon', coordinates: polygons.flatMap(cutPolygon) } };
  });
  return { type: 'FeatureCollection', features };
}

function crossesAntimeridian(ring: Ring): boolean {
  return ring.some((point, i) => i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180);
}

function cutPolygon(polygon: Ring[]): Ring[][] {
  const [exterior = [], ...holes] = polygon.map(cutRing);
  const pieces = exterior.map((ring) => [orient(ring, true)]);
  for (const hole of holes.flat()) {
    const owner = pieces.find((piece) => containsPoint(piece[0], hole[0]));
    // A hole with no exterior around it in the plane (e.g. Antarctica's coast around a polar cap) encloses land.
    if (owner) owner.push(orient(hole, false));
    else pieces.push([orient(hole, true)]);
  }
  return pieces;
}

function cutRing(ring: Ring): Ring[] {
  const unwrapped = closeAroundPole(unwrap(ring));
  const xs = unwrapped.map((point) => point[0]);
  const pieces: Ring[] = [];
  for (let k = Math.floor((Math.min(...xs) + 180) / 360); k * 360 - 180 < Math.max(...xs); k++) {
    const clipped = clipX(clipX(unwrapped, k * 360 - 180, false), k * 360 + 180, true);
    const piece = clipped.map(([x, y]) => [x - k * 360, y]);
    if (piece.length >= 4 && signedArea(piece) !== 0 && isVisible(piece)) pieces.push(piece);
  }
  return pieces;
}

function unwrap(ring: Ring): Ring {
  const out: Ring = [];
  let shift = 0;
  for (const [x, y] of ring) {
    const previous = out[out.length - 1];
    if (previous) shift += Math.round((previous[0] - x - shift) / 360) * 360;
    out.push([x + shift, y]);
  }
  return out;
}

/** A ring around a pole winds once round the globe; in the plane it must be closed along the pole. */
function closeAroundPole(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (Math.abs(last[0] - first[0]) < 180) return ring;
  const pole = ring.reduce((sum, point) => sum + point[1], 0) < 0 ? -90 : 90;
  return [...ring, [last[0], pole], [first[0], pole], first];
}

/** Sutherland–Hodgman clip of a closed ring against the half-plane x <= edge (or x >= edge). */
function clipX(ring: Ring, edge: number, below: boolean): Ring {
  const inside = (point: Position) => (below ? point[0] <= edge : point[0] >= edge);
  const out: Ring = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const [a, b] = [ring[i], ring[i + 1]];
    if (inside(a)) out.push(a);
    if (inside(a) !== inside(b)) out.push([edge, a[1] + ((edge - a[0]) / (b[0] - a[0])) * (b[1] - a[1])]);
  }
  if (out.length > 0) out.push(out[0]);
  return out;
}

function isVisible(ring: Ring): boolean {
  return ring.some((point) => Math.abs(point[1]) < MERCATOR_MAX_LAT);
}

/** Clockwise exteriors and anticlockwise holes, as in world-atlas. */
function orient(ring: Ring, clockwise: boolean): Ring {
  return signedArea(ring) < 0 === clockwise ? ring : [...ring].reverse();
}

function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return sum / 2;
}

function containsPoint(ring: Ring, [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The exterior ring of each country's largest polygon, so that no country vanishes. */
function largestRings(topology: Topology<Countries>): number[][] {
  return topology.objects.countries.geometries.flatMap((country) => {
    const exteriors = polygonsOf(country).map((polygon) => polygon[0]);
    const areas = exteriors.map((ring) => ringArea(topology, ring));
    return exteriors.length > 0 ? [exteriors[areas.indexOf(Math.max(...areas))]] : [];
  });
}

function polygonsOf(geometry: GeometryObject<CountryProperties>): number[][][] {
  if (geometry.type === 'Polygon') return [geometry.arcs];
  if (geometry.type === 'MultiPolygon') return geometry.arcs;
  return [];
}

function ringArea(topology: Topology, ring: number[]): number {
  return Math.abs(signedArea(feature(topology, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0]));
}

function ringKey(ring: number[]): string {
  return ring.join(',');
}

/** Pins the most significant points of each ring (presimplify stores weights in point[2]) against simplify. */
function keepPoints(topology: Topology, rings: number[][], count: number): void {
  for (const ring of rings) {
    const points = ring.flatMap((index) => topology.arcs[index < 0 ? ~index : index].slice(1, -1));
    points.sort((a, b) => b[2] - a[2]);
    for (const point of points.slice(0, count)) point[2] = Infinity;
  }
}

function writeBasemap(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const { coarse, fine } = buildBasemap();
  const rows = [
    ['basemap-coarse.json', coarse],
    ['basemap-fine.json', fine],
  ].map(([file, text]) => {
    writeFileSync(join(outDir, file), text);
    return { file, raw: Buffer.byteLength(text), gzip: gzipSize(text) };
  });
  rows.push({ file: 'total', raw: rows[0].raw + rows[1].raw, gzip: rows[0].gzip + rows[1].gzip });
  console.table(rows);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: tsx scripts/basemap.ts OUTDIR');
    process.exit(1);
  }
  writeBasemap(outDir);
}
