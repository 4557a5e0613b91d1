import type { BandFile, BandRef, Category, Dataset, EventRecord, Source } from './schema';
import type { Tour, TourFile } from './tour-schema';
import {
  endOf,
  formatPartialDate,
  parsePartialDate,
  precisionOf,
  startOf,
  type PartialDate,
  type Precision,
} from './dates';

/** An event ready for drawing: its record plus numeric times and lookups computed once. */
export interface ModelEvent {
  record: EventRecord;
  id: string;
  /** Position in time order, 0-based. */
  order: number;
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
  countries: string[];
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

export function formatDateRange(
  start: string,
  end?: string,
  rangeMeans: EventRecord['rangeMeans'] = 'duration',
): string {
  const from = formatPartialDate(mustParse(start));
  if (!end) return from;
  const to = formatPartialDate(mustParse(end));
  return rangeMeans === 'uncertainty' ? `some time between ${from} and ${to}` : `${from} – ${to}`;
}

function createModelEvent(record: EventRecord): Omit<ModelEvent, 'order'> {
  const start = mustParse(record.start);
  const end = record.end ? mustParse(record.end) : undefined;
  const countries = [...new Set(record.places.map((p) => p.country))];
  return {
    record,
    id: record.id,
    startMs: startOf(start),
    startEndMs: endOf(start),
    endMs: endOf(end ?? start),
    precision: precisionOf(start),
    isSpan: end !== undefined && record.rangeMeans !== 'uncertainty',
    dateLabel: formatDateRange(record.start, record.end, record.rangeMeans),
    countries,
    searchText: [record.title, record.summary, ...record.places.map((p) => p.name)].join(' ').toLowerCase(),
  };
}

export function compareEvents(a: Omit<ModelEvent, 'order'>, b: Omit<ModelEvent, 'order'>): number {
  return (
    a.startMs - b.startMs ||
    a.endMs - b.endMs ||
    a.record.title.localeCompare(b.record.title) ||
    a.id.localeCompare(b.id)
  );
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
        : Date.UTC(start.year + 1, start.month ? start.month - 1 : 0, start.day ?? 1),
      dateLabel: formatPartialDate(start),
      sources: entry.sources,
      note: entry.note,
    };
  });
  return { title: file.title, seriesLabel: series.label, country: series.country, levels: file.levels, periods, file };
}

/** Builds the immutable model the views draw from. The dataset must already be valid. */
export function createModel(dataset: Dataset, band?: BandFile, tours?: TourFile): Model {
  const events = dataset.events
    .map(createModelEvent)
    .sort(compareEvents)
    .map((e, order) => ({ ...e, order }));
  // A loop, not Math.min(...spread): spreading 100,000 arguments overflows the stack.
  let extent: [number, number] = events.length ? [Infinity, -Infinity] : [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  for (const event of events) {
    if (event.startMs < extent[0]) extent = [event.startMs, extent[1]];
    if (event.endMs > extent[1]) extent = [extent[0], event.endMs];
  }
  return {
    meta: dataset.meta,
    categories: dataset.categories,
    categoryById: new Map(dataset.categories.map((c) => [c.id, c])),
    sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    extent,
    countries: [...new Set(events.flatMap((e) => e.countries))].sort(),
    band: band && dataset.meta.band ? createBandModel(band, dataset.meta.band) : undefined,
    tours: tours?.tours ?? [],
  };
}
