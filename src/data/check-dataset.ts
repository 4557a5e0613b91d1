import { datasetSchema, type Dataset } from './schema';
import { parseJson, validateJson } from './parse';
import type { LoadFailure } from './load-result';

/**
 * What checking a dataset's text found. `unchanged` says the schema's output equals the parsed JSON, so a page that
 * parsed the same text itself can use its own copy and nothing large has to be sent back.
 */
export type DatasetCheck =
  { ok: true; unchanged: true } | { ok: true; unchanged: false; dataset: Dataset } | LoadFailure;

/** Deep equality of two JSON values: same keys, same order of array items, identical primitives. */
export function isSameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!isSameJson(a[i], b[i])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key)) return false;
    if (!isSameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** Parses and validates a dataset's text, and says whether validation changed it (trimmed text, dropped keys). */
export function checkDataset(text: string, file: string): DatasetCheck {
  const json = parseJson(text, file);
  if (!json.ok) return json;
  const result = validateJson(datasetSchema, json.value, file);
  if (!result.ok) return result;
  return isSameJson(json.value, result.value)
    ? { ok: true, unchanged: true }
    : { ok: true, unchanged: false, dataset: result.value };
}
