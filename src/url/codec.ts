import { DAY_MS, utc } from '../data/dates';
import { CUSTOM_TOUR_ID, type Filters, type LinkedView, type MapView, type TourPosition } from '../state/store';
import { roundMapView } from '../state/map-position';
import type { Tour } from '../data/tour-schema';
import { tourCodec } from './tour-codec-slot';

export { roundMapView };

/** The part of the store a link carries. */
export type ViewState = LinkedView;

/** What the dataset allows, so that ids in a link can be checked. */
export interface CodecContext {
  /** The model's event ids: anything with `has`, such as the model's `byId` map (no copy of 100,000 ids). */
  eventIds: Pick<ReadonlySet<string>, 'has'>;
  /** Category ids in the dataset's order. */
  categoryIds: readonly string[];
  countries: ReadonlySet<string>;
  /** The dataset's tours: id to number of stops. */
  tours?: ReadonlyMap<string, number>;
  /** The deepest map zoom the app offers (18 when not given). */
  maxZoom?: number;
}

export interface ParseResult {
  /** Only the keys that were present and valid. */
  state: Partial<ViewState>;
  /** One plain sentence per value that was ignored. */
  ignored: string[];
}

export const MAX_QUERY_LENGTH = 200;
const MAX_ZOOM = 18;

type Parsed<T> = ({ value: T } | { ignored: string }) & { also?: string };

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function parseEvent(raw: string | null, context: CodecContext): Parsed<string> | null {
  if (raw === null) return null;
  return context.eventIds.has(raw)
    ? { value: raw }
    : { ignored: `There is no event "${shorten(raw)}" in this dataset.` };
}

function parseDay(raw: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = utc(year, month - 1, day);
  const date = new Date(time);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : null;
}

function parseWindow(from: string | null, to: string | null): Parsed<[number, number]> | null {
  if (from === null && to === null) return null;
  const start = from === null ? null : parseDay(from);
  const end = to === null ? null : parseDay(to);
  if (start === null || end === null) return { ignored: 'The time window needs two dates written as YYYY-MM-DD.' };
  if (end <= start) return { ignored: 'The time window ended before it began.' };
  return { value: [start, end] };
}

function parseMap(raw: string | null, maxZoom: number): Parsed<MapView> | null {
  if (raw === null) return null;
  const parts = raw.split(',');
  const numbers = parts.map((part) => (/^-?\d+(\.\d+)?$/.test(part.trim()) ? Number(part) : NaN));
  const [lat, lon, zoom] = numbers;
  if (parts.length !== 3 || numbers.some((n) => !Number.isFinite(n))) {
    return { ignored: 'The map view needs three numbers: latitude, longitude and zoom.' };
  }
  if (lat < -85 || lat > 85 || lon < -180 || lon > 180) return { ignored: 'The map view was outside the world.' };
  if (zoom < 0 || zoom > maxZoom) return { ignored: `The map zoom must be between 0 and ${maxZoom}.` };
  return { value: roundMapView({ lat, lon, zoom }) };
}

function splitList(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}

function parseCategories(raw: string | null, context: CodecContext): Parsed<string[] | null> | null {
  if (raw === null) return null;
  const wanted = splitList(raw);
  const unknown = wanted.filter((id) => !context.categoryIds.includes(id));
  const known = context.categoryIds.filter((id) => wanted.includes(id));
  const note = unknown.length ? `Unknown categories were left out: ${unknown.map(shorten).join(', ')}.` : undefined;
  if (!known.length) return { ignored: note ?? 'The category list was empty.' };
  return { value: known.length === context.categoryIds.length ? null : known, also: note };
}

function parseCountries(raw: string | null, context: CodecContext): Parsed<string[]> | null {
  if (raw === null) return null;
  const wanted = splitList(raw.toUpperCase());
  const unknown = wanted.filter((code) => !context.countries.has(code));
  const known = wanted.filter((code) => context.countries.has(code)).sort();
  const note = unknown.length
    ? `Countries not in this dataset were left out: ${unknown.map(shorten).join(', ')}.`
    : undefined;
  if (!known.length) return { ignored: note ?? 'The country list was empty.' };
  return { value: known, also: note };
}

