/** Small readers for loosely typed JSON values, shared by the TimelineJS and GeoJSON formats. */

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a value is, in words: `a list`, `a number`, `null`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return `a ${typeof value}`;
}

/** Text from a string or a number; '' from anything else. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** A number from a number or numeric string; undefined when absent or empty; a sentence when it is no number. */
export function numberOf(value: unknown): number | undefined | { error: string } {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/i.test(value)) return Number(value);
  return { error: typeof value === 'string' ? `${value} is not a number` : `should be a number, not ${kindOf(value)}` };
}

/** The first of `keys` that `object` has a non-empty value for. */
export function firstKey(object: Json, keys: readonly string[]): string | undefined {
  return keys.find((key) => object[key] !== undefined && object[key] !== null && object[key] !== '');
}

/** `event 3 ("first-recording")`: a label with the item's own name, cut short. */
export function labelWith(noun: string, index: number, name: string): string {
  const short = name.length > 40 ? `${name.slice(0, 39)}…` : name;
  return `${noun} ${index + 1}${short ? ` ("${short}")` : ''}`;
}
