import { datasetInParts, datasetSchema, type Dataset } from './schema';
import { parseJson, validateJson } from './parse';
import type { LoadFailure } from './load-result';

/**
 * What checking a dataset's text found. `unchanged` says the schema's output equals the parsed JSON, so a page that
 * parsed the same text itself can use its own copy and nothing large has to be sent back.
 */
export type DatasetCheck =
  { ok: true; unchanged: true } | { ok: true; unchanged: false; dataset: Dataset } | LoadFailure;

/**
 * Deep equality of two JSON values (plain objects, arrays, primitives): same keys, same order of array items,
 * identical primitives. Keys are walked with `for...in` and counted, not listed with `Object.keys`, which made two
 * arrays per object: comparing 100,000 events took a third longer.
 */
export function isSameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!isSameJson(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key in x) {
    if (!Object.hasOwn(y, key) || !isSameJson(x[key], y[key])) return false;
    keys++;
  }
  for (const _key in y) keys--;
  return keys === 0;
}

/** How many events are checked at a time by `passesUnchanged`. */
const SLICE = 1000;

/** A check of a list of events that gives what `datasetInParts.events` gives (see fast-event-schema.ts). */
export interface EventsCheck {
  safeParse(events: unknown[]): { success: boolean; data?: unknown };
}

/**
 * True when `json` passes `datasetSchema` and its output equals `json`, found by checking the events a slice at a
 * time and then the rest (see `datasetInParts`). Each slice's output is garbage once compared, so it dies young:
 * checked whole, 100,000 events' output stayed alive to the end, and the worker spent its time copying it between
 * the heap's generations while the page's thread needed the other core. False when anything fails or would change.
 */
function passesUnchanged(json: unknown, eventsCheck: EventsCheck): boolean {
  const events = (json as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return false;
  for (let i = 0; i < events.length; i += SLICE) {
    const slice = events.slice(i, i + SLICE);
    const result = eventsCheck.safeParse(slice);
    if (!result.success || !isSameJson(slice, result.data)) return false;
  }
  const rest = datasetInParts.rest.safeParse(json);
  return rest.success && isSameJson(json, rest.data);
}

/**
 * Parses and validates a dataset's text, and says whether validation changed it (trimmed text, dropped keys). A file
 * that fails, or that validation changes, is validated whole, so its problems and output are `datasetSchema`'s.
 * `bytes`, the text's size in UTF-8 when the caller knows it, spares counting it. `eventsCheck` checks the events'
 * slices: `datasetInParts.events`, or a faster check that gives the same (the worker's).
 */
export function checkDataset(
  text: string,
  file: string,
  bytes?: number,
  eventsCheck: EventsCheck = datasetInParts.events,
): DatasetCheck {
  const json = parseJson(text, file, bytes);
  if (!json.ok) return json;
  if (passesUnchanged(json.value, eventsCheck)) return { ok: true, unchanged: true };
  const result = validateJson(datasetSchema, json.value, file);
  if (!result.ok) return result;
  return isSameJson(json.value, result.value)
    ? { ok: true, unchanged: true }
    : { ok: true, unchanged: false, dataset: result.value };
}
