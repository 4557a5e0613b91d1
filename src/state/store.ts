import { createStore } from 'zustand/vanilla';
import type { Model } from '../data/model';
import type { LoadFailure } from '../data/load-result';
import type { Tour } from '../data/tour-schema';

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

/** Where the open dataset came from: the one shipped with the app, a file beside it (`?data=`), or the user's own file. */
export type DataOrigin = { kind: 'bundled' } | { kind: 'url'; path: string } | { kind: 'file'; name: string };

export interface DataSlice {
  status: 'loading' | 'ready' | 'error';
  model: Model | null;
  failure: LoadFailure | null;
  dataOrigin: DataOrigin;
}

export interface ViewSlice {
  selectedId: string | null;
  hoveredId: string | null;
  /** The visible time window [from, to] in UTC ms; null shows the whole dataset. */
  timeWindow: [number, number] | null;
  mapView: MapView | null;
  filters: Filters;
  /** The tour being followed and its stop (0-based); null when no tour is on. */
  tour: TourPosition | null;
  /** Presentation mode: large type, only what the stop needs, keys a clicker sends. */
  present: boolean;
  /** A tour a teacher built in the browser (its id is CUSTOM_TOUR_ID); it travels in links. */
  customTour: Tour | null;
  /** Counts views restored from an address (a link, Back, Forward), so the map knows to jump rather than follow. */
  restoredAt: number;
}

export interface TourPosition {
  id: string;
  step: number;
}

export const CUSTOM_TOUR_ID = 'custom';

export interface PlaybackSlice {
  /** Playback through time: the instant the playhead has reached; null when not playing back. */
  playhead: number | null;
  playing: boolean;
  /** Playback speed: how many days of history pass per second. */
  speed: number;
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
  /** The user's opt-in to online map tiles (a request to another origin); off by default, kept between visits. */
  onlineTiles: boolean;
}

export type AppState = DataSlice & ViewSlice & NoticeSlice & UiSlice & PlaybackSlice;

/** The part of the state a link carries. */
export interface LinkedView {
  selectedId: string | null;
  timeWindow: [number, number] | null;
  mapView: MapView | null;
  filters: Filters;
  tour?: TourPosition | null;
  present?: boolean;
  /** A home-made tour; it travels in the link itself. */
  customTour?: Tour | null;
  /** The dataset beside the app that the link opens (`?data=`); absent for the bundled one. */
  data?: string | null;
}

export const EMPTY_FILTERS: Filters = { categories: null, countries: [], query: '' };

/** What a link without keys shows. A home-made tour is kept: it is not part of the default. */
export const DEFAULT_VIEW = {
  selectedId: null,
  timeWindow: null,
  mapView: null,
  filters: EMPTY_FILTERS,
  tour: null,
  present: false,
} satisfies LinkedView;

export function createInitialState(): AppState {
  return {
    status: 'loading',
    model: null,
    failure: null,
    dataOrigin: { kind: 'bundled' },
    selectedId: null,
    hoveredId: null,
    timeWindow: null,
    mapView: null,
    filters: EMPTY_FILTERS,
    tour: null,
    present: false,
    customTour: null,
    restoredAt: 0,
    playhead: null,
    playing: false,
    speed: 90,
    notices: [],
    embed: false,
    shareOpen: false,
    onlineTiles: false,
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
