import { describe, expect, test } from 'vitest';
import { readFixture } from '../../tests/fixtures/load-fixture';
import { importText } from './import-text';
import { readTimelineDate } from './timelinejs-dates';

const importFixture = (name: string) => importText(readFixture(`import/${name}`), name);

describe('the Houston sample that ships with TimelineJS', () => {
  const { dataset, total, valid, problems } = importFixture('timelinejs-houston.json');
  const events = dataset!.events;

  test('opens all 18 events, titled by the title slide', () => {
    expect({ total, valid, problems }).toEqual({ total: 18, valid: 18, problems: [] });
    expect(dataset!.meta.title).toBe('Whitney Houston 1963 - 2012');
    expect(dataset!.meta.description).toBe('Imported from timelinejs-houston.json (TimelineJS JSON)');
  });

  test('as plain text, with the dates it gives', () => {
    expect(events[0]).toMatchObject({ id: 'a-musical-heritage', title: 'A Musical Heritage', start: '1963-08-09' });
    expect(events[0].summary).toMatch(/^Born in New Jersey on August 9th, 1963, Houston grew up/);
    expect(events[6]).toMatchObject({ title: "'The Grammys'", start: '1986' });
    expect(events[17]).toMatchObject({ title: 'Whitney Houston 1963-2012', start: '2012-02-11' });
    expect(events.filter((e) => /[<>]/.test(e.title + e.summary))).toEqual([]);
  });

  test('places nothing on the map (it has no locations) and cites the file', () => {
    expect(events.every((e) => e.places.length === 0 && e.sources[0] === 'imported-file')).toBe(true);
    expect(dataset!.categories).toEqual([{ id: 'event', label: 'Events', color: '#1f5fa8', shape: 'circle' }]);
  });
});

test('the location extension, flat lat/lon/place, groups, unique_id, and a text for a missing headline', () => {
  const { dataset } = importFixture('good-timelinejs.json');
  expect(dataset!.meta.title).toBe('Leaders & summits 2012');
  expect(dataset!.events.map((e) => [e.id, e.title, e.category, e.places])).toEqual([
    ['summit-2012', 'Summit in Phnom Penh', 'diplomacy', [{ name: 'Phnom Penh', lat: 11.56, lon: 104.92 }]],
    ['report', 'Report', 'research', [{ name: 'Bangkok', lat: 13.75, lon: 100.5 }]],
    ['a-visit-with-no-headline', 'A visit with no headline.', 'diplomacy', []],
    ['undated-event', 'Undated event', 'event', []],
  ]);
  expect(dataset!.events[0]).toMatchObject({
    start: '2012-11-19',
    end: '2012-11-20',
    summary: 'Leaders meet.\n\nTwo days.',
  });
  expect(dataset!.events[3].start).toBeUndefined();
});

test('HTML in headlines and text becomes plain text, and nothing of a script survives', () => {
  const [event] = importFixture('timelinejs-html.json').dataset!.events;
  expect(event.title).toBe("Tom & Jerry's <b>show</b>");
  expect(event.summary).toBe('First paragraph\nnext line\n\nCafé — link');
});

describe('readTimelineDate', () => {
  test.each([
    [{ year: 1978 }, '1978'],
    [{ year: '476', month: '3' }, '0476-03'],
    [{ year: '2012', month: '02', day: '29', hour: '10', minute: '30' }, '2012-02-29'],
    [{ year: 2012, month: '', day: '' }, '2012'],
    [undefined, undefined],
  ])('%j gives %s', (value, date) => {
    expect(readTimelineDate(value)).toEqual({ date });
  });

  test.each([
    [{ year: -500 }, 'year -500 is outside the years 0 to 9999 that Waymark can show'],
    [{ year: 2011, month: 2, day: 29 }, '2011-02-29 is not a date: day 29 is not a day of 2011-02 (it has 28 days)'],
    [{ year: 2012.5 }, 'year 2012.5 is not a whole number'],
    [[2012], 'should be a group of fields like {"year": 2012}, not a list'],
  ])('%j is refused: %s', (value, error) => {
    expect(readTimelineDate(value)).toEqual({ error });
  });
});
