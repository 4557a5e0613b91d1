import { createStore } from 'zustand/vanilla';
import type { Model } from '../data/model';
import type { LoadFailure } from '../data/load';

/** What the user chose to look at. Everything else is derived by selectors. */
export interface Filters {
  /** Category ids shown; null means all. */
  categories: string[] | null;
  /** Country codes shown; empty means all. */
  countries: string[];
  query: string;
}

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface DataSlice {
  status: 'loading' | 'ready' | 'error';
  model: Model | null;
  failure: LoadFailure | null;
}

export interface ViewSlice {
  selectedId: string | null;
  hoveredId: string | null;
  /** The visible time window [from, to] in UTC ms; null shows the whole dataset. */
  timeWindow: [number, number] | null;
  mapView: MapView | null;
  filters: Filters;
  /** Counts views restored from an address (a link, Back, Forward), so the map knows to jump rather than follow. */
  restoredAt: number;
}

export interface Notice {
  id: number;
  text: string;
}

export interface NoticeSlice {
  /** Short polite messages, e.g. what a link held that could not be used. */
  notices: Notice[];
}

export interface UiSlice {
  /** Shown inside another page's iframe (`?embed=1`): no page chrome. */
  embed: boolean;
  shareOpen: boolean;
}

export type AppState = DataSlice & ViewSlice & NoticeSlice & UiSlice;

export const EMPTY_FILTERS: Filters = { categories: null, countries: [], query: '' };

export function createInitialState(): AppState {
  return {
    status: 'loading',
    model: null,
    failure: null,
    selectedId: null,
    hoveredId: null,
    timeWindow: null,
    mapView: null,
    filters: EMPTY_FILTERS,
    restoredAt: 0,
    notices: [],
    embed: false,
    shareOpen: false,
  };
}

export function createAppStore(initial: Partial<AppState> = {}) {
  return createStore<AppState>()(() => ({ ...createInitialState(), ...initial }));
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The app's one store. Tests reset it with `resetAppStore`. */
export const appStore = createAppStore();

export function resetAppStore(initial: Partial<AppState> = {}) {
  appStore.setState({ ...createInitialState(), ...initial }, true);
}
