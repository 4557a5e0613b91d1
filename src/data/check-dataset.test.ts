import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkDataset, isSameJson, type EventsCheck } from './check-dataset';
import { fastEventsSchema } from './fast-event-schema';
import { parseDataset } from './parse';
import { datasetInParts, type Dataset } from './schema';
import { readFixture, readMiniJson } from '../../tests/fixtures/load-fixture';
import { createSyntheticDataset } from '../../tests/fixtures/synthetic-dataset';

describe('isSameJson', () => {
  it('holds for any JSON value and its copy', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => isSameJson(value, structuredClone(value))));
  });

  it('fails once any one string in a copy is changed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: fc.string(), tags: fc.array(fc.string()) }), { minLength: 1 }),
        fc.nat(),
        (items, pick) => {
          const copy = structuredClone(items);
          const item = copy[pick % copy.length];
          item.title += ' ';
          return !isSameJson(items, copy);
        },
      ),
    );
  });

  it('tells apart a missing key, an extra key, a longer list, an array from an object and null from an object', () => {
    expect(isSameJson({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(isSameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(isSameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(isSameJson({ 0: 'x', length: 1 }, ['x'])).toBe(false);
    expect(isSameJson(null, {})).toBe(false);
    expect(isSameJson({ a: [1, { b: 'c' }] }, { a: [1, { b: 'c' }] })).toBe(true);
  });
});

describe('checkDataset', () => {
  it('finds the fixture valid and unchanged by validation, so nothing needs sending back', () => {
    expect(checkDataset(readFixture('mini-dataset.json'), 'events.json')).toEqual({ ok: true, unchanged: true });
  });

  it('sends back what validation made when it trimmed text', () => {
    const data = readMiniJson();
    data.meta.title = `${data.meta.title}\n`;
    const checked = checkDataset(JSON.stringify(data), 'events.json');
    if (!checked.ok || checked.unchanged) throw new Error('expected a changed dataset');
    expect(checked.dataset.meta.title).toBe(data.meta.title.trim());
  });

  it('refuses what parseDataset refuses, with the same words', () => {
    const data = readMiniJson();
    data.events[0].confidence = 'certain' as 'high';
    const checked = checkDataset(JSON.stringify(data), 'mine.json');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.title).toBe('mine.json has 1 problem.');
  });
});

/** One change to one event of a dataset: most make it invalid, some make validation change it, some do neither. */
const MUTATIONS: Record<string, (dataset: Dataset, i: number) => void> = {
  'text to trim': (d, i) => void (d.events[i].title = ` ${d.events[i].title}`),
  'month 13': (d, i) => void (d.events[i].start = '2012-13-01'),
  'unknown category': (d, i) => void (d.events[i].category = 'no-such-category'),
  'unknown source': (d, i) => void (d.events[i].sources = ['no-such-source']),
  'id used twice': (d, i) => void (d.events[i].id = d.events[(i + 1) % d.events.length].id),
  'end before start': (d, i) => Object.assign(d.events[i], { start: '2012-05-01', end: '2011' }),
  'latitude without longitude': (d, i) => void (d.events[i].places = [{ name: 'Somewhere', lat: 10 }]),
  'unknown key in an event': (d, i) => void Object.assign(d.events[i], { colour: 'red' }),
  'unknown key in the file': (d) => void Object.assign(d, { comment: 'made by hand' }),
  'events not a list': (d) => void Object.assign(d, { events: { first: d.events[0] } }),
  'no change': () => {},
};

const EVENTS_CHECKS: [string, EventsCheck][] = [
  ['zod/mini', datasetInParts.events],
  ["classic zod, the worker's", fastEventsSchema],
];

describe.each(EVENTS_CHECKS)('checkDataset of a large file (checked in slices with %s)', (_, eventsCheck) => {
  // Over two slices of 1,000 events, so that the changed event may be in any slice, the last one partly full.
  const base = createSyntheticDataset(2_345);

  it('gives the verdict and the problems that checking it whole gives, wherever the change is', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(base.events.length - 1), (name, i) => {
        const data = structuredClone(base);
        MUTATIONS[name](data, i);
        const text = JSON.stringify(data);
        const whole = parseDataset(text, 'big.json');
        const checked = checkDataset(text, 'big.json', undefined, eventsCheck);
        if (!whole.ok) {
          expect(checked).toEqual(whole);
        } else if (!checked.ok) {
          throw new Error(`refused a valid file: ${checked.title}`);
        } else if (checked.unchanged) {
          // Unchanged means the page's own JSON.parse of the text equals what validation gives.
          expect(isSameJson(JSON.parse(text), whole.value)).toBe(true);
        } else {
          expect(checked.dataset).toEqual(whole.value);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('refuses an event that fails in the last slice, naming it as a check of the whole file does', () => {
    const data = structuredClone(base);
    data.events[2_300].start = '2012-13-01';
    const checked = checkDataset(JSON.stringify(data), 'big.json', undefined, eventsCheck);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.title).toBe('big.json has 1 problem.');
    expect(checked.problems).toHaveLength(1);
    expect(checked.problems[0].where).toContain('2301');
  });

  it('sends back the trimmed events when one in a later slice had text to trim', () => {
    const data = structuredClone(base);
    data.events[1_500].summary = `${data.events[1_500].summary}  `;
    const checked = checkDataset(JSON.stringify(data), 'big.json', undefined, eventsCheck);
    if (!checked.ok || checked.unchanged) throw new Error('expected a changed dataset');
    expect(checked.dataset.events[1_500].summary).toBe(data.events[1_500].summary.trim());
    expect(checked.dataset.events).toHaveLength(2_345);
  });
});

describe("the worker's events check (classic zod)", () => {
  /** A value for each field: valid ones, and ones that are wrong in each way the schema looks for. */
  const word = fc.constantFrom('harbour', ' padded ', '', '   ', 'Obama', 'x'.repeat(201));
  const slug = fc.constantFrom('obama-visits', 'Bad Id', '', 'a--b', 'source-1', 'cat-2');
  const date = fc.constantFrom('2012', '2012-11', '2012-11-19', '2012-13-01', '2012-02-30', 'soon', '', '0050');
  const coordinate = fc.oneof(fc.double({ min: -200, max: 200, noNaN: true }), fc.constantFrom('10', null));
  const place = fc.record(
    {
      name: word,
      country: fc.constantFrom('KH', 'kh', 'KHM'),
      lat: coordinate,
      lon: coordinate,
      role: fc.constantFrom('origin', 'destination', 'via'),
      extra: fc.string(),
    },
    { requiredKeys: ['name'] },
  );
  const event = fc.record(
    {
      id: slug,
      title: word,
      start: date,
      end: date,
      rangeMeans: fc.constantFrom('duration', 'uncertainty', 'roughly'),
      category: slug,
      places: fc.oneof(fc.array(place, { maxLength: 3 }), fc.constant('Phnom Penh')),
      summary: word,
      sources: fc.array(slug, { maxLength: 2 }),
      confidence: fc.constantFrom('high', 'medium', 'low', 'certain'),
      dateNote: word,
      colour: fc.string(),
    },
    { requiredKeys: ['id', 'title', 'category', 'places', 'summary', 'sources', 'confidence'] },
  );
  const issuesOf = (result: { success: boolean; error?: { issues: unknown[] } }) =>
    result.error?.issues.map((issue) => {
      const { code, path, message } = issue as { code: string; path: PropertyKey[]; message: string };
      return { code, path, message };
    });

  it('passes, fails, trims and drops exactly as zod/mini does, with the same problems', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(event, fc.constantFrom(null, 'event', 3)), { maxLength: 4 }), (events) => {
        const mini = datasetInParts.events.safeParse(events);
        const fast = fastEventsSchema.safeParse(events);
        expect(fast.success).toBe(mini.success);
        expect(fast.data).toEqual(mini.data);
        expect(issuesOf(fast)).toEqual(issuesOf(mini));
      }),
      { numRuns: 2000 },
    );
  });

  it('passes the valid events of a synthetic dataset, unchanged', () => {
    const { events } = createSyntheticDataset(500);
    const fast = fastEventsSchema.safeParse(events);
    expect(fast.success).toBe(true);
    expect(isSameJson(events, fast.data)).toBe(true);
  });
});
