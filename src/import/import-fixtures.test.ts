import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDataset } from '../data/parse';
import { formatProblem } from '../data/problems';
import { readFixture } from '../../tests/fixtures/load-fixture';
import { importText } from './import-text';
import type { ImportFormat } from './import-types';

interface Expected {
  format: ImportFormat | null;
  total: number;
  valid: number;
  /** Every problem, as `where: message`, in order. */
  problems?: string[];
  fatal?: string | RegExp;
}

const NOT_A_DATE = 'is not a date (write it as 2012, 2012-11 or 2012-11-19)';
const MONTH_13 = 'month 13 is not a month (use 01 to 12)';

/** Files that open whole, some despite a trap (a byte order mark, blank rows, no coordinates, HTML). */
const GOOD: Record<string, Expected> = {
  'good.csv': { format: 'csv', total: 5, valid: 5 },
  'good.tsv': { format: 'csv', total: 2, valid: 2 },
  'good-semicolon.csv': { format: 'csv', total: 2, valid: 2 },
  'good-aliases.csv': { format: 'csv', total: 3, valid: 3 },
  'good-timelinejs-sheet.csv': { format: 'csv', total: 3, valid: 3 },
  'good-timelinejs.json': { format: 'timelinejs', total: 4, valid: 4 },
  'good.geojson': { format: 'geojson', total: 4, valid: 4 },
  'good-waymark.json': { format: 'waymark', total: 8, valid: 8 },
  'timelinejs-houston.json': { format: 'timelinejs', total: 18, valid: 18 },
  'bom.csv': { format: 'csv', total: 1, valid: 1 },
  'bom.json': { format: 'waymark', total: 8, valid: 8 },
  'day-first.csv': { format: 'csv', total: 2, valid: 2 },
  'month-first.csv': { format: 'csv', total: 2, valid: 2 },
  'missing-coordinates.csv': { format: 'csv', total: 2, valid: 2 },
  'trailing-commas.csv': { format: 'csv', total: 1, valid: 1 },
  'timelinejs-html.json': { format: 'timelinejs', total: 1, valid: 1 },
};

