import { MAX_DATA_BYTES } from '../data/load-result';
import type { ImportResult } from './import-types';

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** The UTF-8 size of `text`; encoded only when it could matter, since UTF-8 takes at most three bytes per UTF-16 unit. */
export function utf8Length(text: string): number {
  return text.length * 3 <= MAX_DATA_BYTES ? text.length : new TextEncoder().encode(text).length;
}

/** The sentence that refuses a file over the size cap, e.g. `big.csv is too large (61.2 MB; the limit is 50.0 MB).` */
export function tooLargeMessage(fileName: string, bytes: number): string {
  return `${fileName} is too large (${megabytes(bytes)}; the limit is ${megabytes(MAX_DATA_BYTES)}).`;
}

/** The result for a file refused whole, before any event is read. */
export const refusal = (fatal: string): ImportResult => ({
  format: null,
  dataset: null,
  total: 0,
  valid: 0,
  problems: [],
  fatal,
});
