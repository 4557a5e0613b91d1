import { beforeEach, describe, expect, it } from 'vitest';
import {
  clampWindow,
  clearSelection,
  hoverEvent,
  panTimeWindow,
  resetFilters,
  selectEvent,
  setMapView,
  setQuery,
  setTimeWindow,
  showFailure,
  showModel,
  stepSelection,
  toggleCategory,
  toggleCountry,
  zoomTimeWindow,
} from './actions';
import { appStore, EMPTY_FILTERS, resetAppStore } from './store';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';

const DAY = 86_400_000;
const model = loadMiniModel();
const state = () => appStore.getState();

// The mini dataset runs from 1 January 2005 to 21 November 2012.
const EXTENT_FROM = Date.UTC(2005, 0, 1);
const EXTENT_TO = Date.UTC(2012, 10, 21);
const SPAN = EXTENT_TO - EXTENT_FROM;
const MIN_TIME = EXTENT_FROM - SPAN * 0.04;
const MAX_TIME = EXTENT_TO + SPAN * 0.04;
const PADDED = MAX_TIME - MIN_TIME;

const A = Date.UTC(2008, 0, 1); // 1199145600000
const B = Date.UTC(2010, 0, 1); // 1262304000000, so B - A = 63158400000 (731 days)

beforeEach(() => {
  resetAppStore();
  showModel(model);
});

describe('showModel and showFailure', () => {
  it('switch the status between ready and error', () => {
    expect(state()).toMatchObject({ status: 'ready', model, failure: null });
    const failure = { ok: false as const, title: 'events.json is not valid JSON.', file: 'events.json', problems: [] };
    showFailure(failure);
    expect(state()).toMatchObject({ status: 'error', model: null, failure });
  });
});

describe('selectEvent', () => {
  it('selects an event inside the window without moving the window', () => {
    selectEvent('law-passed');
    expect(state().selectedId).toBe('law-passed');
    expect(state().timeWindow).toBeNull();
  });

  it('brings an event outside the window into the middle of it, keeping the width', () => {
    setTimeWindow([A, B]);
    selectEvent('visit-to-bangkok'); // 18 November 2012, one day
    const middle = Date.UTC(2012, 10, 18, 12);
    expect(state().selectedId).toBe('visit-to-bangkok');
    expect(state().timeWindow).toEqual([middle - (B - A) / 2, middle + (B - A) / 2]);
    expect(state().timeWindow).toEqual([1321660800000, 1384819200000]);
  });

  it('shows the start of an event longer than the window', () => {
    setTimeWindow([A, A + 30 * DAY]);
    selectEvent('labour-estimate'); // the whole of 2005
    expect(state().timeWindow).toEqual([Date.UTC(2005, 0, 1), Date.UTC(2005, 0, 31)]);
  });

  it('counts an event that overlaps the window edge as visible', () => {
    setTimeWindow([Date.UTC(2005, 11, 1), Date.UTC(2006, 11, 1)]);
    selectEvent('labour-estimate');
    expect(state().timeWindow).toEqual([Date.UTC(2005, 11, 1), Date.UTC(2006, 11, 1)]);
  });

  it('clears the selection for null or an unknown id', () => {
    selectEvent('law-passed');
    selectEvent('no-such-event');
    expect(state().selectedId).toBeNull();
    selectEvent('law-passed');
    selectEvent(null);
    expect(state().selectedId).toBeNull();
    selectEvent('law-passed');
    clearSelection();
    expect(state().selectedId).toBeNull();
  });
});

describe('stepSelection', () => {
  it('steps through all events in time order and stops at the end', () => {
    selectEvent('roundtable-in-siem-reap');
    stepSelection(1);
    expect(state().selectedId).toBe('visit-to-bangkok');
    stepSelection(1);
    expect(state().selectedId).toBe('summit-in-phnom-penh');
    stepSelection(1);
    expect(state().selectedId).toBe('summit-in-phnom-penh');
  });

  it('steps only through the filtered events', () => {
    toggleCategory('law-policy');
    toggleCategory('repatriation'); // only diplomacy is left
    selectEvent('hostile-strings');
    stepSelection(1);
    expect(state().selectedId).toBe('roundtable-in-siem-reap');
    stepSelection(-1);
    expect(state().selectedId).toBe('hostile-strings');
    stepSelection(-1);
    expect(state().selectedId).toBe('hostile-strings');
  });

  it('starts at the first or the last filtered event when nothing is selected', () => {
    setQuery('phnom');
    stepSelection(1);
    expect(state().selectedId).toBe('law-passed');
    clearSelection();
    stepSelection(-1);
    expect(state().selectedId).toBe('summit-in-phnom-penh');
  });

  it('brings the next event into the window, keeping its width', () => {
    setTimeWindow([A, B]);
    selectEvent('fishermen-return-home'); // 15 March 2009: inside [2008, 2010)
    stepSelection(1); // June 2010: outside
    expect(state().selectedId).toBe('two-city-campaign');
    const middle = (Date.UTC(2010, 5, 1) + Date.UTC(2010, 6, 1)) / 2;
    expect(state().timeWindow).toEqual([middle - (B - A) / 2, middle + (B - A) / 2]);
  });
});