const BROKEN: Record<string, Expected> = {
  'empty.csv': { format: null, total: 0, valid: 0, fatal: 'empty.csv is empty.' },
  'whitespace-only.json': { format: null, total: 0, valid: 0, fatal: 'whitespace-only.json is empty.' },
  'not-json.json': { format: null, total: 0, valid: 0, fatal: /^not-json\.json is not valid JSON \(.+\)\.$/ },
  'unknown-shape.json': {
    format: null,
    total: 0,
    valid: 0,
    fatal:
      'unknown-shape.json is JSON but not a format Waymark can open: expected Waymark JSON (meta and events), ' +
      'TimelineJS JSON (events with start_date) or GeoJSON (a FeatureCollection).',
  },
  'spreadsheet.xlsx': {
    format: null,
    total: 0,
    valid: 0,
    fatal: 'spreadsheet.xlsx is not a text file. Save a spreadsheet as CSV (File, Save as, CSV) and open that.',
  },
  'no-title-column.csv': {
    format: 'csv',
    total: 1,
    valid: 0,
    fatal: 'no-title-column.csv has no title column: name one column title, headline or name.',
  },
  'header-only.csv': {
    format: 'csv',
    total: 0,
    valid: 0,
    fatal: 'header-only.csv has a header row but no rows of events.',
  },
  'month-13.csv': {
    format: 'csv',
    total: 2,
    valid: 1,
    problems: [`row 3, column start: 2012-13-01 is not a date: ${MONTH_13}`],
  },
  'blank-rows.csv': {
    format: 'csv',
    total: 2,
    valid: 1,
    problems: [`row 4, column start: 2010-13 is not a date: ${MONTH_13}`],
  },
  'not-a-date.csv': {
    format: 'csv',
    total: 3,
    valid: 0,
    problems: [
      `row 2, column start: yesterday ${NOT_A_DATE}`,
      'row 3, column start: 2012-02-30 is not a date: day 30 is not a day of 2012-02 (it has 29 days)',
      `row 4, column end: soon ${NOT_A_DATE}`,
    ],
  },
  'ambiguous-date.csv': {
    format: 'csv',
    total: 2,
    valid: 1,
    problems: ['row 2, column start: 03/04/2012 could be day/month/year or month/day/year; write it as YYYY-MM-DD'],
  },
  'ragged.csv': {
    format: 'csv',
    total: 3,
    valid: 1,
    problems: ['row 3: has 3 cells, the header has 5', 'row 4: has 6 cells, the header has 5'],
  },
  'unclosed-quote.csv': {
    format: 'csv',
    total: 2,
    valid: 1,
    problems: ['row 3: a quoted cell is never closed (a " is missing), so the rest of the file was read into it'],
  },
  'bad-number.csv': { format: 'csv', total: 1, valid: 0, problems: ['row 2, column lat: north is not a number'] },
  'lat-without-lon.csv': {
    format: 'csv',
    total: 1,
    valid: 0,
    problems: ['row 2, column lon: needs both lat and lon, or neither'],
  },
  'lat-95.csv': {
    format: 'csv',
    total: 2,
    valid: 0,
    problems: [
      'row 2, column lat: latitude must be between -90 and 90',
      'row 3, column lon: longitude must be between -180 and 180',
    ],
  },
  'duplicate-ids.csv': {
    format: 'csv',
    total: 3,
    valid: 2,
    problems: ['row 3, column id: "summit" is used twice (first in row 2)'],
  },
  'end-before-start.csv': {
    format: 'csv',
    total: 2,
    valid: 0,
    problems: [
      'row 2, column end: ends (2012-11-18) before it starts (2012-11-19)',
      'row 3, column end: has an end but no start',
    ],
  },
  'empty-title.csv': { format: 'csv', total: 2, valid: 1, problems: ['row 3, column title: must not be empty'] },
  'long-title.csv': {
    format: 'csv',
    total: 2,
    valid: 1,
    problems: ['row 2, column title: must be at most 200 characters'],
  },
  'bad-country.csv': {
    format: 'csv',
    total: 2,
    valid: 1,
    problems: ['row 2, column country: must be a two-letter ISO country code such as KH'],
  },
  'bad-confidence.csv': {
    format: 'csv',
    total: 2,
    valid: 1,
    problems: ['row 2, column confidence: must be one of: high, medium, low'],
  },
  'timelinejs-no-events.json': {
    format: 'timelinejs',
    total: 0,
    valid: 0,
    fatal: 'timelinejs-no-events.json has no events: its "events" list is empty or missing.',
  },
  'timelinejs-month-13.json': {
    format: 'timelinejs',
    total: 3,
    valid: 1,
    problems: [
      `event 2 ("Month thirteen"), field start_date: 1963-13-09 is not a date: ${MONTH_13}`,
      'event 3 ("Ends first"), field end_date: ends (1962) before it starts (1963)',
    ],
  },
  'timelinejs-wrong-types.json': {
    format: 'timelinejs',
    total: 7,
    valid: 0,
    problems: [
      'event 1 ("as-text"), field start_date: should be a group of fields like {"year": 2012}, not a string',
      'event 2: should be a group of fields, not a string',
      'event 3 ("bad-year"), field start_date: year MMXII is not a whole number',
      'event 4 ("no-year"), field start_date: has no year',
      'event 5 ("day-no-month"), field start_date: has a day but no month',
      'event 6 ("bad-lat"), field location.lat: north is not a number',
      'event 7 ("no-title"), field text.headline: must not be empty',
    ],
  },
  'timelinejs-duplicate-ids.json': {
    format: 'timelinejs',
    total: 3,
    valid: 2,
    problems: ['event 3 ("A"), field unique_id: "a" is used twice (first in event 1 ("a"))'],
  },
  'geojson-no-features.geojson': {
    format: 'geojson',
    total: 0,
    valid: 0,
    fatal: 'geojson-no-features.geojson has no features: its "features" list is empty or missing.',
  },
  'geojson-wrong-types.geojson': {
    format: 'geojson',
    total: 6,
    valid: 0,
    problems: [
      'feature 1 ("A road"), geometry: is a LineString, not a Point: Waymark places events at points (use null for no place)',
      'feature 2 ("Too far north"), geometry: latitude must be between -90 and 90',
      'feature 3 ("Words"), geometry: coordinates should be two numbers, [longitude, latitude]',
      `feature 4 ("Bad time"), property time: a boolean ${NOT_A_DATE}`,
      'feature 5: should be a Feature, not type "Point"',
      `feature 6 ("Fine"), property start: 2012-13 is not a date: ${MONTH_13}`,
    ],
  },
  'waymark-unknown-category.json': {
    format: 'waymark',
    total: 8,
    valid: 7,
    problems: ['Event 2 ("labour-estimate"), field category: "nope" is not one of the categories'],
  },
  'waymark-month-13.json': {
    format: 'waymark',
    total: 8,
    valid: 6,
    problems: [
      `Event 1 ("summit-in-phnom-penh"), field start: ${MONTH_13}`,
      'Event 3 ("law-passed"), field sources, item 1: "not-a-source" is not one of the sources',
    ],
  },
  'waymark-wrong-types.json': {
    format: 'waymark',
    total: 9,
    valid: 6,
    problems: [
      'Event 1 ("summit-in-phnom-penh"), field places: should be a list, not string',
      'Event 2 ("labour-estimate"), field title: should be a string, not number',
      'Event 9: should be a group of fields, not a string',
    ],
  },
  'waymark-duplicate-ids.json': {
    format: 'waymark',
    total: 9,
    valid: 8,
    problems: [
      'Event 3 ("summit-in-phnom-penh"), field id: "summit-in-phnom-penh" is used twice (first in Event 1 ("summit-in-phnom-penh"))',
    ],
  },
  'waymark-bad-meta.json': {
    format: 'waymark',
    total: 8,
    valid: 4,
    problems: [
      'field meta, field version: must be a version like 1.0.0',
      'Category 1 ("diplomacy"), field color: must be a colour like #1f77b4',
      'Event 1 ("summit-in-phnom-penh"), field category: "diplomacy" is not one of the categories',
      'Event 4 ("visit-to-bangkok"), field category: "diplomacy" is not one of the categories',
      'Event 7 ("hostile-strings"), field category: "diplomacy" is not one of the categories',
      'Event 8 ("roundtable-in-siem-reap"), field category: "diplomacy" is not one of the categories',
    ],
  },
};

