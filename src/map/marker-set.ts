import type { Model, ModelEvent } from '../data/model';
import { indexInOrder } from '../state/selectors';
import { positionsIn } from '../data/search-index';

/**
 * The markers of a list of events in flat arrays, with no object per marker, and the box around all their places:
 * what decides on clustering, what the cluster index takes, and what the map fits. Journeys are marked at their origin.
 */
export interface MarkerSet {
  /** In time order (the model's order), as the selectors give them. */
  events: readonly ModelEvent[];
  count: number;
  /** Longitude, latitude pairs, one per marker. */
  points: Float64Array;
  /** The index in `events` of each marker's event. */
  eventOf: Int32Array;
  /** The markers of `events[i]` are `firstMarker[i]` to `firstMarker[i + 1] - 1`. */
  firstMarker: Int32Array;
  /** [south, west, north, east] around every located place, journeys' destinations too; null when none is located. */
  extent: [number, number, number, number] | null;
}

/** A walk over all of a model's events, in its order: `order` indexes it. */
interface Table {
  events: readonly ModelEvent[];
  set: MarkerSet;
  /** Each event's own [south, west, north, east], NaN when it has no located place. */
  boxes: Float64Array;
}

/**
 * Reads every place of every event. At 100,000 events that is a pointer chase through 300,000 objects, tens of
 * milliseconds, so it runs once per dataset: later lists of the same model are copied from the table it leaves.
 */
function walk(events: readonly ModelEvent[]): Table & { fromTheStart: boolean } {
  let points = new Float64Array(events.length * 2 + 16);
  let eventOf = new Int32Array(events.length + 8);
  const firstMarker = new Int32Array(events.length + 1);
  const boxes = new Float64Array(events.length * 4).fill(NaN);
  let count = 0;
  let fromTheStart = true;
  for (let i = 0; i < events.length; i++) {
    const { located, order } = events[i];
    fromTheStart &&= order === i;
    firstMarker[i] = count;
    let origin = -1;
    for (let p = 0; p < located.length; p++) {
      const { lat, lon, role } = located[p];
      if (!(lat >= boxes[4 * i])) boxes[4 * i] = lat;
      if (!(lon >= boxes[4 * i + 1])) boxes[4 * i + 1] = lon;
      if (!(lat <= boxes[4 * i + 2])) boxes[4 * i + 2] = lat;
      if (!(lon <= boxes[4 * i + 3])) boxes[4 * i + 3] = lon;
      if (role === 'origin' && origin === -1) origin = p;
    }
    for (let p = 0; p < located.length; p++) {
      if (origin !== -1 && p !== origin) continue;
      if (count === eventOf.length) {
        // More markers than events so far: make room.
        const morePoints = new Float64Array(points.length * 2);
        morePoints.set(points);
        points = morePoints;
        const moreEvents = new Int32Array(eventOf.length * 2);
        moreEvents.set(eventOf);
        eventOf = moreEvents;
      }
      points[2 * count] = located[p].lon;
      points[2 * count + 1] = located[p].lat;
      eventOf[count++] = i;
    }
  }
  firstMarker[events.length] = count;
  const set = {
    events,
    count,
    points: points.slice(0, count * 2),
    eventOf: eventOf.slice(0, count),
    firstMarker,
    extent: extentOf(boxes, events.length, null),
  };
  return { events, set, boxes, fromTheStart };
}

/** The box around the boxes of rows `rows[i]` (or `i` when there are no rows) for i below `length`. */
function extentOf(boxes: Float64Array, length: number, rows: Int32Array | null): MarkerSet['extent'] {
  let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < length; i++) {
    const at = 4 * (rows ? rows[i] : i);
    // NaN (no located place) fails every comparison.
    if (boxes[at] < south) south = boxes[at];
    if (boxes[at + 1] < west) west = boxes[at + 1];
    if (boxes[at + 2] > north) north = boxes[at + 2];
    if (boxes[at + 3] > east) east = boxes[at + 3];
  }
  return south <= north ? [south, west, north, east] : null;
}

/** A list of the table's model, copied from the table: one read of each event's `order`, the rest typed arrays. */
function copyFromTable(events: readonly ModelEvent[], table: Table): MarkerSet {
  const { firstMarker: from, points: fromPoints } = table.set;
  const orders = new Int32Array(events.length);
  const firstMarker = new Int32Array(events.length + 1);
  const positions = positionsIn(events, table.events);
  let count = 0;
  for (let i = 0; i < events.length; i++) {
    const order = positions ? positions[i] : events[i].order;
    orders[i] = order;
    firstMarker[i] = count;
    count += from[order + 1] - from[order];
  }
  firstMarker[events.length] = count;
  const points = new Float64Array(count * 2);
  const eventOf = new Int32Array(count);
  for (let i = 0; i < events.length; i++) {
    for (let m = from[orders[i]], to = firstMarker[i]; m < from[orders[i] + 1]; m++, to++) {
      points[2 * to] = fromPoints[2 * m];
      points[2 * to + 1] = fromPoints[2 * m + 1];
      eventOf[to] = i;
    }
  }
  return {
    events,
    count,
    points,
    eventOf,
    firstMarker,
    extent: extentOf(table.boxes, events.length, orders),
  };
}

let table: Table | null = null;
const sets = new WeakMap<readonly ModelEvent[], MarkerSet>();

/** True when `events` (in the model's order) are all in the table: the first and the last are where their order says. */
function covers(candidate: Table | null, events: readonly ModelEvent[]): boolean {
  const [first, last] = [events[0], events[events.length - 1]];
  return !!candidate && !!first && candidate.events[first.order] === first && candidate.events[last.order] === last;
}

/**
 * The marker set of `events`, made once per array (the selectors keep the same array while the filters stay). The
 * first walk over a model's events from its first (given `model`, all of them) leaves a table, and every later list
 * of that model is copied from it.
 */
export function markerSetOf(events: readonly ModelEvent[], model?: Pick<Model, 'events'>): MarkerSet {
  let set = sets.get(events);
  if (set) return set;
  if (model && !covers(table, model.events)) table = walk(model.events);
  if (covers(table, events)) {
    set = copyFromTable(events, table!);
  } else {
    const walked = walk(events);
    if (walked.fromTheStart && walked.events.length > (table?.events.length ?? 0)) table = walked;
    set = walked.set;
  }
  sets.set(events, set);
  return set;
}

/** The marker indexes of an event in the set (none when it is not in it), found by its place in time order. */
export function markersOf(set: MarkerSet, event: ModelEvent | undefined): number[] {
  const low = indexInOrder(set.events, event);
  if (low < 0) return [];
  const markers: number[] = [];
  for (let m = set.firstMarker[low]; m < set.firstMarker[low + 1]; m++) markers.push(m);
  return markers;
}
