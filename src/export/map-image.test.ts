import { describe, expect, it } from 'vitest';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';
import { projectCountries, countriesPath } from './basemap-path';
import { frameToFit, project } from './map-frame';
import { createMapSvg, MAP_IMAGE_SIZE } from './map-image';

const model = loadMiniModel();

/** Two square "countries", one around Cambodia and one far away in the Atlantic: a topology without quantization. */
const square = (lon: number, lat: number) => [
  [lon, lat],
  [lon + 10, lat],
  [lon + 10, lat + 10],
  [lon, lat + 10],
  [lon, lat],
];
const world: Topology<{ countries: GeometryCollection }> = {
  type: 'Topology',
  arcs: [square(100, 8), square(-30, 0)],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]] },
        { type: 'Polygon', arcs: [[1]] },
      ],
    },
  },
};

const countries = projectCountries(world);
const points = model.events.flatMap((e) => e.located.map((p) => project(p.lat, p.lon)));
const frame = frameToFit(points, MAP_IMAGE_SIZE);

describe('map image', () => {
  it('draws only the countries that reach into the frame', () => {
    const path = countriesPath(countries, frame);
    expect(path.match(/M/g)).toHaveLength(1);
    expect(path.endsWith('Z')).toBe(true);
  });

  it('is a standalone 1600 x 900 SVG with the events, their places, a caption, a legend and credits', () => {
    const svg = createMapSvg({
      events: model.events,
      categoryById: model.categoryById,
      frame,
      countries,
      caption: {
        title: model.meta.title,
        subtitle: 'All 8 events',
        categories: model.categories,
      },
      attribution: 'Country shapes: Natural Earth',
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1600', '900']);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        model.meta.title,
        'All 8 events',
        'Phnom Penh',
        'Geneva',
        'Diplomacy',
        'Law and policy',
        'Repatriation',
        'Country shapes: Natural Earth',
      ]),
    );
    const titles = [...doc.querySelectorAll('g > title')].map((t) => t.textContent);
    expect(titles).toContain('Phnom Penh: 4 events');
    expect(titles).toContain('Geneva: 1 event');
    // The journey: a casing, the curve and its arrowhead.
    expect(doc.querySelectorAll('path[fill="none"]')).toHaveLength(2);
  });
});
