import { DAY_MS } from '../data/dates';
import type { Model } from '../data/model';
import { appStore, DEFAULT_VIEW } from '../state/store';
import { clampWindowToExtent, matchesFilters } from '../state/selectors';
import { MAP_MAX_ZOOM } from '../state/map-position';

import { addNotice, applyView } from '../state/actions';
import { selectAddressView, selectDataParam } from '../state/data-origin';
import type { LinkedView } from '../state/store';
import { parseUrl, serializeUrl, type CodecContext, type ParseResult } from './codec';
import { loadTourCodec, tourCodec } from './tour-codec-slot';

/** Browsers refuse more than about 100 history calls in 10 s; continuous moves are written at most this often. */
const REPLACE_INTERVAL_MS = 300;

export function createCodecContext(model: Model): CodecContext {
  return {
    eventIds: model.byId,
    categoryIds: model.categories.map((c) => c.id),
    countries: new Set(model.countries),
    tours: new Map(model.tours.map((t) => [t.id, t.stops.length])),
    maxZoom: MAP_MAX_ZOOM,
  };
}

/**
 * What the codec cannot judge alone, judged against the model: a selected event that the link's own filters hide is
 * dropped, and a time window far beyond the dataset is narrowed, each with a reason.
 */
export function reconcileWithModel(parsed: ParseResult, model: Model): ParseResult {
  const state = { ...parsed.state };
  const ignored = [...parsed.ignored];
  const selected = state.selectedId ? model.byId.get(state.selectedId) : undefined;
  if (selected && state.filters && !matchesFilters(selected, state.filters)) {
    ignored.push(`The event "${selected.record.title}" is hidden by the link's own filters, so it is not selected.`);
    delete state.selectedId;
  }
  if (state.timeWindow) {
    const clamped = clampWindowToExtent(state.timeWindow, model.extent);
    if (Math.abs(clamped[0] - state.timeWindow[0]) > DAY_MS || Math.abs(clamped[1] - state.timeWindow[1]) > DAY_MS) {
      ignored.push('The time window reached far beyond the dataset, so it was narrowed.');
      state.timeWindow = clamped;
    }
  }
  return { state, ignored };
}

/** The view a link asked for, without the dataset it named: that is chosen before the view, by the loader. */
export function withoutData(view: Partial<LinkedView>): Partial<LinkedView> {
  const rest = { ...view };
  delete rest.data;
  return rest;
}

/** Reads the address before the first render, so a shared link shows its view at once. */
export function readLocation(model: Model): ParseResult & { embed: boolean } {
  const embed = new URLSearchParams(window.location.search).get('embed') === '1';
  return { ...reconcileWithModel(parseUrl(window.location.search, createCodecContext(model)), model), embed };
}

function noticeFor(ignored: string[]): string {
  return `Part of this link could not be used and was left out. ${ignored.join(' ')}`;
}

/** `?embed=1` is how the page is shown, not part of the view: it stays in the address as long as the page lives. */
function withEmbed(search: string): string {
  if (!appStore.getState().embed) return search;
  return search ? `${search}&embed=1` : '?embed=1';
}

function writeAddress(search: string, mode: 'push' | 'replace') {
  const url = `${window.location.pathname}${withEmbed(search)}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/**
 * The only code that touches `location` and `history`. A new selection adds a history entry; every other change
 * (moving the window, the map, the filters) replaces the current one, throttled. Back and Forward re-read the address.
 * A link that held unusable values gets a notice, and the address is cleaned at once.
 */
export function startUrlSync(firstModel: Model, initial: ParseResult): () => void {
  let model = firstModel;
  let context = createCodecContext(model);
  if (initial.ignored.length) addNotice(noticeFor(initial.ignored));
  let written = serializeUrl(selectAddressView(appStore.getState()));
  if (withEmbed(written) !== window.location.search) writeAddress(written, 'replace');

  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastReplace = 0;
  const flushReplace = () => {
    timer = null;
    lastReplace = Date.now();
    const search = serializeUrl(selectAddressView(appStore.getState()));
    if (search !== written) {
      written = search;
      writeAddress(search, 'replace');
    }
  };

  const unsubscribe = appStore.subscribe((state, previous) => {
    if (!state.model) return;
    // A home-made tour is written once its codec has come (at once, after the first time).
    if (state.customTour && !tourCodec()) void loadTourCodec().then(flushReplace);
    const search = serializeUrl(selectAddressView(state));
    if (state.model !== model) {
      // Another dataset was opened: addresses are read against it from now on. Its fresh view takes the place of the
      // current entry rather than adding one: the old view's keys mean nothing in the new dataset.
      model = state.model;
      context = createCodecContext(model);
      if (timer) clearTimeout(timer);
      timer = null;
      written = search;
      writeAddress(search, 'replace');
      return;
    }
    if (search === written) return;
    const stepped = state.tour !== previous.tour && state.tour !== null;
    if ((state.selectedId !== previous.selectedId && state.selectedId) || stepped) {
      if (timer) clearTimeout(timer);
      timer = null;
      written = search;
      writeAddress(search, 'push');
      return;
    }
    if (!timer) timer = setTimeout(flushReplace, Math.max(0, REPLACE_INTERVAL_MS - (Date.now() - lastReplace)));
  });

  function onPopState() {
    if (timer) clearTimeout(timer);
    timer = null;
    const parsed = reconcileWithModel(parseUrl(window.location.search, context), model);
    // Known before applying, so that the store's change is not written back as a new entry.
    const state = appStore.getState();
    const view = withoutData(parsed.state);
    written = serializeUrl({ ...DEFAULT_VIEW, customTour: state.customTour, ...view, data: selectDataParam(state) });
    applyView(view);
    if (parsed.ignored.length) addNotice(noticeFor(parsed.ignored));
  }
  window.addEventListener('popstate', onPopState);

  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
    if (timer) clearTimeout(timer);
  };
}
