import type { BandFile, BandRef, Category, Dataset, EventRecord, LocatedPlace, Place, Source } from './schema';
import type { Tour, TourFile } from './tour-schema';
import { argsort } from './argsort';
import { columnsBuilder, keepColumns } from './event-columns';
import {
  endOf,
  formatPartialDate,
  parsePartialDate,
  precisionOf,
  startOf,
  utc,
  type PartialDate,
  type Precision,
} from './dates';

/** An event ready for drawing: its record plus numeric times and lookups computed once. */
export interface ModelEvent {
  record: EventRecord;
  id: string;
  /** Position in time order, 0-based; events without a date come last. */
  order: number;
  /** Whether the event has a date and so a place on the timeline. Without one, the times below are NaN. */
  timed: boolean;
  /** The places that have coordinates, which the map draws. */
  located: LocatedPlace[];
  /** First instant the start date can mean (UTC ms). */
  startMs: number;
  /** Just after the last instant the event can cover (UTC ms). */
  endMs: number;
  /** Just after the last instant the start date can mean: `startMs..startEndMs` is the uncertainty of the start. */
  startEndMs: number;
  precision: Precision;
  /** A bar from start to end; false for points and for events known only to lie somewhere in a window. */
  isSpan: boolean;
  dateLabel: string;
  /** Shared between events (see countriesOf): never to be changed. */
  countries: readonly string[];
  /** Lower-case text that free-text search looks in. */
  searchText: string;
}

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

function mustParse(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

/** What the list says of an event without a date. */
export const UNDATED_LABEL = 'date unknown';

function formatRange(start: PartialDate | undefined, end?: PartialDate, rangeMeans?: EventRecord['rangeMeans']) {
  if (start === undefined) return UNDATED_LABEL;
  const from = formatPartialDate(start);
  if (!end) return from;
  const to = formatPartialDate(end);
  return rangeMeans === 'uncertainty' ? `some time between ${from} and ${to}` : `${from} – ${to}`;
}

export function formatDateRange(
  start: string | undefined,
  end?: string,
  rangeMeans: EventRecord['rangeMeans'] = 'duration',
): string {
  return formatRange(start === undefined ? undefined : mustParse(start), end ? mustParse(end) : undefined, rangeMeans);
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

const isLocated = (place: Place): place is LocatedPlace => place.lat !== undefined && place.lon !== undefined;

const NO_COUNTRIES: readonly string[] = [];
/** One list per country for the events in one country (most), shared: not 100,000 lists of one code. */
const oneCountry = new Map<string, readonly string[]>();

/** The distinct countries of the places, in order: written as loops, since this runs for every event at load. */
function countriesOf(places: Place[]): readonly string[] {
  if (places.length === 1) {
    const country = places[0].country;
    if (!country) return NO_COUNTRIES;
    let list = oneCountry.get(country);
    if (!list) oneCountry.set(country, (list = [country]));
    return list;
  }
  const countries: string[] = [];
  for (const { country } of places) if (country && !countries.includes(country)) countries.push(country);
  return countries;
}

/** The places with coordinates: the places themselves when all have them (most events), not a copy. */
function locatedOf(places: Place[]): LocatedPlace[] {
  return places.every(isLocated) ? places : places.filter(isLocated);
}

function searchTextOf(record: EventRecord): string {
  let text = `${record.title} ${record.summary}`;
  for (const place of record.places) text += ` ${place.name}`;
  return text.toLowerCase();
}

function createModelEvent(record: EventRecord): ModelEvent {
  const start = record.start === undefined ? undefined : mustParse(record.start);
  const end = record.end ? mustParse(record.end) : undefined;
  return {
    record,
    id: record.id,
    order: -1,
    timed: start !== undefined,
    located: locatedOf(record.places),
    startMs: start ? startOf(start) : NaN,
    startEndMs: start ? endOf(start) : NaN,
    endMs: start ? endOf(end ?? start) : NaN,
    precision: start ? precisionOf(start) : 'year',
    isSpan: end !== undefined && record.rangeMeans !== 'uncertainty',
    dateLabel: formatRange(start, end, record.rangeMeans),
    countries: countriesOf(record.places),
    searchText: searchTextOf(record),
  };
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
  const events = sortEvents(dataset.events.map(createModelEvent));
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