function parseQuery(raw: string | null): Parsed<string> | null {
  if (raw === null || raw === '') return null;
  if (raw.length > MAX_QUERY_LENGTH)
    return { ignored: `The search text was longer than ${MAX_QUERY_LENGTH} characters.` };
  return { value: raw };
}

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

function parseTour(
  raw: string | null,
  rawStep: string | null,
  context: CodecContext,
): Parsed<{ tour: TourPosition; custom: Tour | null }> | null {
  if (raw === null) return null;
  let custom: Tour | null = null;
  let length = context.tours?.get(raw);
  if (raw.startsWith('~')) {
    // Loaded before a link that holds a home-made tour is read (see tour-codec-slot.ts).
    custom = tourCodec()?.decodeCustomTour(raw.slice(1), context.eventIds) ?? null;
    if (!custom) return { ignored: 'The tour in this link is damaged or names events this dataset does not have.' };
    length = custom.stops.length;
  } else if (length === undefined) {
    return { ignored: `There is no tour "${shorten(raw)}" in this dataset.` };
  }
  const id = custom ? CUSTOM_TOUR_ID : raw;
  if (rawStep === null) return { value: { tour: { id, step: 0 }, custom } };
  const step = /^\d{1,4}$/.test(rawStep) ? Number(rawStep) : NaN;
  if (!(step >= 1 && step <= length!)) {
    return {
      value: { tour: { id, step: 0 }, custom },
      also: `The tour has no step "${shorten(rawStep)}"; it starts at step 1.`,
    };
  }
  return { value: { tour: { id, step: step - 1 }, custom } };
}

/** Longest `?data=` path accepted. */
export const MAX_DATA_PATH_LENGTH = 200;
/** A path segment: a file or folder name, never `.` or `..` nor a hidden file. */
const DATA_SEGMENT = /^[A-Za-z0-9_-][\w.~-]*$/;
/** The file types a `?data=` link may open. */
export const DATA_EXTENSIONS = ['.json', '.geojson', '.csv', '.tsv'] as const;

/**
 * `?data=` names a dataset beside the app, for a teacher's own deployment. Only a plain relative path is taken: no
 * scheme, host, leading slash, backslash, empty, `.` or `..` segment, so the request can never leave the app's
 * origin or its folder, whatever base it is resolved against.
 */
export function parseDataParam(raw: string | null): Parsed<string> | null {
  if (raw === null) return null;
  const shown = `"${shorten(raw)}"`;
  if (/^[a-z][\w+.-]*:/i.test(raw) || /^[/\\]{2}/.test(raw)) {
    return {
      ignored: `The dataset ${shown} is on another site; only a file beside this app can be opened from a link.`,
    };
  }
  const segments = raw.split('/');
  if (segments.includes('..')) return { ignored: `The dataset ${shown} reaches outside this app's folder.` };
  const plain =
    raw.length <= MAX_DATA_PATH_LENGTH &&
    segments.every((segment) => DATA_SEGMENT.test(segment)) &&
    DATA_EXTENSIONS.some((extension) => raw.toLowerCase().endsWith(extension));
  if (!plain) {
    return {
      ignored: `The dataset ${shown} is not a plain path to a data file (.json, .csv, .tsv or .geojson) beside this app, like data/my-class.json.`,
    };
  }
  return { value: raw };
}

const KEYS = ['data', 'event', 'from', 'to', 'map', 'cat', 'country', 'q', 'tour', 'step', 'present'];

