import type { Model } from '../data/model';
import { appStore, DEFAULT_VIEW, type DataOrigin } from './store';

/** Says where the first dataset came from, before it is shown. */
export function setDataOrigin(origin: DataOrigin) {
  appStore.setState({ dataOrigin: origin });
}

/**
 * Replaces the open dataset with another and starts its view afresh, in one store update: the old selection, window,
 * map view, filters and tours name events the new dataset does not have. Until this is called, the old dataset stays
 * open, whatever happened to the new one on the way.
 */
export function openDataset(model: Model, origin: DataOrigin) {
  appStore.setState((state) => ({
    status: 'ready',
    model,
    failure: null,
    dataOrigin: origin,
    ...DEFAULT_VIEW,
    customTour: null,
    hoveredId: null,
    playhead: null,
    playing: false,
    // The map treats this like a restored view: it jumps to fit the new events instead of gliding from the old ones.
    restoredAt: state.restoredAt + 1,
  }));
}
