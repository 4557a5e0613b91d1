import type { Model, ModelEvent } from '../data/model';
import type { Tour } from '../data/tour-schema';
import type { Filters } from '../state/store';
import { countryName } from '../ui/countries';

/** One entry of the handout: an event, and the teacher's note when it is a tour stop. */
export interface HandoutEntry {
  event: ModelEvent;
  note?: string;
}

/** What the handout prints: a heading, a few lines saying what it covers, and the entries in order. */
export interface Handout {
  heading: string;
  lines: string[];
  entries: HandoutEntry[];
}

/** "a", "a and b", "a, b and c" (or "or"). */
export function joinWords(words: string[], last: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

/** The active filters in words, one phrase per kind of filter; empty when nothing is filtered. */
export function describeFilters(filters: Filters, model: Model): string[] {
  const phrases: string[] = [];
  if (filters.categories) {
    const labels = model.categories.filter((c) => filters.categories!.includes(c.id)).map((c) => c.label);
    phrases.push(labels.length ? `in the categories ${joinWords(labels)}` : 'in no category');
  }
  if (filters.countries.length) {
    phrases.push(`at places in ${joinWords(filters.countries.map(countryName), 'or')}`);
  }
  const words = filters.query.trim();
  if (words) phrases.push(`matching the words “${words}”`);
  return phrases;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The handout of a tour: its stops in tour order, with their notes; stops whose event is missing are left out. */
export function createTourHandout(model: Model, tour: Tour): Handout {
  const entries = tour.stops.flatMap((stop): HandoutEntry[] => {
    const event = model.byId.get(stop.event);
    return event ? [{ event, note: stop.note }] : [];
  });
  return {
    heading: `Tour: ${tour.title}`,
    lines: [tour.description, `${plural(entries.length, 'stop', 'stops')}, in the order of the tour.`],
    entries,
  };
}

/** The handout of the filtered events, in time order, saying which filters chose them. */
export function createChronologyHandout(
  model: Model,
  filters: Filters,
  events: ModelEvent[],
  make: 'with entries' | 'heading only' = 'with entries',
): Handout {
  const phrases = describeFilters(filters, model);
  const heading = `Chronology of ${plural(events.length, 'event', 'events')}`;
  const scope = phrases.length
    ? `Of the dataset's ${model.events.length} events, those ${phrases.join('; ')}.`
    : `All the events of the dataset, in time order.`;
  const entries = make === 'with entries' ? events.map((event) => ({ event })) : [];
  return { heading, lines: [model.meta.description, scope], entries };
}