const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/import');
const importFixture = (name: string) => importText(readFixture(`import/${name}`), name);

test('every fixture file is in a table, and there are at least 20 broken ones', () => {
  expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys({ ...GOOD, ...BROKEN }).sort());
  expect(Object.keys(BROKEN).length).toBeGreaterThanOrEqual(20);
});

describe.each(Object.entries({ ...GOOD, ...BROKEN }))('%s', (name, expected) => {
  test('gives its format, counts and exact messages', () => {
    const result = importFixture(name);
    expect(result.format).toBe(expected.format);
    expect({ total: result.total, valid: result.valid }).toEqual({ total: expected.total, valid: expected.valid });
    expect(result.problems.map(formatProblem)).toEqual(expected.problems ?? []);
    if (expected.fatal instanceof RegExp) expect(result.fatal).toMatch(expected.fatal);
    else expect(result.fatal).toBe(expected.fatal);
  });

  test('opens only a dataset that the app itself accepts, holding just the valid events', () => {
    const { dataset, valid } = importFixture(name);
    expect(dataset?.events.length ?? 0).toBe(valid);
    if (!dataset) return;
    const reloaded = parseDataset(JSON.stringify(dataset), name);
    expect(reloaded.ok ? reloaded.value : reloaded.problems).toEqual(dataset);
  });
});
