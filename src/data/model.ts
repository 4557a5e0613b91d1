import type { BandFile, BandRef, Category, Dataset, LocatedPlace, Source } from './schema';
import type { Tour, TourFile } from './tour-schema';
import { argsort } from './argsort';
import { columnsBuilder, keepColumns } from './event-columns';
import { endOf, formatPartialDate, precisionOf, startOf, utc } from './dates';
import { createModelEvent, mustParse, type ModelEvent } from './model-event';

export { formatDateRange, UNDATED_LABEL, type ModelEvent } from './model-event';

export interface BandPeriod {
  label: string;
  level: string;
  levelLabel: string;
  color: string;
  startMs: number;
  /** Until this instant the start is uncertain (a date known only to the year or month). */
  certainFromMs: number;
  endMs: number;
  dateLabel: string;
  sources: string[];
  note?: string;
}

export interface BandModel {
  title: string;
  seriesLabel: string;
  country: string;
  levels: BandFile['levels'];
  periods: BandPeriod[];
  file: BandFile;
}

export interface Model {
  meta: Dataset['meta'];
  categories: Category[];
  categoryById: ReadonlyMap<string, Category>;
  sourceById: ReadonlyMap<string, Source>;
  /** Events sorted by start, then end, then title. */
  events: ModelEvent[];
  byId: ReadonlyMap<string, ModelEvent>;
  /** [earliest start, latest end] in UTC ms. */
  extent: [number, number];
  /** Country codes that occur in the events, sorted. */
  countries: string[];
  band?: BandModel;
  /** Guided tours through the events, in the order the tours file gives. */
  tours: Tour[];
}

/** A journey's origin and destination, when both have coordinates. */
export function journeyEnds(event: Pick<ModelEvent, 'located'>): [LocatedPlace, LocatedPlace] | undefined {
  const origin = event.located.find((p) => p.role === 'origin');
  const destination = event.located.find((p) => p.role === 'destination');
  return origin && destination ? [origin, destination] : undefined;
}

/** Why an event is missing from the timeline or the map, in words for the list; undefined when it is on both. */
export function absenceNote(event: Pick<ModelEvent, 'timed' | 'located' | 'record'>): string | undefined {
  const mapped = event.located.length > 0;
  const noPlace = event.record.places.length === 0 ? 'no place' : 'no coordinates';
  if (!event.timed && !mapped) return `Not on the timeline or the map: it has no date and ${noPlace}.`;
  if (!event.timed) return 'Not on the timeline: it has no date.';
  if (!mapped) return `Not on the map: it has ${noPlace}.`;
  return undefined;
}

export function compareEvents(a: Omit<ModelEvent, 'order'>, b: Omit<ModelEvent, 'order'>): number {
  if (a.timed !== b.timed) return a.timed ? -1 : 1;
  return (
    (a.timed ? a.startMs - b.startMs : 0) ||
    (a.timed ? a.endMs - b.endMs : 0) ||
    a.record.title.localeCompare(b.record.title) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * `events` in the order of `compareEvents`: sorted by their times with a radix sort, then each run of events with the
 * same start and end (a few at a time) by title and id. Sorting 100,000 events with `compareEvents` alone took 140 ms,
 * most of it calls of the comparison and reads of scattered event objects; this takes about 40.
 */
function sortEvents(events: ModelEvent[]): ModelEvent[] {
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  events.forEach((event, i) => {
    // Undated events come last, all at once: compareEvents orders them by title and id alone.
    starts[i] = event.timed ? event.startMs : Infinity;
    ends[i] = event.timed ? event.endMs : Infinity;
  });
  const order = argsort(starts, argsort(ends));
  const sorted: ModelEvent[] = new Array(n);
  for (let from = 0, to = 1; from < n; from = to, to = from + 1) {
    const first = order[from];
    while (to < n && starts[order[to]] === starts[first] && ends[order[to]] === ends[first]) to++;
    if (to - from === 1) {
      sorted[from] = events[first];
      continue;
    }
    const run = Array.from(order.subarray(from, to), (i) => events[i]).sort(compareEvents);
    run.forEach((event, k) => (sorted[from + k] = event));
  }
  return sorted;
}

export function createBandModel(file: BandFile, ref: BandRef): BandModel | undefined {
  const series = file.series.find((s) => s.id === ref.series);
  if (!series) return undefined;
  const levelById = new Map(file.levels.map((l) => [l.id, l]));
  const periods = series.entries.map((entry, i): BandPeriod => {
    const start = mustParse(entry.start);
    const next = series.entries[i + 1];
    const startMs = startOf(start);
    const level = levelById.get(entry.level)!;
    return {
      label: entry.label,
      level: entry.level,
      levelLabel: level.label,
      color: level.color,
      startMs,
      certainFromMs: precisionOf(start) === 'day' ? startMs : endOf(start),
      endMs: next
        ? startOf(mustParse(next.start))
        : utc(start.year + 1, start.month ? start.month - 1 : 0, start.day ?? 1),
      dateLabel: formatPartialDate(start),
      sources: entry.sources,
      note: entry.note,
    };
  });
  return { title: file.title, seriesLabel: series.label, country: series.country, levels: file.levels, periods, file };
}

/** Builds the immutable model the views draw from. The dataset must already be valid. */
export function createModel(dataset: Dataset, band?: BandFile, tours?: TourFile): Model {
  return modelOfEvents(dataset, dataset.events.map(createModelEvent), band, tours);
}

/** The model of `dataset` whose events, made of its records in their order, are `made` (see model-in-steps.ts). */
export function modelOfEvents(dataset: Dataset, made: ModelEvent[], band?: BandFile, tours?: TourFile): Model {
  const events = sortEvents(made);
  // One pass for what is gathered from every event (the mapped and spread arrays it replaced made 200,000 more
  // objects at 100,000 events), the views' columns included. Numbered in place: copying the events to add their
  // order doubled the garbage.
  const byId = new Map<string, ModelEvent>();
  const countries = new Set<string>();
  const columns = columnsBuilder(events.length);
  let [earliest, latest] = [Infinity, -Infinity];
  events.forEach((event, order) => {
    event.order = order;
    columns.add(event, order);
    byId.set(event.id, event);
    for (const country of event.countries) countries.add(country);
    if (!event.timed) return;
    if (event.startMs < earliest) earliest = event.startMs;
    if (event.endMs > latest) latest = event.endMs;
  });
  keepColumns(events, columns.done());
  return {
    meta: dataset.meta,
    categories: dataset.categories,
    categoryById: new Map(dataset.categories.map((c) => [c.id, c])),
    sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
    events,
    byId,
    extent: earliest <= latest ? [earliest, latest] : [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)],
    countries: [...countries].sort(),
    ...bandAndTours(dataset, band, tours),
  };
}

function bandAndTours(dataset: Dataset, band?: BandFile, tours?: TourFile): Pick<Model, 'band' | 'tours'> {
  return {
    band: band && dataset.meta.band ? createBandModel(band, dataset.meta.band) : undefined,
    tours: tours?.tours ?? [],
  };
}

/** The model of `dataset`'s events with the band and tours that came with it (loaded after the events). */
export function withBandAndTours(model: Model, dataset: Dataset, band?: BandFile, tours?: TourFile): Model {
  return { ...model, ...bandAndTours(dataset, band, tours) };
}
