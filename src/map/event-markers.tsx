import { Suspense } from 'react';
import { lazyComponent } from '../ui/lazy-component';
import type { Model } from '../data/model';
import { useAppStore } from '../state/use-app-store';
import { selectEventsUntilPlayhead } from '../state/playback-selectors';
import { selectFilteredEvents } from '../state/selectors';
import { CLUSTER_THRESHOLD, needsClustering } from './marker-places';
import { DomMarkers } from './dom-markers';
import { prepareClusterWorker } from './cluster-worker-start';

// Clustering (supercluster, the canvas layer, the worker's client) loads only for datasets that need it.
const loadClusterMarkers = () => import('./cluster-markers');
const { Component: ClusterMarkers, preload: preloadClusterMarkers } = lazyComponent(() =>
  loadClusterMarkers().then((module) => module.ClusterMarkers),
);

/**
 * For a dataset of `count` events, starts loading the clustering code and its worker before the map needs them (a
 * hint: the filters may still leave fewer markers).
 */
export function prepareMarkers(count: number) {
  if (count <= CLUSTER_THRESHOLD) return;
  void preloadClusterMarkers();
  prepareClusterWorker();
}

/** For a model whose markers will be clustered, starts indexing them before the map is shown; resolves once begun. */
export async function prepareClusters(model: Model): Promise<void> {
  // The code first (loaded during the download, for a large file), then the walk over the events and the post to the
  // worker in one go. The other way round, the import's answer could come a task later, after the checker's, and the
  // index waited for the first view to be drawn: 250 ms.
  const { prepareClusterIndex } = await loadClusterMarkers();
  if (needsClustering(model.events, model)) prepareClusterIndex(model);
}

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
