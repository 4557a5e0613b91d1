import type { Tour, TourStop } from '../data/tour-schema';
import type { ModelEvent } from '../data/model';
import { CUSTOM_TOUR_ID, type AppState } from './store';

/** The tours a user can start: the dataset's, and one built in the browser if there is one. */
export function selectTours(state: Pick<AppState, 'model' | 'customTour'>): Tour[] {
  const tours = state.model?.tours ?? [];
  return state.customTour ? [...tours, state.customTour] : tours;
}

export function findTour(state: Pick<AppState, 'model' | 'customTour'>, id: string): Tour | null {
  if (id === CUSTOM_TOUR_ID) return state.customTour;
  return state.model?.tours.find((t) => t.id === id) ?? null;
}

export function selectActiveTour(state: Pick<AppState, 'model' | 'customTour' | 'tour'>): Tour | null {
  return state.tour ? findTour(state, state.tour.id) : null;
}

export function selectActiveStop(state: Pick<AppState, 'model' | 'customTour' | 'tour'>): TourStop | null {
  const tour = selectActiveTour(state);
  return tour && state.tour ? (tour.stops[state.tour.step] ?? null) : null;
}

const stopIds = new WeakMap<Tour, ReadonlySet<string>>();

/**
 * While a tour is presented, the ids of its stops' events (the map dims the rest, so the room sees the story); null
 * otherwise. The same set for the same tour, so that a view reading it re-renders only when the tour changes.
 */
export function selectPresentedStopIds(
  state: Pick<AppState, 'model' | 'customTour' | 'tour' | 'present'>,
): ReadonlySet<string> | null {
  const tour = state.present ? selectActiveTour(state) : null;
  if (!tour) return null;
  let ids = stopIds.get(tour);
  if (!ids) stopIds.set(tour, (ids = new Set(tour.stops.map((stop) => stop.event))));
  return ids;
}

/** The events of the active stop and of the stops either side of it: what a presented map fits, to show the way. */
export function selectStopNeighbours(state: Pick<AppState, 'model' | 'customTour' | 'tour'>): ModelEvent[] {
  const tour = selectActiveTour(state);
  if (!tour || !state.tour || !state.model) return [];
  const { step } = state.tour;
  return tour.stops.slice(Math.max(0, step - 1), step + 2).flatMap((stop) => state.model!.byId.get(stop.event) ?? []);
}
