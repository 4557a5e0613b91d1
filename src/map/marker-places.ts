import type { ModelEvent } from '../data/model';
import type { Category, LocatedPlace } from '../data/schema';
import type { MarkerInfo } from './cluster-draw';

/**
 * Above this many markers the map clusters them on a canvas instead of giving each its own DOM marker. A DOM marker
 * costs a few elements, a compositing layer and a pass of spreadOverlapping (quadratic in the markers that overlap):
 * at 1,000 they draw in well under 100 ms and stay individually labelled for assistive technology; at 10,000 one
 * setView took 44 s (TOOLCHAIN.md). Decided on the filtered events, not the playhead, so playback never switches.
 */
export const CLUSTER_THRESHOLD = 1000;

/** Where an event is marked: journeys at their origin (the arc shows the rest), other events at each place. */
export function markerPlaces(event: Pick<ModelEvent, 'located'>): LocatedPlace[] {
  const origin = event.located.find((p) => p.role === 'origin');
  return origin ? [origin] : event.located;
}

const counts = new WeakMap<readonly ModelEvent[], number>();

/** How many markers `events` put on the map; memoised on the array, which the selectors keep while filters stay. */
export function countMarkers(events: readonly ModelEvent[]): number {
  let count = counts.get(events);
  if (count === undefined) {
    count = 0;
    for (const event of events) count += markerPlaces(event).length;
    counts.set(events, count);
  }
  return count;
}

/** True when `events` are too many for one DOM marker each. */
export function needsClustering(events: readonly ModelEvent[]): boolean {
  return countMarkers(events) > CLUSTER_THRESHOLD;
}

/** The markers of a set of events, as the cluster index takes them and the canvas draws them. */
export interface MarkerSet {
  list: MarkerInfo[];
  /** Longitude, latitude pairs in the order of `list`: cheap to copy to a worker. */
  points: Float64Array;
  /** Each event's marker indexes in `list`. */
  byEvent: ReadonlyMap<string, number[]>;
}

export function createMarkerSet(events: readonly ModelEvent[], categoryById: ReadonlyMap<string, Category>): MarkerSet {
  const list: MarkerInfo[] = [];
  const byEvent = new Map<string, number[]>();
  for (const event of events) {
    const category = categoryById.get(event.record.category)!;
    const indexes: number[] = [];
    for (const place of markerPlaces(event)) {
      indexes.push(list.length);
      list.push({ eventId: event.id, lat: place.lat, lon: place.lon, category });
    }
    if (indexes.length) byEvent.set(event.id, indexes);
  }
  const points = new Float64Array(list.length * 2);
  list.forEach((marker, i) => {
    points[2 * i] = marker.lon;
    points[2 * i + 1] = marker.lat;
  });
  return { list, points, byEvent };
}
