import { beforeEach, describe, expect, it } from 'vitest';
import { createModel } from '../data/model';
import { loadMiniDataset } from '../../tests/fixtures/load-fixture';
import { appStore, resetAppStore } from './store';
import { showModel } from './actions';
import { endTour, goToStop, goToTourEnd, setCustomTour, setPresenting, startTour, stepTour } from './tour-actions';
import { selectActiveStop, selectPresentedStopIds, selectStopNeighbours, selectTours } from './tour-selectors';

const TOUR = {
  id: 'mini-tour',
  title: 'A mini tour',
  description: 'Three stops.',
  stops: [
    { event: 'visit-to-bangkok', note: 'Begin here.', window: { from: '2012-11-01', to: '2012-12-01' } },
    { event: 'labour-estimate', map: { lat: 46.2, lon: 6.1, zoom: 5 } },
    { event: 'law-passed' },
  ],
};

function state() {
  return appStore.getState();
}

beforeEach(() => {
  resetAppStore();
  showModel(createModel(loadMiniDataset(), undefined, { tours: [TOUR] }));
});

describe('tours', () => {
  it('starts at the first stop: its event, its window, the map told to follow', () => {
    const restored = state().restoredAt;
    startTour('mini-tour');
    expect(state().tour).toEqual({ id: 'mini-tour', step: 0 });
    expect(state().selectedId).toBe('visit-to-bangkok');
    expect(state().timeWindow).toEqual([Date.UTC(2012, 10, 1), Date.UTC(2012, 11, 1)]);
    expect(state().mapView).toBeNull();
    expect(state().restoredAt).toBe(restored + 1);
    expect(selectActiveStop(state())?.note).toBe('Begin here.');
  });

  it('steps forward and back, and stays within the tour', () => {
    startTour('mini-tour');
    expect(stepTour(1)).toBe(true);
    expect(state().selectedId).toBe('labour-estimate');
    expect(state().mapView).toEqual({ lat: 46.2, lon: 6.1, zoom: 5 });
    stepTour(1);
    stepTour(1);
    expect(state().tour).toEqual({ id: 'mini-tour', step: 2 });
    expect(state().selectedId).toBe('law-passed');
    goToTourEnd('first');
    expect(state().tour?.step).toBe(0);
    stepTour(-1);
    expect(state().tour?.step).toBe(0);
    goToTourEnd('last');
    expect(state().tour?.step).toBe(2);
  });

  it('keeps the window of the previous stop when a stop names none, moving only to show the event', () => {
    startTour('mini-tour');
    goToStop('mini-tour', 2);
    const [from, to] = state().timeWindow!;
    expect(to - from).toBe(Date.UTC(2012, 11, 1) - Date.UTC(2012, 10, 1));
  });

  it('without a tour, stepping reports that there is none, and unknown tours are ignored', () => {
    expect(stepTour(1)).toBe(false);
    goToStop('no-such-tour', 0);
    expect(state().tour).toBeNull();
  });

  it('ending a tour also ends the presentation', () => {
    startTour('mini-tour');
    appStore.setState({ present: true });
    endTour();
    expect(state().tour).toBeNull();
    expect(state().present).toBe(false);
  });

  it('offers a home-made tour beside the dataset ones, under the id "custom"', () => {
    setCustomTour({ title: 'Mine', description: 'Made here.', stops: [{ event: 'law-passed' }] });
    expect(selectTours(state()).map((t) => t.id)).toEqual(['mini-tour', 'custom']);
    startTour('custom');
    expect(state().selectedId).toBe('law-passed');
  });
});

describe('a presented tour', () => {
  it('names its stops only while presented, the same set each time', () => {
    startTour('mini-tour');
    expect(selectPresentedStopIds(state())).toBeNull();
    setPresenting(true);
    const ids = selectPresentedStopIds(state());
    expect([...(ids ?? [])]).toEqual(['visit-to-bangkok', 'labour-estimate', 'law-passed']);
    stepTour(1);
    expect(selectPresentedStopIds(state())).toBe(ids);
    endTour();
    expect(selectPresentedStopIds(state())).toBeNull();
  });

  it('gives the stop and its neighbours to fit, fewer at either end', () => {
    expect(selectStopNeighbours(state())).toEqual([]);
    const ids = () => selectStopNeighbours(state()).map((event) => event.id);
    startTour('mini-tour');
    expect(ids()).toEqual(['visit-to-bangkok', 'labour-estimate']);
    stepTour(1);
    expect(ids()).toEqual(['visit-to-bangkok', 'labour-estimate', 'law-passed']);
    stepTour(1);
    expect(ids()).toEqual(['labour-estimate', 'law-passed']);
  });
});
