import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createFilterIndex,
  filterWithIndex,
  getFilterIndex,
  positionsIn,
  prepareFilterIndex,
  queryWords,
  samePositions,
  type FilterCriteria,
} from './search-index';
import { createModel, type ModelEvent } from './model';
import { createSyntheticDataset } from '../../tests/fixtures/synthetic-dataset';
import { buildModel, type EventInput } from '../../tests/fixtures/build-dataset';

const model = buildModel([
  { id: 'one', start: '2001', title: 'Law passed', category: 'a' },
  {
    id: 'two',
    start: '2002',
    title: 'Summit',
    category: 'b',
    places: [
      { name: 'Bangkok', country: 'TH' },
      { name: 'Phnom Penh', country: 'KH' },
    ],
  },
  { id: 'three', start: '2003', title: 'Lawyers meet', category: 'a', places: [{ name: 'Hanoi', country: 'VN' }] },
]);
const index = createFilterIndex(model.events);
const criteria = (change: Partial<FilterCriteria>): FilterCriteria => ({
  categories: null,
  countries: [],
  query: '',
  ...change,
});
const ids = (change: Partial<FilterCriteria>) =>
  filterWithIndex(index, model.events, criteria(change)).map((e) => e.id);

describe('createFilterIndex', () => {
  it('numbers the categories, lists the events of each country and lines up the texts', () => {
    expect(index.categoryIds).toEqual(['a', 'b']);
    expect([...index.categoryOf]).toEqual([0, 1, 0]);
    expect([...index.byCountry.get('KH')!]).toEqual([0, 1]);
    expect([...index.byCountry.get('TH')!]).toEqual([1]);
    expect([...index.byCountry.get('VN')!]).toEqual([2]);
    const lines = index.corpus.split('\n');
    expect(lines).toEqual(model.events.map((e) => e.searchText));
    model.events.forEach((e, i) => {
      expect(index.corpus.slice(index.offsets[i], index.offsets[i + 1] - 1)).toBe(e.searchText);
    });
  });

  it('is built once per model', () => {
    expect(getFilterIndex(model)).toBe(getFilterIndex(model));
  });
});

describe('filterWithIndex', () => {
  it('splits the query into lower-case words', () => {
    expect(queryWords('  Phnom   PENH ')).toEqual(['phnom', 'penh']);
    expect(queryWords(' ')).toEqual([]);
  });

  it('keeps the events holding every word, anywhere in a word', () => {
    expect(ids({ query: 'law' })).toEqual(['one', 'three']);
    expect(ids({ query: 'AW' })).toEqual(['one', 'three']);
    expect(ids({ query: 'law yers' })).toEqual(['three']);
    expect(ids({ query: 'penh summit' })).toEqual(['two']);
    expect(ids({ query: 'law summit' })).toEqual([]);
    // Words do not run from one event's text into the next.
    expect(ids({ query: 'penhsummit' })).toEqual([]);
  });

  it('filters by category (null is all, [] is none) and by any chosen country', () => {
    expect(ids({ categories: ['b'] })).toEqual(['two']);
    expect(ids({ categories: [] })).toEqual([]);
    expect(ids({ categories: ['a', 'unknown'] })).toEqual(['one', 'three']);
    expect(ids({ countries: ['TH', 'VN'] })).toEqual(['two', 'three']);
    expect(ids({ countries: ['FR'] })).toEqual([]);
    expect(ids({ categories: ['a'], countries: ['KH'], query: 'law' })).toEqual(['one']);
  });
});

// Small alphabets, so that words overlap, repeat and hide inside one another; 'İ' lower-cases to two characters.
const word = fc.constantFrom('law', 'aw', 'la', 'Penh', 'phnom', 'x-y', '<b>', 'İstanbul', 'é', 'a');
const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
const place = fc.record({ name: text, country: fc.option(fc.constantFrom('KH', 'TH', 'VN'), { nil: undefined }) });
const eventArb = fc.record({
  title: text,
  summary: text,
  category: fc.constantFrom('a', 'b'),
  places: fc.array(place, { maxLength: 2 }),
});
const criteriaArb = fc.record({
  categories: fc.option(fc.subarray(['a', 'b', 'c']), { nil: null }),
  countries: fc.subarray(['KH', 'TH', 'VN', 'FR']),
  query: fc.array(fc.oneof(word, fc.constantFrom('LAW', 'İ', 'i', 'w p')), { maxLength: 3 }).map((w) => w.join('  ')),
});

/** The definition: every condition checked on every event. */
function naiveFilter(events: readonly ModelEvent[], c: FilterCriteria): ModelEvent[] {
  return events.filter(
    (e) =>
      (!c.categories || c.categories.includes(e.record.category)) &&
      (!c.countries.length || e.countries.some((code) => c.countries.includes(code))) &&
      queryWords(c.query).every((w) => e.searchText.includes(w)),
  );
}

describe('filterWithIndex, for any events and filters', () => {
  it('keeps exactly the events a naive filter keeps, in the same order', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 25 }), criteriaArb, (records, c) => {
        const inputs: EventInput[] = records.map((r, i) => ({ id: `e${i}`, start: `${2000 + (i % 7)}`, ...r }));
        const { events } = buildModel(inputs);
        const found = filterWithIndex(createFilterIndex(events), events, c);
        expect(found).toEqual(naiveFilter(events, c));
      }),
      { numRuns: 300 },
    );
  });

  it('knows where each event it kept is in the list it was given, and so does any prefix of what it kept', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 25 }), criteriaArb, fc.nat(), (records, c, cut) => {
        const inputs: EventInput[] = records.map((r, i) => ({ id: `e${i}`, start: `${2000 + (i % 7)}`, ...r }));
        const { events } = buildModel(inputs);
        const found = filterWithIndex(createFilterIndex(events), events, c);
        expect(Array.from(positionsIn(found, events)!)).toEqual(found.map((e) => events.indexOf(e)));
        const prefix = found.slice(0, cut % (found.length + 1));
        samePositions(prefix, found);
        expect(Array.from(positionsIn(prefix, events)!)).toEqual(prefix.map((e) => events.indexOf(e)));
        // Of the list itself, the positions are 0, 1, 2 …; of a list from elsewhere, nothing is known.
        expect(Array.from(positionsIn(events, events)!)).toEqual(events.map((_, i) => i));
        expect(positionsIn(found, [...events])).toBeNull();
        expect(positionsIn([...found], events)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});

describe('prepareFilterIndex', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('builds, a few events per task, the index createFilterIndex builds at once, and keeps it for the model', () => {
    vi.useFakeTimers();
    const model = createModel(createSyntheticDataset(100));
    prepareFilterIndex(model, 7);
    vi.advanceTimersToNextTimer();
    // One step done, more to come: 100 events in steps of 7.
    expect(vi.getTimerCount()).toBe(1);
    vi.runAllTimers();
    expect(vi.getTimerCount()).toBe(0);
    const index = getFilterIndex(model);
    expect(getFilterIndex(model)).toBe(index);
    expect(index).toEqual(createFilterIndex(model.events));
  });

  it('stops when told to, and stops by itself once the index was built on demand', () => {
    vi.useFakeTimers();
    const model = createModel(createSyntheticDataset(50));
    const stop = prepareFilterIndex(model, 7);
    vi.advanceTimersToNextTimer();
    stop();
    expect(vi.getTimerCount()).toBe(0);
    const other = createModel(createSyntheticDataset(50, 2));
    prepareFilterIndex(other, 7);
    const built = getFilterIndex(other);
    vi.runAllTimers();
    expect(getFilterIndex(other)).toBe(built);
  });
});
