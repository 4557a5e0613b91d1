import { parsePartialDate, startOf } from '../data/dates';
import type { Tour } from '../data/tour-schema';
import { appStore, CUSTOM_TOUR_ID } from './store';
import { clampWindow, windowShowing } from './actions';
import { selectTimeWindow } from './selectors';
import { findTour, selectActiveTour } from './tour-selectors';

function dayOf(text: string): number {
  const parsed = parsePartialDate(text);
  return typeof parsed === 'string' ? NaN : startOf(parsed);
}

/**
 * Shows stop `step` of tour `id`: selects its event, and sets the time window and map view the stop names (or brings
 * the event into view). The map is told to jump, as for a restored link.
 */
export function goToStop(id: string, step: number) {
  const state = appStore.getState();
  const tour = findTour(state, id);
  if (!tour) return;
  const index = Math.max(0, Math.min(tour.stops.length - 1, step));
  const stop = tour.stops[index];
  const event = state.model?.byId.get(stop.event);
  const stopWindow = stop.window ? clampWindow([dayOf(stop.window.from), dayOf(stop.window.to)]) : null;
  const current = selectTimeWindow(state);
  const shown = event ? windowShowing(event, current) : current;
  const window = stopWindow ?? (shown === current ? state.timeWindow : shown);
  // One update, so that a stop is one history entry and Back returns to the previous stop whole.
  appStore.setState({
    tour: { id, step: index },
    selectedId: event ? stop.event : state.selectedId,
    timeWindow: window,
    mapView: stop.map ?? null,
    restoredAt: state.restoredAt + 1,
  });
}

export function startTour(id: string) {
  goToStop(id, 0);
}

/** Steps through the active tour (+1 next, -1 previous); without a tour, steps through the events in time. */
export function stepTour(direction: 1 | -1): boolean {
  const state = appStore.getState();
  const tour = selectActiveTour(state);
  if (!tour || !state.tour) return false;
  goToStop(tour.id, state.tour.step + direction);
  return true;
}

export function goToTourEnd(end: 'first' | 'last') {
  const state = appStore.getState();
  const tour = selectActiveTour(state);
  if (tour) goToStop(tour.id, end === 'first' ? 0 : tour.stops.length - 1);
}

export function endTour() {
  appStore.setState({ tour: null, present: false });
}

export function setPresenting(present: boolean) {
  appStore.setState({ present });
}

/** Keeps a tour built in the browser; it becomes the custom tour that links carry. */
export function setCustomTour(tour: Omit<Tour, 'id'> | null) {
  appStore.setState({ customTour: tour ? { ...tour, id: CUSTOM_TOUR_ID } : null });
}
