import { describe, expect, it } from 'vitest';
import { buildModel } from '../../tests/fixtures/build-dataset';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';
import { toGeoJson } from './to-geojson';

describe('toGeoJson', () => {
  it('writes one Point feature per event, [lon, lat], with the properties the importer reads', () => {
    const model = buildModel([{ id: 'e1', start: '2012-11', end: '2013', title: 'A span' }]);
    expect(JSON.parse(toGeoJson(model, model.events))).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'e1',
          geometry: { type: 'Point', coordinates: [104.92, 11.56] },
          properties: {
            id: 'e1',
            title: 'A span',
            start: '2012-11',
            end: '2013',
            category: 'Category A',
            summary: 'Something happened.',
            source: 'A source',
            place: 'Phnom Penh',
            country: 'KH',
            category_id: 'a',
            'marker-color': '#111111',
            confidence: 'high',
            places: [{ name: 'Phnom Penh', country: 'KH', lat: 11.56, lon: 104.92 }],
            source_titles: 'A source',
          },
        },
      ],
      waymark: { text: 'plain' },
    });
  });

  it('keeps an event without coordinates, with a null geometry', () => {
    const model = buildModel([{ id: 'unplaced', start: '2001', places: [{ name: 'Somewhere' }] }]);
    const [feature] = JSON.parse(toGeoJson(model, model.events)).features;
    expect(feature.geometry).toBeNull();
    expect(feature.properties.place).toBe('Somewhere');
  });

  it('places a journey at its origin and keeps every place with its role', () => {
    const model = loadMiniModel();
    const journey = model.byId.get('fishermen-return-home')!;
    const [feature] = JSON.parse(toGeoJson(model, [journey])).features;
    expect(feature.geometry.coordinates).toEqual([128.18, -3.7]);
    expect(feature.properties.places.map((p: { role: string }) => p.role)).toEqual(['origin', 'destination']);
  });

  it('keeps hostile strings as they are: JSON escapes what it must', () => {
    const model = loadMiniModel();
    const text = toGeoJson(model, [model.byId.get('hostile-strings')!]);
    const [feature] = JSON.parse(text).features;
    expect(feature.properties.title).toBe('<img src=x onerror=alert(1)>');
    expect(feature.properties.summary).toBe('</script><script>alert(1)</script>');
  });
});