/** Reads a query string. Never throws: each key is parsed alone, and a bad value is ignored with a reason. */
export function parseUrl(search: string, context: CodecContext): ParseResult {
  const params = safeParams(search);
  const get = (key: string) => {
    try {
      return params.get(key);
    } catch {
      return null;
    }
  };
  const state: Partial<ViewState> = {};
  const ignored: string[] = [];
  for (const key of KEYS) {
    let values: string[] = [];
    try {
      values = params.getAll(key);
    } catch {
      // Unreadable: the single-value read below ignores it too.
    }
    if (new Set(values).size > 1) ignored.push(`The link gave "${key}" more than once; only the first was used.`);
  }
  const take = <T>(parsed: Parsed<T> | null, apply: (value: T) => void) => {
    if (!parsed) return;
    if ('ignored' in parsed) ignored.push(parsed.ignored);
    else apply(parsed.value);
    if (parsed.also) ignored.push(parsed.also);
  };
  take(parseDataParam(get('data')), (path) => (state.data = path));
  take(parseEvent(get('event'), context), (id) => (state.selectedId = id));
  take(parseWindow(get('from'), get('to')), (window) => (state.timeWindow = window));
  take(parseMap(get('map'), context.maxZoom ?? MAX_ZOOM), (view) => (state.mapView = view));
  const filters: Partial<Filters> = {};
  take(parseCategories(get('cat'), context), (categories) => (filters.categories = categories));
  take(parseCountries(get('country'), context), (countries) => (filters.countries = countries));
  take(parseQuery(get('q')), (query) => (filters.query = query));
  if (Object.keys(filters).length) state.filters = { categories: null, countries: [], query: '', ...filters };
  take(parseTour(get('tour'), get('step'), context), ({ tour, custom }) => {
    state.tour = tour;
    if (custom) state.customTour = custom;
  });
  if (get('present') === '1') state.present = true;
  return { state, ignored };
}

/** The day an instant falls on, as the timeline's label shows it: a link reopens the window its sender read. */
function formatDay(time: number): string {
  return new Date(Math.floor(time / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** Keeps commas readable (and a dataset path's slashes); everything else is percent-encoded. */
function encode(key: string, value: string): string {
  const encoded = encodeURIComponent(value).replace(/%2C/gi, ',');
  return key === 'data' ? encoded.replace(/%2F/gi, '/') : encoded;
}

/** Writes the view as a short query string (with its leading "?"), or "" for the default view. */
export function serializeUrl(state: ViewState): string {
  const pairs: [string, string][] = [];
  // First: it says which dataset every other key is about.
  if (state.data) pairs.push(['data', state.data]);
  if (state.selectedId) pairs.push(['event', state.selectedId]);
  if (state.timeWindow) {
    const from = formatDay(state.timeWindow[0]);
    let to = formatDay(state.timeWindow[1]);
    if (to <= from) to = formatDay(Date.parse(from) + DAY_MS);
    pairs.push(['from', from], ['to', to]);
  }
  if (state.mapView) {
    const { lat, lon, zoom } = roundMapView(state.mapView);
    pairs.push(['map', `${lat},${lon},${zoom}`]);
  }
  if (state.filters.categories) pairs.push(['cat', state.filters.categories.join(',')]);
  if (state.filters.countries.length) pairs.push(['country', [...state.filters.countries].sort().join(',')]);
  if (state.filters.query) pairs.push(['q', state.filters.query.slice(0, MAX_QUERY_LENGTH)]);
  if (state.tour) {
    const custom = state.tour.id === CUSTOM_TOUR_ID;
    // A home-made tour waits for its codec, which the URL sync loads as soon as the view holds one.
    const codec = tourCodec();
    if (!custom || (state.customTour && codec)) {
      pairs.push(['tour', custom ? `~${codec!.encodeCustomTour(state.customTour!)}` : state.tour.id]);
      if (state.tour.step > 0) pairs.push(['step', String(state.tour.step + 1)]);
    }
  }
  if (state.present) pairs.push(['present', '1']);
  return pairs.length ? `?${pairs.map(([key, value]) => `${key}=${encode(key, value)}`).join('&')}` : '';
}