describe('filters', () => {
  it('toggleCategory unticks one category and ticking it again gives null (all)', () => {
    toggleCategory('diplomacy');
    expect(state().filters.categories).toEqual(['law-policy', 'repatriation']);
    toggleCategory('diplomacy');
    expect(state().filters.categories).toBeNull();
  });

  it('toggleCategory keeps the categories in the model order', () => {
    toggleCategory('law-policy');
    toggleCategory('diplomacy');
    expect(state().filters.categories).toEqual(['repatriation']);
    toggleCategory('diplomacy');
    expect(state().filters.categories).toEqual(['diplomacy', 'repatriation']);
    toggleCategory('repatriation');
    toggleCategory('diplomacy');
    expect(state().filters.categories).toEqual([]);
  });

  it('toggleCountry adds countries sorted and removes them', () => {
    toggleCountry('TH');
    toggleCountry('KH');
    expect(state().filters.countries).toEqual(['KH', 'TH']);
    toggleCountry('TH');
    expect(state().filters.countries).toEqual(['KH']);
  });

  it('keeps a selection that still passes and clears one a filter hides', () => {
    selectEvent('visit-to-bangkok'); // diplomacy, Thailand
    toggleCategory('law-policy');
    expect(state().selectedId).toBe('visit-to-bangkok');
    setQuery('bangkok');
    expect(state().selectedId).toBe('visit-to-bangkok');
    toggleCountry('KH');
    expect(state().selectedId).toBeNull();
  });

  it('clears the selection when the query no longer matches it', () => {
    selectEvent('law-passed');
    setQuery('yangon');
    expect(state().selectedId).toBeNull();
    expect(state().filters.query).toBe('yangon');
  });

  it('resetFilters restores all filters and keeps the selection', () => {
    toggleCategory('repatriation');
    toggleCountry('KH');
    setQuery('law');
    selectEvent('law-passed');
    resetFilters();
    expect(state().filters).toEqual(EMPTY_FILTERS);
    expect(state().selectedId).toBe('law-passed');
  });
});

describe('time window arithmetic', () => {
  it('setTimeWindow keeps a window that is within bounds, and null shows everything', () => {
    setTimeWindow([A, B]);
    expect(state().timeWindow).toEqual([A, B]);
    setTimeWindow(null);
    expect(state().timeWindow).toBeNull();
  });

  it('zoomTimeWindow halves the window around its middle', () => {
    setTimeWindow([A, B]);
    zoomTimeWindow(0.5);
    expect(state().timeWindow).toEqual([1214935200000, 1246514400000]);
  });

  it('zoomTimeWindow keeps the given centre in place', () => {
    setTimeWindow([A, B]);
    zoomTimeWindow(0.5, A);
    expect(state().timeWindow).toEqual([A, 1230724800000]);
    zoomTimeWindow(0.5, 1230724800000);
    expect(state().timeWindow).toEqual([1214935200000, 1230724800000]);
  });

  it('zoomTimeWindow(2) doubles the window around its middle', () => {
    setTimeWindow([A, B]);
    zoomTimeWindow(2);
    expect(state().timeWindow).toEqual([1167566400000, 1293883200000]);
  });

  it('zoomTimeWindow from the whole view starts from the padded extent', () => {
    zoomTimeWindow(0.5);
    const middle = (MIN_TIME + MAX_TIME) / 2;
    expect(state().timeWindow).toEqual([middle - PADDED / 4, middle + PADDED / 4]);
  });

  it('panTimeWindow moves by a fraction of the width', () => {
    setTimeWindow([A, B]);
    panTimeWindow(0.25);
    expect(state().timeWindow).toEqual([1214935200000, 1278093600000]);
    panTimeWindow(-0.5);
    expect(state().timeWindow).toEqual([A - (B - A) / 4, B - (B - A) / 4]);
  });
});

describe('clampWindow', () => {
  it('widens a window narrower than three days around its middle', () => {
    expect(clampWindow([A, A + 1000])).toEqual([A + 500 - 1.5 * DAY, A + 500 + 1.5 * DAY]);
    setTimeWindow([A, A]);
    expect(state().timeWindow).toEqual([A - 1.5 * DAY, A + 1.5 * DAY]);
  });

  it('keeps the window no wider than twice the padded extent, inside half of it on each side', () => {
    expect(clampWindow([0, 1e15])).toEqual([MIN_TIME - PADDED / 2, MAX_TIME + PADDED / 2]);
    zoomTimeWindow(1000);
    expect(state().timeWindow).toEqual([MIN_TIME - PADDED / 2, MAX_TIME + PADDED / 2]);
  });

  it('stops panning half a padded extent past either end', () => {
    setTimeWindow([A, B]);
    for (let i = 0; i < 100; i++) panTimeWindow(1);
    expect(state().timeWindow).toEqual([MAX_TIME + PADDED / 2 - (B - A), MAX_TIME + PADDED / 2]);
    for (let i = 0; i < 100; i++) panTimeWindow(-1);
    expect(state().timeWindow).toEqual([MIN_TIME - PADDED / 2, MIN_TIME - PADDED / 2 + (B - A)]);
  });

  it('passes a window through unchanged when there is no model', () => {
    resetAppStore();
    expect(clampWindow([5, 6])).toEqual([5, 6]);
  });

  // Zooming in at the narrowest window should not move it in time: pressing "Zoom in" again must leave it alone.
  it('zooming in at the minimum width leaves the window where it is', () => {
    setTimeWindow([A, A + 3 * DAY]);
    zoomTimeWindow(0.5);
    expect(state().timeWindow).toEqual([A, A + 3 * DAY]);
  });
});

describe('hover and map view', () => {
  it('hoverEvent sets and clears the hovered id', () => {
    hoverEvent('law-passed');
    expect(state().hoveredId).toBe('law-passed');
    hoverEvent(null);
    expect(state().hoveredId).toBeNull();
  });

  it('setMapView does not replace an equal view', () => {
    setMapView({ lat: 12, lon: 104, zoom: 5 });
    const first = state().mapView;
    setMapView({ lat: 12, lon: 104, zoom: 5 });
    expect(state().mapView).toBe(first);
    setMapView({ lat: 12, lon: 104, zoom: 6 });
    expect(state().mapView).toEqual({ lat: 12, lon: 104, zoom: 6 });
  });
});
