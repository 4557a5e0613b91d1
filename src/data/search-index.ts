import type { Model, ModelEvent } from './model';

/** What the filters ask for, as far as the index is concerned (the store's `Filters` fits). */
export interface FilterCriteria {
  /** Category ids shown; null means all. */
  categories: readonly string[] | null;
  /** Country codes shown; empty means all. */
  countries: readonly string[];
  query: string;
}

/**
 * Lookups over a model's events that make filtering 100,000 events a few typed-array passes. Free text is kept as
 * one lower-case corpus, one event's search text a line, so a word is found with `indexOf` over the whole corpus
 * (native string search, a few ms for 7 MB) with exactly the substring semantics of `String.includes`; a token index
 * would take ten times as long to build and could only match word prefixes.
 */
export interface FilterIndex {
  /** Per event (model order), the position of its category in `categoryIds`. */
  categoryOf: Uint16Array;
  categoryIds: string[];
  /** Country code -> positions of the events with a place in it, ascending. */
  byCountry: ReadonlyMap<string, Uint32Array>;
  /** Every event's search text, joined by newlines. */
  corpus: string;
  /** Where each event's text starts in `corpus`, and one more entry for the end. */
  offsets: Uint32Array;
}

/** The words of a query, lower-case: an event must contain every one of them. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** How many events one step of building an index takes: about 20 ms at 100,000 events. */
const STEP = 20_000;

/** An index built a step at a time: `step()` does the next events, and is done once it returns the index. */
function indexBuilder(events: readonly ModelEvent[], size = STEP) {
  const categoryIds: string[] = [];
  const categoryPosition = new Map<string, number>();
  const categoryOf = new Uint16Array(events.length);
  const countries = new Map<string, number[]>();
  const offsets = new Uint32Array(events.length + 1);
  // The corpus in parts, one per step, joined at the end.
  const parts: string[] = [];
  let offset = 0;
  let next = 0;
  return function step(): FilterIndex | null {
    const end = Math.min(events.length, next + size);
    for (let i = next; i < end; i++) {
      const event = events[i];
      const category = event.record.category;
      let position = categoryPosition.get(category);
      if (position === undefined) {
        position = categoryIds.push(category) - 1;
        categoryPosition.set(category, position);
      }
      categoryOf[i] = position;
      for (const code of event.countries) {
        const list = countries.get(code);
        if (list) list.push(i);
        else countries.set(code, [i]);
      }
      offsets[i] = offset;
      offset += event.searchText.length + 1;
    }
    if (end > next)
      parts.push(
        events
          .slice(next, end)
          .map((e) => e.searchText)
          .join('\n'),
      );
    next = end;
    if (next < events.length) return null;
    offsets[events.length] = offset;
    return {
      categoryOf,
      categoryIds,
      byCountry: new Map([...countries].map(([code, list]) => [code, Uint32Array.from(list)])),
      // Words never hold whitespace, so a match can never run across the newline into the next event.
      corpus: parts.join('\n'),
      offsets,
    };
  };
}

export function createFilterIndex(events: readonly ModelEvent[]): FilterIndex {
  const step = indexBuilder(events);
  let index = step();
  while (!index) index = step();
  return index;
}

/** By the events array, which a model made early keeps when its band and tours are added (see load.ts). */
const cache = new WeakMap<readonly ModelEvent[], FilterIndex>();

/** The index of a model, built the first time it is asked for (the model is immutable, so once). */
export function getFilterIndex(model: Pick<Model, 'events'>): FilterIndex {
  let index = cache.get(model.events);
  if (!index) {
    index = createFilterIndex(model.events);
    cache.set(model.events, index);
  }
  return index;
}

/**
 * Builds a model's index ahead of the first search, `size` events per task (a step takes about 20 ms, so no task is
 * long), unless it is asked for meanwhile. Returns a function that stops it.
 */
export function prepareFilterIndex(model: Pick<Model, 'events'>, size = STEP): () => void {
  const step = indexBuilder(model.events, size);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (cache.has(model.events)) return;
    const index = step();
    if (index) cache.set(model.events, index);
    else timer = setTimeout(run, 0);
  };
  timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

/** The event whose text holds corpus position `at`, searching from event `from` on. */
function eventAt(offsets: Uint32Array, at: number, from: number): number {
  let lo = from;
  let hi = offsets.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid] <= at) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Counts, per event, the words it contains: `matched[i]` ends as `words.length` for the events holding every word.
 * Each word is one pass over the corpus that jumps to the next event after a hit, so a word costs at most one
 * `indexOf` per event.
 */
function matchWords(index: FilterIndex, words: string[], matched: Uint32Array) {
  const { corpus, offsets } = index;
  words.forEach((word, k) => {
    let event = 0;
    let at = corpus.indexOf(word);
    while (at !== -1) {
      event = eventAt(offsets, at, event);
      if (matched[event] === k) matched[event] = k + 1;
      at = corpus.indexOf(word, offsets[event + 1]);
    }
  });
}

/** The events (of those the index was built from, in their order) that pass the criteria. */
export function filterWithIndex<T>(index: FilterIndex, events: readonly T[], criteria: FilterCriteria): T[] {
  const n = events.length;
  let categoryShown: Uint8Array | null = null;
  if (criteria.categories) {
    categoryShown = new Uint8Array(index.categoryIds.length);
    index.categoryIds.forEach((id, i) => (categoryShown![i] = Number(criteria.categories!.includes(id))));
  }
  let countryShown: Uint8Array | null = null;
  if (criteria.countries.length) {
    countryShown = new Uint8Array(n);
    for (const code of criteria.countries) for (const i of index.byCountry.get(code) ?? []) countryShown[i] = 1;
  }
  const words = queryWords(criteria.query);
  const matched = new Uint32Array(words.length ? n : 0);
  matchWords(index, words, matched);

  const result: T[] = [];
  const positions = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (categoryShown && !categoryShown[index.categoryOf[i]]) continue;
    if (countryShown && !countryShown[i]) continue;
    if (words.length && matched[i] !== words.length) continue;
    positions[result.length] = i;
    result.push(events[i]);
  }
  madeFrom.set(result, { source: events, positions: positions.subarray(0, result.length) });
  return result;
}

/**
 * Lists made by filterWithIndex (and their prefixes), with the position in the source list of each item: a view of
 * 100,000 events reads these rather than each event's `order`, which is a read of an object scattered in memory.
 */
const madeFrom = new WeakMap<readonly unknown[], { source: readonly unknown[]; positions: Uint32Array }>();
const identities = new WeakMap<readonly unknown[], Uint32Array>();

/**
 * Each item's position in `source`, when `list` is `source` itself or was made from it by filterWithIndex (or is a
 * prefix of such a list, see `samePositions`); null for any other list.
 */
export function positionsIn(list: readonly unknown[], source: readonly unknown[]): Uint32Array | null {
  if (list === source) {
    let identity = identities.get(source);
    if (!identity) identities.set(source, (identity = Uint32Array.from(source, (_, i) => i)));
    return identity;
  }
  const made = madeFrom.get(list);
  return made?.source === source ? made.positions : null;
}

/**
 * Tells that `prefix` is the first items of `list` (a list made by filterWithIndex, or a source), so that it has the
 * same positions in their source.
 */
export function samePositions(prefix: readonly unknown[], list: readonly unknown[]) {
  if (prefix === list) return;
  const made = madeFrom.get(list) ?? { source: list, positions: positionsIn(list, list)! };
  madeFrom.set(prefix, { source: made.source, positions: made.positions.subarray(0, prefix.length) });
}
