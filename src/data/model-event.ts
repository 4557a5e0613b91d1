import type { EventRecord, LocatedPlace, Place } from './schema';
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

export function mustParse(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

/** What the list says of an event without a date. */
export const UNDATED_LABEL = 'date unknown';

export function formatRange(start: PartialDate | undefined, end?: PartialDate, rangeMeans?: EventRecord['rangeMeans']) {
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

const isLocated = (place: Place): place is LocatedPlace => place.lat !== undefined && place.lon !== undefined;

const NO_COUNTRIES: readonly string[] = [];
/** One list per country for the events in one country (most), shared: not 100,000 lists of one code. */
const oneCountry = new Map<string, readonly string[]>();

/** The distinct countries of the places, in order: written as loops, since this runs for every event at load. */
export function countriesOf(places: Place[]): readonly string[] {
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
export function locatedOf(places: Place[]): LocatedPlace[] {
  return places.every(isLocated) ? places : places.filter(isLocated);
}

export function searchTextOf(record: EventRecord): string {
  let text = `${record.title} ${record.summary}`;
  for (const place of record.places) text += ` ${place.name}`;
  return text.toLowerCase();
}

export function createModelEvent(record: EventRecord): ModelEvent {
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
