import type { Problem } from './problems';

/** Data files larger than this are refused before they are parsed. */
export const MAX_DATA_BYTES = 50_000_000;

export interface LoadFailure {
  ok: false;
  /** What went wrong, in one sentence. */
  title: string;
  file: string;
  problems: Problem[];
}

export type LoadResult<T> = { ok: true; value: T } | LoadFailure;

export function fail(file: string, title: string, problems: Problem[] = []): LoadFailure {
  return { ok: false, file, title, problems };
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** The sentence that refuses a file over the size cap, e.g. `big.csv is too large (61.2 MB; the limit is 50.0 MB).` */
export function tooLargeMessage(file: string, bytes: number): string {
  return `${file} is too large (${megabytes(bytes)}; the limit is ${megabytes(MAX_DATA_BYTES)}).`;
}

export function tooLarge(file: string, bytes: number): LoadFailure {
  return fail(file, tooLargeMessage(file, bytes));
}

/** Text without the byte order mark a file may start with. */
export const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');

/** Printable ASCII and the whitespace of JSON: what a large dataset is mostly made of. Anything else is encoded. */
const ASCII_ONLY = /^[\t\n\r -~]*$/;

/**
 * UTF-8 size; counted only when it could matter, since a UTF-8 byte count is at most three per UTF-16 unit. Text
 * that is all ASCII, as large datasets mostly are, is as long in bytes as in characters: testing that takes a tenth
 * of encoding 30 MB (over 100 ms in Chromium).
 */
export function byteLength(text: string): number {
  if (text.length * 3 <= MAX_DATA_BYTES || ASCII_ONLY.test(text)) return text.length;
  return new TextEncoder().encode(text).length;
}
