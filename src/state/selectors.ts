import { DAY_MS } from '../data/dates';
import { columnsOf } from '../data/event-columns';
import type { Model, ModelEvent } from '../data/model';
import { filterWithIndex, getFilterIndex, queryWords, samePositions } from '../data/search-index';
import type { AppState, Filters, LinkedView } from './store';

/**
 * True when an event passes the category, country and text filters: every word of the query occurs somewhere in its
 * title, summary or place names (as a substring, in any case). The definition that `selectFilteredEvents` computes
 * faster with an index.
 */
export function matchesFilters(event: ModelEvent, filters: Filters): boolean {
  if (filters.categories && !filters.categories.includes(event.record.category)) return false;
  if (filters.countries.length && !event.countries.some((c) => filters.countries.includes(c))) return false;
  return queryWords(filters.query).every((word) => event.searchText.includes(word));
}

let lastModel: Model | null = null;
let lastFilters: Filters | null = null;
let lastResult: ModelEvent[] = [];

/**
 * The events every view shows, in time order: the model's own array when nothing is filtered. Memoised on the model
 * and the filters object; computed with the model's filter index (a few ms for 100,000 events).
 */
export function selectFilteredEvents(state: Pick<AppState, 'model' | 'filters'>): ModelEvent[] {
  if (!state.model) return [];
  if (state.model === lastModel && state.filters === lastFilters) return lastResult;
  lastModel = state.model;
  lastFilters = state.filters;
  const { events } = state.model;
  lastResult = isFiltered(state.filters) ? filterWithIndex(getFilterIndex(state.model), events, state.filters) : events;
  return lastResult;
}

const NO_COUNTS: ReadonlyMap<string, number> = new Map();

/**
 * How many events of the whole dataset each category has, as the filters show beside their toggles: counted once
 * per model, with its columns (counting 100,000 events on every render of the filters took 30 ms a toggle).
 */
export function selectCategoryCounts(state: Pick<AppState, 'model'>): ReadonlyMap<string, number> {
  // One empty map, not a new one per call: a selector must return the same value for the same state.
  return state.model ? columnsOf(state.model.events).categoryCounts : NO_COUNTS;
}

let lastAll: ModelEvent[] | null = null;
let lastTimed: ModelEvent[] = [];

/** The filtered events that have a date, which the timeline and playback show. The same array when all do. */
export function selectTimedEvents(state: Pick<AppState, 'model' | 'filters'>): ModelEvent[] {
  const all = selectFilteredEvents(state);
  if (all === lastAll) return lastTimed;
  lastAll = all;
  // Events without a date sort last, so the dated ones are a prefix, found by halving (not a pass over 100,000).
  let [low, high] = [0, all.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (all[middle].timed) low = middle + 1;
    else high = middle;
  }
  lastTimed = low === all.length ? all : all.slice(0, low);
  samePositions(lastTimed, all);
  return lastTimed;
}

/**
 * Where `event` is in `events`, a list in the model's order (the filtered events, say): found by halving on `order`,
 * not by comparing ids one by one. -1 when it is not in the list.
 */
export function indexInOrder(events: readonly ModelEvent[], event: ModelEvent | null | undefined): number {
  if (!event) return -1;
  let [low, high] = [0, events.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (events[middle].order < event.order) low = middle + 1;
    else high = middle;
  }
  return events[low] === event ? low : -1;
}

export function selectSelectedEvent(state: Pick<AppState, 'model' | 'selectedId'>): ModelEvent | null {
  return (state.selectedId && state.model?.byId.get(state.selectedId)) || null;
}

/** The event before (-1) or after (+1) the selection in time order, among the filtered events. */
export function selectNeighbour(events: ModelEvent[], selectedId: string | null, direction: 1 | -1): ModelEvent | null {
  if (!events.length) return null;
  const index = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
  if (index === -1) return direction === 1 ? events[0] : events[events.length - 1];
  return events[index + direction] ?? null;
}

export function selectTimeWindow(state: Pick<AppState, 'model' | 'timeWindow'>): [number, number] {
  if (state.timeWindow) return state.timeWindow;
  return state.model ? paddedExtent(state.model.extent) : [0, 1];
}

/** The dataset's extent with a margin on each side, so marks at the ends are not cut off. */
export function paddedExtent([from, to]: [number, number]): [number, number] {
  const margin = Math.max((to - from) * 0.04, DAY_MS * 15);
  return [from - margin, to + margin];
}

export function isFiltered(filters: Filters): boolean {
  return filters.categories !== null || filters.countries.length > 0 || filters.query.trim() !== '';
}

const MIN_WINDOW_MS = DAY_MS * 3;

/**
 * A time window kept inside generous bounds around the dataset's extent (half its padded span beyond each end, at
 * most twice as wide) and no narrower than three days. A window that must grow grows around its middle.
 */
export function clampWindowToExtent([from, to]: [number, number], extent: [number, number]): [number, number] {
  const [minTime, maxTime] = paddedExtent(extent);
  const span = maxTime - minTime;
  let width = Math.max(MIN_WINDOW_MS, Math.min(to - from, span * 2));
  if (!Number.isFinite(width)) width = span;
  const lower = minTime - span / 2;
  const upper = maxTime + span / 2;
  const middle = (from + to) / 2;
  const start = Math.min(Math.max(middle - width / 2, lower), upper - width);
  return [start, start + width];
}

/** The view as a link carries it. */
export function selectLinkedView(state: AppState): LinkedView {
  const { selectedId, timeWindow, mapView, filters, tour, present, customTour } = state;
  return { selectedId, timeWindow, mapView, filters, tour, present, customTour };
}
