import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { findColumns, normalizeHeader } from './csv-columns';
import { importText } from './import-text';

const importCsv = (text: string, name = 'test.csv') => importText(text, name);
const events = (text: string) => importCsv(text).dataset?.events ?? [];

describe('columns', () => {
  test('are found whatever their case, spacing, _ or -', () => {
    expect(normalizeHeader('  Start_Date ')).toBe('start date');
    expect(normalizeHeader('END-date')).toBe('end date');
    const { index, sources } = findColumns([
      'Headline',
      'DATE',
      'Location',
      'Latitude',
      'lng',
      'Type',
      'Text',
      'URL',
      'Source',
    ]);
    expect(index).toEqual({ title: 0, start: 1, place: 2, lat: 3, lon: 4, category: 5, summary: 6 });
    expect(sources).toEqual([7, 8]);
  });

  test('the first alias found wins', () => {
    expect(findColumns(['name', 'title']).index.title).toBe(1);
    expect(findColumns(['year', 'date']).index.start).toBe(1);
    expect(findColumns(['type', 'group', 'category']).index.category).toBe(2);
  });

  test.each([
    ['title,start,end,place,lat,lon,category,summary'],
    ['Name,Date,End Date,Location,Latitude,Longitude,Group,Description'],
    ['headline,start_date,end_date,place name,lat,long,type,text'],
    ['TITLE,YEAR,END YEAR,CITY,LATITUDE,LNG,CATEGORY,NOTES'],
  ])('%s reads the same event', (header) => {
    const [event] = events(`${header}\nSummit,2012,2013,Phnom Penh,11.56,104.92,Diplomacy,Two days.`);
    expect(event).toMatchObject({
      title: 'Summit',
      start: '2012',
      end: '2013',
      places: [{ name: 'Phnom Penh', lat: 11.56, lon: 104.92 }],
      category: 'diplomacy',
      summary: 'Two days.',
    });
  });
});

describe('ids, categories and sources', () => {
  test('ids are made from titles and kept unique, never taking an id a row gives', () => {
    const ids = events('id,title\n,Summit\n,Summit\nsummit-2,Other\n,Summit!\n,???').map((e) => e.id);
    expect(ids).toEqual(['summit', 'summit-3', 'summit-2', 'summit-4', 'event']);
  });

  test('an id a row gives is made a slug', () => {
    expect(events('ID,title\nEvent 1,Summit\n42,Report').map((e) => e.id)).toEqual(['event-1', '42']);
  });

  test('one category per value, whatever its case, and "Events" for rows with none', () => {
    const { dataset } = importCsv('title,category\nA,Diplomacy\nB,diplomacy\nC,\nD,Law & policy');
    expect(dataset?.categories.map((c) => [c.id, c.label])).toEqual([
      ['diplomacy', 'Diplomacy'],
      ['event', 'Events'],
      ['law-policy', 'Law & policy'],
    ]);
    expect(dataset?.events.map((e) => e.category)).toEqual(['diplomacy', 'diplomacy', 'event', 'law-policy']);
  });

  test('sources: URLs and citations, several to a cell, and the file for rows that cite nothing', () => {
    const { dataset } = importCsv(
      'title,source,url\nA,City Post; https://example.org/a,\nB,,https://example.org/a\nC,,',
      'my data.csv',
    );
    expect(dataset?.sources).toEqual([
      { id: 'city-post', title: 'City Post', publisher: 'Cited in my data.csv' },
      { id: 'example-org-a', title: 'https://example.org/a', publisher: 'example.org', url: 'https://example.org/a' },
      { id: 'imported-file', title: 'my data.csv', publisher: 'Imported file' },
    ]);
    expect(dataset?.events.map((e) => e.sources)).toEqual([
      ['city-post', 'example-org-a'],
      ['example-org-a'],
      ['imported-file'],
    ]);
  });

  test('a citation too long to be a source title is a problem of its row', () => {
    const result = importCsv(`title,source\nA,${'x'.repeat(301)}`);
    expect(result.problems).toEqual([
      {
        where: 'row 2, column source',
        message: `the source "${'x'.repeat(40)}…": title must be at most 300 characters`,
      },
    ]);
  });

  test('meta is named after the file', () => {
    expect(importCsv('title\nA', 'Cambodia 2012 (draft).csv').dataset?.meta).toEqual({
      id: 'cambodia-2012-draft',
      title: 'Cambodia 2012 (draft).csv',
      description: 'Imported from Cambodia 2012 (draft).csv (CSV)',
      version: '1.0.0',
    });
  });
});

