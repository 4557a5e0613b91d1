import { bisectLeft, bisectRight } from 'd3-array';
import type { ModelEvent } from '../data/model';

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

/**
 * Where an event's mark sits in time: a span's at its start, anything else's in the middle of what its date can mean
 * (a year-only event in the middle of its year), as the layout draws them.
 */
export function markTime(event: ModelEvent): number {
  return event.isSpan ? event.startMs : (event.startMs + event.endMs) / 2;
}

/** Positions (`order`) of all the model's events by mark time and by end: sorted once per model, not per filter. */
interface TimeOrders {
  byMark: Uint32Array;
  byEnd: Uint32Array;
}

const ordersCache = new WeakMap<readonly ModelEvent[], TimeOrders>();

function timeOrders(all: readonly ModelEvent[]): TimeOrders {
  let orders = ordersCache.get(all);
  if (!orders) {
    const marks = Float64Array.from(all, (e) => (e.timed ? markTime(e) : Infinity));
    const ends = Float64Array.from(all, (e) => (e.timed ? e.endMs : Infinity));
    const positions = () => Uint32Array.from(all, (_, i) => i);
    orders = {
      byMark: positions().sort((a, b) => marks[a] - marks[b]),
      byEnd: positions().sort((a, b) => ends[a] - ends[b]),
    };
    ordersCache.set(all, orders);
  }
  return orders;
}

/**
 * The index of `events`, a subset of `all` (the model's events, whose `order` is their position there). The sorting
 * is done once for `all`; a subset only picks its members out of those orders, so a new filter costs O(n).
 */
export function createTimeIndex(events: readonly ModelEvent[], all: readonly ModelEvent[]): TimeIndex {
  const starts = Float64Array.from(events, (e) => e.startMs);
  const ends = Float64Array.from(events, (e) => e.endMs);
  const member = new Uint8Array(all.length);
  const counts = new Map<string, number>();
  for (const e of events) {
    member[e.order] = 1;
    counts.set(e.record.category, (counts.get(e.record.category) ?? 0) + 1);
  }
  const orders = timeOrders(all);
  const filled = new Map([...counts].map(([id, count]) => [id, { times: new Float64Array(count), next: 0 }]));
  for (const order of orders.byMark) {
    if (!member[order]) continue;
    const slot = filled.get(all[order].record.category)!;
    slot.times[slot.next++] = markTime(all[order]);
  }
  const sortedEnds = new Float64Array(events.length);
  let next = 0;
  for (const order of orders.byEnd) if (member[order]) sortedEnds[next++] = all[order].endMs;
  const markTimes = new Map([...filled].map(([id, slot]) => [id, slot.times]));
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
