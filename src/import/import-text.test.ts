import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { parseDataset } from '../data/parse';
import { readFixture } from '../../tests/fixtures/load-fixture';
import { importText } from './import-text';
import type { ImportProgress } from './import-types';

describe('refused whole', () => {
  test('a file over 50 MB, counted in UTF-8 bytes', () => {
    const result = importText('é'.repeat(30_600_000), 'big.csv');
    expect(result).toEqual({
      format: null,
      dataset: null,
      total: 0,
      valid: 0,
      problems: [],
      fatal: 'big.csv is too large (61.2 MB; the limit is 50.0 MB).',
    });
  });

  test.each([[''], ['\uFEFF'], [' \n\t\r\n']])('an empty file: %j', (text) => {
    expect(importText(text, 'x.csv').fatal).toBe('x.csv is empty.');
  });
});

test('a byte order mark is dropped before anything reads the text', () => {
  expect(importText('\uFEFFtitle\nSummit', 'x.csv').dataset?.events[0].title).toBe('Summit');
  expect(importText('\uFEFF{"type": "Feature", "properties": {"title": "A"}, "geometry": null}', 'x').valid).toBe(1);
});

describe('format by extension and content', () => {
  const feature = '{"type": "Feature", "properties": {"title": "A"}, "geometry": null}';
  test.each([
    ['x.csv', 'title\nA', 'csv'],
    ['x.TSV', 'title\tstart\nA\t2012', 'csv'],
    ['x.txt', 'title\nA', 'csv'],
    ['no-extension', 'title\nA', 'csv'],
    ['x.json', feature, 'geojson'],
    ['x.geojson', `{"type": "FeatureCollection", "features": [${feature}]}`, 'geojson'],
    ['no-extension', feature, 'geojson'],
    ['x.json', '{"events": [{"start_date": {"year": 2012}, "text": {"headline": "A"}}]}', 'timelinejs'],
    ['x.json', '{"title": {"text": {"headline": "T"}}, "events": [{"text": {"headline": "A"}}]}', 'timelinejs'],
  ])('%s holding %j is %s', (name, text, format) => {
    const result = importText(text, name);
    expect(result.format).toBe(format);
    expect(result.valid).toBe(1);
  });

  test('a .csv file is CSV even when it holds JSON', () => {
    expect(importText(feature, 'x.csv').fatal).toBe(
      'x.csv has no title column: name one column title, headline or name.',
    );
  });

  test('a .json file that is not JSON, and JSON of no known shape, are refused', () => {
    expect(importText('title\nA', 'x.json').fatal).toMatch(/^x\.json is not valid JSON \(/);
    expect(importText('[1, 2]', 'x.json').fatal).toMatch(/^x\.json is JSON but not a format Waymark can open/);
    expect(importText('{"title": {"text": {"headline": "T"}}}', 'x.json').fatal).toBe(
      'x.json has no events: its "events" list is empty or missing.',
    );
  });
});

test('progress: a handful of messages for 6,000 rows, each phase in order and ending at 1', () => {
  const rows = Array.from({ length: 6_000 }, (_, i) => `Event ${i},${1900 + (i % 100)}`);
  const seen: ImportProgress[] = [];
  const result = importText(['title,start', ...rows].join('\n'), 'many.csv', (p) => seen.push(p));
  expect(result.valid).toBe(6_000);
  expect(seen.length).toBeLessThanOrEqual(20);
  const order = seen.map((p) => ['reading', 'parsing', 'validating'].indexOf(p.phase));
  expect(order).toEqual([...order].sort());
  expect(seen.at(-1)).toEqual({ phase: 'validating', fraction: 1 });
  expect(seen.filter((p) => p.phase === 'parsing').at(-1)?.fraction).toBe(1);
});

const COLUMNS = ['id', 'title', 'start', 'end', 'place', 'country', 'lat', 'lon', 'category', 'summary', 'source'];
const cellArb = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    '2012',
    '2012-13-01',
    '19/11/2012',
    '95',
    '-181',
    '11.5',
    'KH',
    'kh',
    'https://example.org/a',
    'a; b',
  ),
);

test('property: whatever the cells, the opened dataset passes parseDataset and each other row has a problem', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(cellArb, { minLength: 11, maxLength: 11 }), { minLength: 1, maxLength: 15 }),
      (rows) => {
        const result = importText(Papa.unparse({ fields: COLUMNS, data: rows }), 'random.csv');
        if (result.fatal) return;
        expect(result.valid).toBe(result.dataset?.events.length ?? 0);
        if (result.dataset) expect(parseDataset(JSON.stringify(result.dataset)).ok).toBe(true);
        const rowsWithProblems = new Set(result.problems.map((p) => p.where.split(',')[0]));
        expect(rowsWithProblems.size).toBe(result.total - result.valid);
      },
    ),
    { numRuns: 150 },
  );
}, 20_000);

test('Waymark JSON without its meta still opens, named after the file, and says what is missing', () => {
  const json = JSON.parse(readFixture('import/good-waymark.json')) as Record<string, unknown>;
  delete json.meta;
  const result = importText(JSON.stringify(json), 'no-meta.json');
  expect(result).toMatchObject({
    format: 'waymark',
    valid: 8,
    problems: [{ where: 'field meta', message: 'is missing' }],
  });
  expect(result.dataset?.meta.id).toBe('no-meta');
});