describe('cells', () => {
  test('a row with only a country, or only coordinates, still names its place', () => {
    const [a, b] = events('title,country,lat,lon\nA,kh,,\nB,,11.5,104.9');
    expect(a.places).toEqual([{ name: 'Cambodia', country: 'KH' }]);
    expect(b.places).toEqual([{ name: '11.5, 104.9', lat: 11.5, lon: 104.9 }]);
  });

  test('quoted cells keep commas, quotes and line breaks', () => {
    const [event] = events('title,summary\n"Summit, day 1","She said ""yes"".\nThen left."');
    expect(event).toMatchObject({ title: 'Summit, day 1', summary: 'She said "yes".\nThen left.' });
  });

  test('rows are numbered as the spreadsheet shows them, even after a cell with a line break', () => {
    const result = importCsv('title,start\n"Two\nlines",2012\n\nBad,2012-13');
    expect(result.problems.map((p) => p.where)).toEqual(['row 4, column start']);
  });
});

const titleArb = fc
  .string({ unit: fc.constantFrom(...'abcXYZ019 ,."\'\n-é€😀&<>'.split('')), minLength: 1, maxLength: 40 })
  .map((s) => s.trim().replace(/\s+/g, ' '))
  .filter((s) => s.length > 0);
const dateArb = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) =>
    [String(year).padStart(4, '0'), month && String(month).padStart(2, '0'), month && String(day).padStart(2, '0')]
      .filter(Boolean)
      .join('-'),
  );
const coordinate = (max: number) => fc.integer({ min: -max * 1e5, max: max * 1e5 }).map((n) => n / 1e5);
const eventArb = fc.record({
  title: titleArb,
  start: fc.option(dateArb, { nil: undefined }),
  point: fc.option(fc.tuple(coordinate(90), coordinate(180)), { nil: undefined }),
});

test('property: events written with Papa.unparse come back with the same titles, dates and coordinates', () => {
  fc.assert(
    fc.property(fc.array(eventArb, { minLength: 1, maxLength: 20 }), (written) => {
      const csv = Papa.unparse({
        fields: ['title', 'start', 'place', 'lat', 'lon'],
        data: written.map((e) => [
          e.title,
          e.start ?? '',
          e.point ? 'Here' : '',
          e.point?.[0] ?? '',
          e.point?.[1] ?? '',
        ]),
      });
      const result = importCsv(csv);
      expect(result.problems).toEqual([]);
      const read = result.dataset!.events.map((e) => ({
        title: e.title,
        start: e.start,
        point: e.places[0] && ([e.places[0].lat, e.places[0].lon] as [number, number]),
      }));
      expect(read).toEqual(written);
    }),
  );
});

describe('a row the reader refuses but the schema would pass', () => {
  test('is left out, and the rows around it open as themselves', () => {
    const result = importText('title,start\nSummit,2012-11-19\nLaunch,2012-13-01\nVisit,2013\n', 'rows.csv');
    expect(result.dataset?.events.map((e) => [e.title, e.start])).toEqual([
      ['Summit', '2012-11-19'],
      ['Visit', '2013'],
    ]);
    expect(result.valid).toBe(2);
    expect(result.problems.map((p) => p.where)).toEqual(['row 3, column start']);
  });
});
