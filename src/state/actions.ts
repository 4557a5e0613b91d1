import type { Model, ModelEvent } from '../data/model';
import type { LoadFailure } from '../data/load-result';
import { appStore, DEFAULT_VIEW, EMPTY_FILTERS, type Filters, type LinkedView, type MapView } from './store';
import { roundMapView, sameMapView } from './map-position';
import { readSetting, writeSetting } from '../ui/safe-storage';
import {
  clampWindowToExtent,
  matchesFilters,
  selectFilteredEvents,
  selectNeighbour,
  selectTimeWindow,
} from './selectors';

/** Shows a loaded dataset, together with the view a link asked for, in one step: no flash of the default view. */
export function showModel(model: Model, view: Partial<LinkedView> = {}) {
  appStore.setState({ status: 'ready', model, failure: null, ...view });
}

/** Applies a view read from the address (Back, Forward): keys it does not name return to their defaults. */
export function applyView(view: Partial<LinkedView>) {
  appStore.setState((state) => ({
    ...DEFAULT_VIEW,
    ...view,
    restoredAt: state.restoredAt + 1,
  }));
}

let nextNoticeId = 1;

export function addNotice(text: string) {
  appStore.setState((state) => ({ notices: [...state.notices, { id: nextNoticeId++, text }] }));
}

export function dismissNotice(id: number) {
  appStore.setState((state) => ({ notices: state.notices.filter((n) => n.id !== id) }));
}

export function showFailure(failure: LoadFailure) {
  appStore.setState({ status: 'error', failure, model: null });
}

/** The time window that shows `event`: `window` itself if the event is in it, else one as wide, centred on it. */
export function windowShowing(event: ModelEvent, window: [number, number]): [number, number] {
  const [from, to] = window;
  if (!event.timed) return window;
  if (event.endMs > from && event.startMs < to) return window;
  const width = to - from;
  const middle = (event.startMs + Math.min(event.endMs, event.startMs + width)) / 2;
  return clampWindow([middle - width / 2, middle + width / 2]);
}

/** Selects an event everywhere and brings it into the timeline's window if it is outside. */
export function selectEvent(id: string | null) {
  const state = appStore.getState();
  const event = id ? state.model?.byId.get(id) : undefined;
  if (!event) {
    appStore.setState({ selectedId: null });
    return;
  }
  const current = selectTimeWindow(state);
  const window = windowShowing(event, current);
  appStore.setState(window === current ? { selectedId: id } : { selectedId: id, timeWindow: window });
}

export function clearSelection() {
  appStore.setState({ selectedId: null });
}

export function stepSelection(direction: 1 | -1) {
  const state = appStore.getState();
  const next = selectNeighbour(selectFilteredEvents(state), state.selectedId, direction);
  if (next) selectEvent(next.id);
}

export function hoverEvent(id: string | null) {
  if (appStore.getState().hoveredId !== id) appStore.setState({ hoveredId: id });
}

/** Keeps a window inside generous bounds around the dataset and no narrower than a few days. */
export function clampWindow(window: [number, number]): [number, number] {
  const model = appStore.getState().model;
  return model ? clampWindowToExtent(window, model.extent) : window;
}

export function setTimeWindow(window: [number, number] | null) {
  appStore.setState({ timeWindow: window ? clampWindow(window) : null });
}

/** Zooms the window by `factor` (< 1 zooms in) around `centre`, which defaults to the window's middle. */
export function zoomTimeWindow(factor: number, centre?: number) {
  const [from, to] = selectTimeWindow(appStore.getState());
  const pivot = centre ?? (from + to) / 2;
  setTimeWindow([pivot - (pivot - from) * factor, pivot + (to - pivot) * factor]);
}

/** Moves the window by a fraction of its width (negative moves back in time). */
export function panTimeWindow(fraction: number) {
  const [from, to] = selectTimeWindow(appStore.getState());
  const shift = (to - from) * fraction;
  setTimeWindow([from + shift, to + shift]);
}

/** The map view the user chose; null when the map shows what the app fitted it to (a default, left out of links). */
export function setMapView(view: MapView | null) {
  const next = view && roundMapView(view);
  if (!sameMapView(appStore.getState().mapView, next)) appStore.setState({ mapView: next });
}

/** Changes the filters; a selection that no longer passes them is cleared, so every view agrees. */
function updateFilters(change: Partial<Filters>) {
  const state = appStore.getState();
  const filters = { ...state.filters, ...change };
  const selected = state.selectedId ? state.model?.byId.get(state.selectedId) : undefined;
  const keep = selected && matchesFilters(selected, filters);
  appStore.setState({ filters, selectedId: keep ? state.selectedId : null });
}

export function toggleCategory(id: string) {
  const { model, filters } = appStore.getState();
  if (!model) return;
  const all = model.categories.map((c) => c.id);
  const shown = filters.categories ?? all;
  const next = shown.includes(id) ? shown.filter((c) => c !== id) : [...shown, id];
  updateFilters({ categories: next.length === all.length ? null : all.filter((c) => next.includes(c)) });
}

export function toggleCountry(code: string) {
  const { countries } = appStore.getState().filters;
  updateFilters({
    countries: countries.includes(code) ? countries.filter((c) => c !== code) : [...countries, code].sort(),
  });
}

export function setQuery(query: string) {
  updateFilters({ query });
}

export function resetFilters() {
  updateFilters(EMPTY_FILTERS);
}

export function setShareOpen(open: boolean) {
  appStore.setState({ shareOpen: open });
}

export function setEmbed(embed: boolean) {
  appStore.setState({ embed });
}

const ONLINE_TILES_SETTING = 'waymark:online-tiles';

/** Applies the opt-in to online tiles that an earlier visit kept. */
export function restoreOnlineTiles() {
  if (readSetting(ONLINE_TILES_SETTING) === 'on') appStore.setState({ onlineTiles: true });
}

/** Turns the online map tiles on or off; the choice is kept for the next visit where the browser allows it. */
export function setOnlineTiles(on: boolean) {
  appStore.setState({ onlineTiles: on });
  writeSetting(ONLINE_TILES_SETTING, on ? 'on' : null);
}
