import type { Model } from '../data/model';
import { preloadVirtualList, VIRTUAL_LIST_THRESHOLD } from '../list/event-list';
import { prepareModelTimes } from '../timeline/time-index';
import { preloadTimelineCanvas } from '../timeline/timeline';
import { SVG_MAX_EVENTS } from '../timeline/canvas-plan';
import { loadMapView } from '../map/map-area';
import { prepareClusterWorker } from '../map/cluster-worker-start';

/**
 * Work that can start while a large dataset is still being checked, so that it is not done one piece after another
 * once the dataset shows. Only hints: what shows is decided later, from the checked model and the link's filters.
 */
export const prepareViews = {
  /**
   * Loads the code the views will need for `count` events: the virtual list, the timeline's canvas, the map's
   * clusters and their worker.
   */
  forEventCount(count: number) {
    if (count > VIRTUAL_LIST_THRESHOLD) void preloadVirtualList();
    if (count > SVG_MAX_EVENTS) void preloadTimelineCanvas();
    void loadMapView().then((module) => module.prepareMarkers(count));
  },
  /**
   * For a file that may be large, still downloading: the same, before its count is known. The cluster worker is
   * started here, not once its chunk has come: a worker only starts running when this thread is free, and from the
   * file's arrival until its checks end it seldom is (100,000 events' worker started 1.3 s late).
   */
  forLargeFile() {
    prepareClusterWorker();
    prepareViews.forEventCount(Infinity);
  },
  /**
   * Indexes the model for the views, each index cached by the model's events: the map's clusters (in their worker),
   * then the timeline's sorted times. (The category counts and the times themselves come with the model, see
   * event-columns.ts; the search index is built in steps once the dataset shows, see event-list.tsx: it is not
   * needed to show it, and building it here took 100 ms of the two cores the checks need.)
   */
  forModel(model: Model) {
    // The cluster index first, as it is built in its worker while this thread does the rest, in a task of its own
    // so that the checker's answer does not wait behind both. A chunk that fails to load here is the map's to report
    // when it is shown.
    void loadMapView()
      .then((module) => module.prepareClusters(model))
      .catch(() => {})
      .then(() => setTimeout(() => prepareModelTimes(model.events), 0));
  },
};
