import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  isFiltered,
  selectCategoryCounts,
  matchesFilters,
  paddedExtent,
  selectFilteredEvents,
  selectNeighbour,
  selectSelectedEvent,
  selectTimedEvents,
  selectTimeWindow,
  indexInOrder,
} from './selectors';
import { appStore, EMPTY_FILTERS, resetAppStore, type Filters } from './store';
import { showModel } from './actions';
import { loadMiniDataset, loadMiniModel } from '../../tests/fixtures/load-fixture';
import { createModel } from '../data/model';
import { createSyntheticDataset } from '../../tests/fixtures/synthetic-dataset';

const DAY = 86_400_000;
const model = loadMiniModel();
const byId = (id: string) => model.byId.get(id)!;
const ids = (events: { id: string }[]) => events.map((e) => e.id);
const filters = (change: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...change });

beforeEach(() => {
  resetAppStore();
});

describe('matchesFilters', () => {
  it('lets every event through the empty filters', () => {
    expect(model.events.every((e) => matchesFilters(e, EMPTY_FILTERS))).toBe(true);
  });

  it('treats categories null as all and [] as none', () => {
    expect(matchesFilters(byId('law-passed'), filters({ categories: null }))).toBe(true);
    expect(matchesFilters(byId('law-passed'), filters({ categories: [] }))).toBe(false);
    expect(matchesFilters(byId('law-passed'), filters({ categories: ['law-policy'] }))).toBe(true);
    expect(matchesFilters(byId('law-passed'), filters({ categories: ['diplomacy', 'repatriation'] }))).toBe(false);
  });

  it('keeps an event when any of its countries is chosen', () => {
    expect(matchesFilters(byId('two-city-campaign'), filters({ countries: ['MM'] }))).toBe(true);
    expect(matchesFilters(byId('two-city-campaign'), filters({ countries: ['TH', 'KH'] }))).toBe(true);
    expect(matchesFilters(byId('two-city-campaign'), filters({ countries: ['TH'] }))).toBe(false);
  });

  it('needs every word of the query, in any field, in any case', () => {
    const f = (query: string) => filters({ query });
    expect(matchesFilters(byId('law-passed'), f('law phnom'))).toBe(true);
    expect(matchesFilters(byId('law-passed'), f('  PHNOM   Law '))).toBe(true);
    expect(matchesFilters(byId('law-passed'), f('law bangkok'))).toBe(false);
    expect(matchesFilters(byId('two-city-campaign'), f('yangon posters'))).toBe(true);
    expect(matchesFilters(byId('hostile-strings'), f('<script>'))).toBe(true);
  });

  it('combines categories, countries and words', () => {
    const f = filters({ categories: ['diplomacy'], countries: ['KH'], query: 'phnom' });
    expect(ids(model.events.filter((e) => matchesFilters(e, f)))).toEqual(['summit-in-phnom-penh']);
  });
});

