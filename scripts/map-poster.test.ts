// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadMiniModel } from '../tests/fixtures/load-fixture';
import { buildBasemap } from './basemap';
import { describePoster, POSTER_HEIGHT, POSTER_WIDTH, renderMapPoster } from './map-poster';

const model = loadMiniModel();
const { coarse } = buildBasemap();
const located = model.events.filter((e) => e.located.length > 0);

/** Marker positions: each marker is a path moved to its place. */
function markers(svg: string): [number, number][] {
  return [...svg.matchAll(/<path transform="translate\(([-\d.]+) ([-\d.]+)\)"/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
}

describe('renderMapPoster', () => {
  const svg = renderMapPoster(model, model.events, coarse);

  it('is an SVG of the poster’s size with the ocean, the countries and a marker per place', () => {
    expect(svg).toMatch(
      new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${POSTER_WIDTH} ${POSTER_HEIGHT}"`),
    );
    expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+L/);
    const places = new Set(located.flatMap((e) => e.located.map((p) => `${p.lat},${p.lon},${e.record.category}`)));
    expect(markers(svg).length).toBe(places.size);
    expect(svg).not.toContain('<circle');
  });

  it('frames the places in its middle, where any shape of the map’s box shows them', () => {
    for (const [x, y] of markers(svg)) {
      expect(x).toBeGreaterThanOrEqual(POSTER_WIDTH * 0.09);
      expect(x).toBeLessThanOrEqual(POSTER_WIDTH * 0.91);
      expect(y).toBeGreaterThanOrEqual(POSTER_HEIGHT * 0.09);
      expect(y).toBeLessThanOrEqual(POSTER_HEIGHT * 0.91);
    }
  });

  it('centres a share page’s poster on its event, ringed, with the other events around it', () => {
    const event = located[0];
    const one = renderMapPoster(model, [event], coarse);
    const ring = /<circle cx="([\d.]+)" cy="([\d.]+)"/.exec(one)!;
    expect(Number(ring[1])).toBeCloseTo(POSTER_WIDTH / 2, 0);
    expect(Number(ring[2])).toBeCloseTo(POSTER_HEIGHT / 2, 0);
    expect(markers(one).length).toBe(markers(svg).length);
  });

  it('describes what it shows', () => {
    expect(describePoster(model.events)).toBe(
      `Map of the places of ${located.length} events. The interactive map is loading.`,
    );
    expect(describePoster([located[0]])).toBe('Map of the place of this event. The interactive map is loading.');
  });
});
