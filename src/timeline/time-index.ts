import { bisectLeft, bisectRight } from 'd3-array';
import type { ModelEvent } from '../data/model';
import { argsort } from '../data/argsort';
import { columnsOf, markTime, type EventColumns } from '../data/event-columns';
import { positionsIn } from '../data/search-index';

/**
 * Numeric times of a set of dated events, built once per filtered set so that a frame of zooming costs a few binary
 * searches rather than a pass over every event.
 */
export interface TimeIndex {
  /** The events, sorted by start (as the model sorts them). */
  events: readonly ModelEvent[];
  starts: Float64Array;
  /** Per event, in the same order. */
  ends: Float64Array;
  /** The ends again, sorted: how many events are over by an instant is one binary search. */
  sortedEnds: Float64Array;
  /** Per category id, the instants where its events' marks sit, sorted. */
  markTimes: ReadonlyMap<string, Float64Array>;
}

export { markTime };

/** The model's columns, with their positions sorted by mark time and by end. */
interface ModelTimes extends EventColumns {
  byMark: Uint32Array;
  byEnd: Uint32Array;
}

const modelTimesCache = new WeakMap<readonly ModelEvent[], ModelTimes>();

/** Built once per model: a new filter then only picks members, in typed-array loops, without sorting. */
function modelTimes(all: readonly ModelEvent[]): ModelTimes {
  let times = modelTimesCache.get(all);
  if (times) return times;
  const columns = columnsOf(all);
  times = { ...columns, byMark: argsort(columns.marks), byEnd: argsort(columns.ends) };
  modelTimesCache.set(all, times);
  return times;
}

/** Computes what the timeline needs of a model's events ahead of drawing it (see src/app/prepare-views.ts). */
export function prepareModelTimes(all: readonly ModelEvent[]) {
  modelTimes(all);
}

/**
 * The index of `events`, dated events of `all` (the model's events, whose `order` is their position there). The
 * sorting is done once for `all`; a subset picks its members out of it, so a change of filters costs O(n) in typed
 * arrays.
 */
export function createTimeIndex(events: readonly ModelEvent[], all: readonly ModelEvent[]): TimeIndex {
  const model = modelTimes(all);
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  const member = new Uint8Array(all.length);
  const counts = new Uint32Array(model.categories.length);
  const positions = positionsIn(events, all);
  events.forEach((event, i) => {
    const order = positions ? positions[i] : event.order;
    member[order] = 1;
    starts[i] = model.starts[order];
    ends[i] = model.ends[order];
    counts[model.slots[order]]++;
  });
  const times = Array.from(counts, (count) => new Float64Array(count));
  const filled = new Uint32Array(counts.length);
  for (const order of model.byMark) {
    if (!member[order]) continue;
    const slot = model.slots[order];
    times[slot][filled[slot]++] = model.marks[order];
  }
  const sortedEnds = new Float64Array(events.length);
  let next = 0;
  for (const order of model.byEnd) if (member[order]) sortedEnds[next++] = model.ends[order];
  const markTimes = new Map<string, Float64Array>();
  model.categories.forEach((id, slot) => {
    if (counts[slot]) markTimes.set(id, times[slot]);
  });
  return { events, starts, ends, sortedEnds, markTimes };
}

/** How many events overlap `[from, to)`: those begun before `to`, less those already over by `from`. O(log n). */
export function countInWindow(index: TimeIndex, [from, to]: [number, number]): number {
  return bisectLeft(index.starts, to) - bisectRight(index.sortedEnds, from);
}

/** The events that overlap `[from, to)`, in time order. O(events begun before `to`), typed arrays only. */
export function eventsInWindow(index: TimeIndex, [from, to]: [number, number]): ModelEvent[] {
  const begun = bisectLeft(index.starts, to);
  const result: ModelEvent[] = [];
  for (let i = 0; i < begun; i++) if (index.ends[i] > from) result.push(index.events[i]);
  return result;
}

/** How many marks sit in `[from, to)` (an event passing through without its mark is not counted). O(log n). */
export function countMarksInWindow(index: TimeIndex, [from, to]: [number, number]): number {
  let count = 0;
  for (const times of index.markTimes.values()) count += bisectLeft(times, to) - bisectLeft(times, from);
  return count;
}
