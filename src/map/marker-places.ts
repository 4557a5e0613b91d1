import type { Model, ModelEvent } from '../data/model';
import { markerSetOf } from './marker-set';
import type { LocatedPlace } from '../data/schema';

/**
 * Above this many markers the map clusters them on a canvas instead of giving each its own DOM marker. Leaflet places
 * each DOM marker with a 3D transform, so each is a compositing layer that every frame of the page pays for, and a
 * filter change re-creates them all: measured with `npm run bench` (Chromium, 2 cores), toggling a category took a
 * median 128 ms with 250 DOM markers, 324 ms with 500 and 656 ms with 1,000, against 49 and 90 ms on the canvas. At
 * 200, a search that left 1,000 events at about 160 still took 90 to 177 ms (the map's DOM markers, the timeline's
 * marks and the list's rows all made at once); at 100, 55 to 109 ms. Below it they keep what only they have: a label
 * each and overlaps spread apart. Decided on the filtered events, not the playhead, so playback never switches.
 */
export const CLUSTER_THRESHOLD = 100;

/** Where an event is marked: journeys at their origin (the arc shows the rest), other events at each place. */
export function markerPlaces(event: Pick<ModelEvent, 'located'>): LocatedPlace[] {
  const origin = event.located.find((p) => p.role === 'origin');
  return origin ? [origin] : event.located;
}

/** How many markers `events` put on the map (see `markerSetOf`). */
export function countMarkers(events: readonly ModelEvent[], model?: Pick<Model, 'events'>): number {
  return markerSetOf(events, model).count;
}

/** True when `events` are too many for one DOM marker each. */
export function needsClustering(events: readonly ModelEvent[], model?: Pick<Model, 'events'>): boolean {
  return countMarkers(events, model) > CLUSTER_THRESHOLD;
}
