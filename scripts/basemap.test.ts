import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildBasemap, gzipSize } from './basemap.ts';

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type Country = Feature<Geometry, { name: string }>;

const KB = 1024;
const PHNOM_PENH: Position = [104.92, 11.56];
const GULF_OF_THAILAND: Position = [102, 10];
const CHUKOTKA: Position = [-175, 67];
/** Web Mercator's edge: segments beyond it are clamped onto the map border by Leaflet. */
const MERCATOR_MAX_LAT = 85.0511287798066;

const basemap = buildBasemap();
const outputs = { coarse: basemap.coarse, fine: basemap.fine };

function countriesOf(text: string): FeatureCollection<Geometry, { name: string }> {
  const topology = JSON.parse(text) as Countries;
  return feature(topology, topology.objects.countries);
}

function polygonsOf(country: Country): Position[][][] {
  const geometry = country.geometry;
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function ringsOf(country: Country): Position[][] {
  return polygonsOf(country).flat();
}

/** Even-odd ray casting over all rings, as Leaflet fills them. */
function contains(country: Country, [x, y]: Position): boolean {
  let inside = false;
  for (const ring of ringsOf(country)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function countriesAt(collection: FeatureCollection<Geometry, { name: string }>, point: Position): string[] {
  return collection.features.filter((country) => contains(country, point)).map((country) => country.properties.name);
}

/** Segments that a planar renderer draws across the world (and that are not hidden beyond Mercator's edge). */
function antimeridianJumps(collection: FeatureCollection<Geometry, { name: string }>): string[] {
  return collection.features.flatMap((country) =>
    ringsOf(country).flatMap((ring) =>
      ring.slice(1).flatMap((point, i) => {
        const previous = ring[i];
        const jumps = Math.abs(point[0] - previous[0]) > 180;
        const hidden = Math.min(Math.abs(point[1]), Math.abs(previous[1])) >= MERCATOR_MAX_LAT;
        return jumps && !hidden ? [`${country.properties.name}: ${previous} -> ${point}`] : [];
      }),
    ),
  );
}

function pointCount(text: string): number {
  return (JSON.parse(text) as Topology).arcs.reduce((sum, arc) => sum + arc.length, 0);
}

describe('buildBasemap', () => {
  it.each(Object.entries(outputs))(
    '%s is a quantized TopoJSON topology with only a countries collection',
    (_, text) => {
      const topology = JSON.parse(text) as Countries;
      expect(topology.type).toBe('Topology');
      expect(Object.keys(topology.objects)).toEqual(['countries']);
      expect(topology.objects.countries.type).toBe('GeometryCollection');
      expect(topology.transform).toBeDefined();
    },
  );

  it.each(Object.entries(outputs))('%s converts to at least 170 named countries with ISO ids', (_, text) => {
    const countries = countriesOf(text);
    expect(countries.type).toBe('FeatureCollection');
    expect(countries.features.length).toBeGreaterThanOrEqual(170);
    for (const country of countries.features) {
      expect(country.properties.name).toMatch(/\S/);
      expect(ringsOf(country).length).toBeGreaterThan(0);
    }
    expect(countries.features.find((country) => country.properties.name === 'Cambodia')?.id).toBe('116');
  });

  it('fine has more detail than coarse', () => {
    const [coarse, fine] = [basemap.coarse, basemap.fine].map((text) => JSON.parse(text) as Topology);
    expect(fine.arcs.length).toBeGreaterThan(coarse.arcs.length);
    expect(pointCount(basemap.fine)).toBeGreaterThan(2 * pointCount(basemap.coarse));
  });

  it('fits the download budget', () => {
    const coarse = gzipSize(basemap.coarse);
    const fine = gzipSize(basemap.fine);
    expect(coarse).toBeLessThan(30 * KB);
    expect(fine).toBeLessThan(90 * KB);
    expect(coarse + fine).toBeLessThan(100 * KB);
  });

  it.each(Object.entries(outputs))(
    '%s puts Phnom Penh in Cambodia and the Gulf of Thailand in no country',
    (_, text) => {
      const countries = countriesOf(text);
      expect(countriesAt(countries, PHNOM_PENH)).toEqual(['Cambodia']);
      expect(countriesAt(countries, GULF_OF_THAILAND)).toEqual([]);
    },
  );

  it('finds antimeridian jumps in the raw world-atlas data', () => {
    const require = createRequire(import.meta.url);
    const raw = readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8');
    expect(antimeridianJumps(countriesOf(raw)).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(outputs))('%s has no segment across the antimeridian', (_, text) => {
    expect(antimeridianJumps(countriesOf(text))).toEqual([]);
  });

  it.each(Object.entries(outputs))('%s keeps the land east of the antimeridian', (_, text) => {
    expect(countriesAt(countriesOf(text), CHUKOTKA)).toEqual(['Russia']);
  });

  it('keeps fewer points for a lower fine quantile', () => {
    const smaller = buildBasemap({ fineQuantile: 0.1 });
    expect(pointCount(smaller.fine)).toBeLessThan(pointCount(basemap.fine));
    expect(smaller.coarse).toBe(basemap.coarse);
  });
});

describe('gzipSize', () => {
  it('measures compressed bytes', () => {
    const text = 'waymark '.repeat(1000);
    expect(gzipSize(text)).toBeGreaterThan(0);
    expect(gzipSize(text)).toBeLessThan(text.length / 10);
  });
});
