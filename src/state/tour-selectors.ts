import type { Tour, TourStop } from '../data/tour-schema';
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
