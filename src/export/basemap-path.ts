import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { frameBounds, project, toScreen, type MapFrame, type Point } from './map-frame';

/** A country's rings in Web Mercator, with their projected bounds [west, south, east, north]. */
export interface CountryShape {
  rings: Point[][];
  bounds: [number, number, number, number];
}

/** The countries of the app's basemap TopoJSON (object `countries`, as src/map/basemap.tsx reads it), projected. */
export function projectCountries(topology: Topology<{ countries: GeometryCollection }>): CountryShape[] {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon | null>;
  return collection.features.flatMap(({ geometry }): CountryShape[] => {
    if (!geometry) return [];
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const rings = polygons.flat().map((ring) => ring.map(([lon, lat]) => project(lat, lon)));
    const bounds: CountryShape['bounds'] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of rings.flat()) {
      bounds[0] = Math.min(bounds[0], x);
      bounds[1] = Math.min(bounds[1], y);
      bounds[2] = Math.max(bounds[2], x);
      bounds[3] = Math.max(bounds[3], y);
    }
    return [{ rings, bounds }];
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * One path of every country that reaches into the frame, in px; a point less than half a pixel from the previous one
 * is skipped, which keeps a world view small.
 */
export function countriesPath(countries: readonly CountryShape[], frame: MapFrame): string {
  const [west, south, east, north] = frameBounds(frame);
  const parts: string[] = [];
  for (const { rings, bounds } of countries) {
    if (bounds[2] < west || bounds[0] > east || bounds[3] < south || bounds[1] > north) continue;
    for (const ring of rings) {
      const points: Point[] = [];
      for (const p of ring) {
        const [x, y] = toScreen(frame, p);
        const last = points[points.length - 1];
        if (!last || Math.abs(x - last[0]) >= 0.5 || Math.abs(y - last[1]) >= 0.5) points.push([x, y]);
      }
      if (points.length >= 3) parts.push(`M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`);
    }
  }
  return parts.join('');
}
