import { beforeEach, describe, expect, it } from 'vitest';
import { openDataset } from './open-actions';
import { selectAddressView, selectDataParam } from './data-origin';
import { selectEvent, setMapView, setQuery, setTimeWindow, showModel } from './actions';
import { appStore, CUSTOM_TOUR_ID, DEFAULT_VIEW, resetAppStore } from './store';
import { createModel } from '../data/model';
import { loadMiniDataset, loadMiniModel } from '../../tests/fixtures/load-fixture';

const first = loadMiniModel();
const dataset = loadMiniDataset();
const second = createModel({ ...dataset, events: dataset.events.slice(0, 2) });

beforeEach(() => {
  resetAppStore();
  showModel(first);
});

describe('openDataset', () => {
  it('replaces the dataset and starts its view afresh, in one store update', () => {
    selectEvent(first.events[3].id);
    setTimeWindow([Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1)]);
    setMapView({ lat: 10, lon: 100, zoom: 5 });
    setQuery('visit');
    appStore.setState({
      tour: { id: CUSTOM_TOUR_ID, step: 1 },
      customTour: { id: CUSTOM_TOUR_ID, title: 'T', description: 'D', stops: [{ event: first.events[0].id }] },
      playhead: 5,
      playing: true,
      hoveredId: first.events[0].id,
    });
    const restoredAt = appStore.getState().restoredAt;
    let updates = 0;
    const unsubscribe = appStore.subscribe(() => updates++);

    openDataset(second, { kind: 'file', name: 'class.csv' });
    unsubscribe();

    const state = appStore.getState();
    expect(updates).toBe(1);
    expect(state.model).toBe(second);
    expect(state.status).toBe('ready');
    expect(state.dataOrigin).toEqual({ kind: 'file', name: 'class.csv' });
    expect({
      selectedId: state.selectedId,
      timeWindow: state.timeWindow,
      mapView: state.mapView,
      filters: state.filters,
      tour: state.tour,
      present: state.present,
    }).toEqual(DEFAULT_VIEW);
    expect(state.customTour).toBeNull();
    expect(state.hoveredId).toBeNull();
    expect(state.playhead).toBeNull();
    expect(state.playing).toBe(false);
    expect(state.restoredAt).toBe(restoredAt + 1);
  });

  it('puts only a dataset beside the app into links', () => {
    expect(selectDataParam(appStore.getState())).toBeNull();
    openDataset(second, { kind: 'url', path: 'examples/two.json' });
    expect(selectAddressView(appStore.getState()).data).toBe('examples/two.json');
    openDataset(second, { kind: 'file', name: 'class.csv' });
    expect(selectAddressView(appStore.getState()).data).toBeNull();
  });
});