describe('selectFilteredEvents', () => {
  it('is empty without a model', () => {
    expect(selectFilteredEvents({ model: null, filters: EMPTY_FILTERS })).toEqual([]);
  });

  it('shows every event, in time order, when nothing is filtered', () => {
    expect(selectFilteredEvents({ model, filters: EMPTY_FILTERS })).toEqual(model.events);
  });

  it('filters by countries and words', () => {
    expect(ids(selectFilteredEvents({ model, filters: filters({ countries: ['TH', 'CH'] }) }))).toEqual([
      'labour-estimate',
      'visit-to-bangkok',
    ]);
    expect(ids(selectFilteredEvents({ model, filters: filters({ query: 'Phnom Penh' }) }))).toEqual([
      'law-passed',
      'fishermen-return-home',
      'two-city-campaign',
      'summit-in-phnom-penh',
    ]);
  });

  it('returns the same array for the same model and filters object', () => {
    const f = filters({ categories: ['diplomacy'] });
    const first = selectFilteredEvents({ model, filters: f });
    expect(selectFilteredEvents({ model, filters: f })).toBe(first);
    expect(ids(first)).toEqual([
      'hostile-strings',
      'roundtable-in-siem-reap',
      'visit-to-bangkok',
      'summit-in-phnom-penh',
    ]);
  });

  it('recomputes for a new filters object or a new model', () => {
    const f = filters({ countries: ['KH'] });
    const first = selectFilteredEvents({ model, filters: f });
    const other = filters({ countries: ['MM'] });
    expect(ids(selectFilteredEvents({ model, filters: other }))).toEqual(['two-city-campaign']);
    const again = selectFilteredEvents({ model, filters: { ...f } });
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    const otherModel = loadMiniModel();
    expect(selectFilteredEvents({ model: otherModel, filters: f })[0]).toBe(otherModel.byId.get('hostile-strings'));
  });

  it('keeps exactly what matchesFilters keeps, for any filters (it uses an index)', () => {
    const dataset = loadMiniDataset();
    const copies = dataset.events.flatMap((e) => [0, 1, 2].map((copy) => ({ ...e, id: `${e.id}-${copy}` })));
    const many = createModel({ ...dataset, events: copies });
    const words = fc.constantFrom('law', 'PHNOM', 'penh', 'am', '<script>', 'yangon posters', 'zz', 'é');
    const filtersArb = fc.record({
      categories: fc.option(fc.subarray(many.categories.map((c) => c.id)), { nil: null }),
      countries: fc.subarray(['KH', 'TH', 'MM', 'VN', 'CH']),
      query: fc.array(words, { maxLength: 3 }).map((w) => w.join(' ')),
    });
    fc.assert(
      fc.property(filtersArb, (f) => {
        expect(selectFilteredEvents({ model: many, filters: f })).toEqual(
          many.events.filter((e) => matchesFilters(e, f)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('works on the store state', () => {
    showModel(model);
    appStore.setState({ filters: filters({ categories: ['repatriation'] }) });
    expect(ids(selectFilteredEvents(appStore.getState()))).toEqual(['fishermen-return-home']);
  });
});

describe('selectCategoryCounts', () => {
  it('counts the events of each category in the whole dataset, once per model', () => {
    const counts = selectCategoryCounts({ model });
    expect(Object.fromEntries(counts)).toEqual({ 'law-policy': 3, diplomacy: 4, repatriation: 1 });
    expect(selectCategoryCounts({ model })).toBe(counts);
    expect(selectCategoryCounts({ model: null }).size).toBe(0);
  });
});

describe('selectNeighbour', () => {
  const events = model.events;

  it('steps forward and back in time order', () => {
    expect(selectNeighbour(events, 'law-passed', 1)?.id).toBe('fishermen-return-home');
    expect(selectNeighbour(events, 'law-passed', -1)?.id).toBe('hostile-strings');
  });

  it('starts at the first or last event when nothing is selected', () => {
    expect(selectNeighbour(events, null, 1)?.id).toBe('labour-estimate');
    expect(selectNeighbour(events, null, -1)?.id).toBe('summit-in-phnom-penh');
  });

  it('treats a selection that is not in the list like no selection', () => {
    const some = events.slice(2, 5);
    expect(selectNeighbour(some, 'labour-estimate', 1)?.id).toBe('law-passed');
    expect(selectNeighbour(some, 'labour-estimate', -1)?.id).toBe('two-city-campaign');
  });

  it('stops at both ends', () => {
    expect(selectNeighbour(events, 'summit-in-phnom-penh', 1)).toBeNull();
    expect(selectNeighbour(events, 'labour-estimate', -1)).toBeNull();
  });

  it('finds nothing in an empty list', () => {
    expect(selectNeighbour([], null, 1)).toBeNull();
    expect(selectNeighbour([], 'law-passed', -1)).toBeNull();
  });
});

describe('selectSelectedEvent', () => {
  it('is the model event with the selected id, or null', () => {
    expect(selectSelectedEvent({ model, selectedId: 'law-passed' })).toBe(byId('law-passed'));
    expect(selectSelectedEvent({ model, selectedId: 'gone' })).toBeNull();
    expect(selectSelectedEvent({ model, selectedId: null })).toBeNull();
    expect(selectSelectedEvent({ model: null, selectedId: 'law-passed' })).toBeNull();
  });
});

describe('time window', () => {
  it('pads a long extent by 4 % on each side', () => {
    const from = Date.UTC(2000, 0, 1);
    const to = Date.UTC(2010, 0, 1);
    // 3653 days; 4 % is 146.12 days.
    expect(paddedExtent([from, to])).toEqual([from - 146.12 * DAY, to + 146.12 * DAY]);
  });

  it('pads a short extent by at least 15 days', () => {
    const from = Date.UTC(2012, 10, 18);
    const to = Date.UTC(2012, 10, 21);
    expect(paddedExtent([from, to])).toEqual([from - 15 * DAY, to + 15 * DAY]);
  });

  it('shows the padded extent of the model until a window is chosen', () => {
    expect(selectTimeWindow({ model: null, timeWindow: null })).toEqual([0, 1]);
    expect(selectTimeWindow({ model, timeWindow: null })).toEqual(paddedExtent(model.extent));
    expect(selectTimeWindow({ model, timeWindow: [5, 10] })).toEqual([5, 10]);
  });
});

describe('isFiltered', () => {
  it('is false only for the empty filters, ignoring a blank query', () => {
    expect(isFiltered(EMPTY_FILTERS)).toBe(false);
    expect(isFiltered(filters({ query: '   ' }))).toBe(false);
    expect(isFiltered(filters({ query: 'law' }))).toBe(true);
    expect(isFiltered(filters({ categories: [] }))).toBe(true);
    expect(isFiltered(filters({ countries: ['KH'] }))).toBe(true);
  });
});

describe("selectTimedEvents and indexInOrder, on lists in the model's order", () => {
  // Every third event without a date: they come last in the model.
  const dataset = createSyntheticDataset(60, 3);
  dataset.events.forEach((event, i) => {
    if (i % 3 === 0) delete event.start;
    if (i % 3 === 0) delete event.end;
  });
  const big = createModel(dataset);

  it('keep the dated events of any filtered list, and find any event where it is', () => {
    fc.assert(
      fc.property(fc.subarray(big.events), fc.constantFrom(...big.events), (events, event) => {
        const timed = selectTimedEvents({ model: { ...big, events }, filters: EMPTY_FILTERS });
        expect(ids(timed)).toEqual(ids(events.filter((e) => e.timed)));
        expect(indexInOrder(events, event)).toBe(events.indexOf(event));
      }),
    );
  });

  it('find nothing for no event', () => {
    expect(indexInOrder(big.events, null)).toBe(-1);
    expect(indexInOrder([], big.events[0])).toBe(-1);
  });
});
