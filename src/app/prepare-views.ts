import type { Model } from '../data/model';
import { preloadVirtualList, VIRTUAL_LIST_THRESHOLD } from '../list/event-list';
import { loadMapView } from './app';

/**
 * Work that can start while a large dataset is still being checked, so that it is not done one piece after another
 * once the dataset shows. Only hints: what shows is decided later, from the checked model and the link's filters.
 */
export const prepareViews = {
  /** Loads the code the views will need for `count` events: the virtual list, the map's clusters and their worker. */
  forEventCount(count: number) {
    if (count > VIRTUAL_LIST_THRESHOLD) void preloadVirtualList();
    void loadMapView().then((module) => module.prepareMarkers(count));
  },
  /** Indexes the model's markers for the map's clusters. */
  forModel(model: Model) {
    void loadMapView().then((module) => module.prepareClusters(model));
  },
};
