import type { ModelEvent } from './model-event';

/**
 * What the views read of every event of a model, as typed arrays by the event's position (`order`): the timeline's
 * times and the filters' category counts. Made in the same pass over the sorted events that numbers them (see
 * createModel), while each event is at hand: a pass of its own over 100,000 events scattered in memory took 30 to
 * 60 ms each, and when the dataset's checks ended first they were made while the page waited to be drawn.
 */
export interface EventColumns {
  /** Undated events (last in the model) have Infinity, so they sort after every dated one. */
  starts: Float64Array;
  ends: Float64Array;
  /** Where each event's mark sits (see `markTime`). */
  marks: Float64Array;
  /** Per event, its category's place in `categories`, which lists them in the order they first occur. */
  slots: Uint16Array;
  categories: string[];
  /** How many events each category has, in the same order. */
  categoryCounts: ReadonlyMap<string, number>;
}

/**
 * Where an event's mark sits in time: a span's at its start, anything else's in the middle of what its date can mean
 * (a year-only event in the middle of its year), as the timeline draws them.
 */
export function markTime(event: ModelEvent): number {
  return event.isSpan ? event.startMs : (event.startMs + event.endMs) / 2;
}

/** Takes the events in order, one at a time, then gives the columns. */
export function columnsBuilder(count: number) {
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const marks = new Float64Array(count);
  const slots = new Uint16Array(count);
  const slotOf = new Map<string, number>();
  const categories: string[] = [];
  const tally: number[] = [];
  return {
    add(event: ModelEvent, i: number) {
      starts[i] = event.timed ? event.startMs : Infinity;
      ends[i] = event.timed ? event.endMs : Infinity;
      marks[i] = event.timed ? markTime(event) : Infinity;
      const category = event.record.category;
      let slot = slotOf.get(category);
      if (slot === undefined) {
        slot = categories.push(category) - 1;
        slotOf.set(category, slot);
        tally.push(0);
      }
      slots[i] = slot;
      tally[slot]++;
    },
    done(): EventColumns {
      const categoryCounts = new Map(categories.map((category, slot) => [category, tally[slot]]));
      return { starts, ends, marks, slots, categories, categoryCounts };
    },
  };
}

/** By the events array, which a model made early keeps when its band and tours are added (see load.ts). */
const made = new WeakMap<readonly ModelEvent[], EventColumns>();

/** Keeps the columns made for `events` while they were numbered. */
export function keepColumns(events: readonly ModelEvent[], columns: EventColumns) {
  made.set(events, columns);
}

/** The columns of a model's events (in their order), made the first time they are asked for if not kept already. */
export function columnsOf(events: readonly ModelEvent[]): EventColumns {
  let columns = made.get(events);
  if (!columns) {
    const builder = columnsBuilder(events.length);
    events.forEach((event, i) => builder.add(event, i));
    columns = builder.done();
    made.set(events, columns);
  }
  return columns;
}
