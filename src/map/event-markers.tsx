import { Suspense, lazy } from 'react';
import { useAppStore } from '../state/use-app-store';
import { selectEventsUntilPlayhead } from '../state/playback-selectors';
import { selectFilteredEvents } from '../state/selectors';
import { needsClustering } from './marker-places';
import { DomMarkers } from './dom-markers';

// Clustering (supercluster, the canvas layer, the worker's client) loads only for datasets that need it.
const ClusterMarkers = lazy(() => import('./cluster-markers').then((module) => ({ default: module.ClusterMarkers })));

/**
 * The filtered events (during playback, those that have begun) on the map: a labelled DOM marker each while they are
 * few, numbered clusters on a canvas when they are many. Which one depends on the filters, not on the playhead.
 */
export function EventMarkers() {
  const events = useAppStore(selectEventsUntilPlayhead);
  const clustered = useAppStore((s) => needsClustering(selectFilteredEvents(s), s.model!));
  return clustered ? (
    <Suspense fallback={null}>
      <ClusterMarkers events={events} />
    </Suspense>
  ) : (
    <DomMarkers events={events} />
  );
}
