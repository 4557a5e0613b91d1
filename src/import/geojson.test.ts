import { describe, expect, test } from 'vitest';
import { readFixture } from '../../tests/fixtures/load-fixture';
import { readFeatureDate, readPoint } from './geojson-fields';
import { importText } from './import-text';

test('features become events: [lon, lat] order, "name" as the place beside a title, times in milliseconds', () => {
  const { dataset } = importText(readFixture('import/good.geojson'), 'good.geojson');
  expect(dataset!.events.map((e) => [e.id, e.title, e.start, e.places])).toEqual([
    ['summit', 'Summit in Phnom Penh', '2012-11-19', [{ name: 'Phnom Penh', country: 'KH', lat: 11.56, lon: 104.92 }]],
    [
      'report-published-in-bangkok',
      'Report published in Bangkok',
      '2010',
      [{ name: '13.75, 100.5', lat: 13.75, lon: 100.5 }],
    ],
    ['visit', 'Visit', '2012-11-19', [{ name: '16.8, 96.15', lat: 16.8, lon: 96.15 }]],
    ['somewhere-unknown', 'Somewhere unknown', '2011-05', []],
  ]);
  expect(dataset!.events[0]).toMatchObject({
    summary: 'Leaders meet for two days.',
    sources: ['example-org-news-summit', 'city-post'],
    category: 'diplomacy',
  });
});

describe('readPoint', () => {
  test.each([
    [null, undefined],
    [{ type: 'Point', coordinates: [104.92, 11.56] }, [11.56, 104.92]],
    [{ type: 'Point', coordinates: [104.92, 11.56, 30] }, [11.56, 104.92]],
    [{ type: 'MultiPoint', coordinates: [[1, 2]] }, [2, 1]],
  ])('%j gives %j', (geometry, point) => {
    expect(readPoint(geometry)).toEqual(point);
  });

  test.each([
    [
      { type: 'Polygon', coordinates: [] },
      'is a Polygon, not a Point: Waymark places events at points (use null for no place)',
    ],
    [
      {
        type: 'MultiPoint',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
      'is a MultiPoint, not a Point: Waymark places events at points (use null for no place)',
    ],
    [{ type: 'Point', coordinates: [1] }, 'coordinates should be [longitude, latitude]'],
    ['Point', 'should be a Point geometry, not a string'],
  ])('%j is refused: %s', (geometry, error) => {
    expect(readPoint(geometry)).toEqual({ error });
  });
});

test.each([
  [1978, { date: '1978' }],
  ['19 November 2012', { date: '2012-11-19' }],
  [1353283200000, { date: '2012-11-19' }],
  [null, {}],
  [12345, { error: '12345 is not a date (write it as 2012, 2012-11 or 2012-11-19)' }],
])('readFeatureDate(%j)', (value, expected) => {
  expect(readFeatureDate(value)).toEqual(expected);
});
