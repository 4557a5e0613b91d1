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

export function tooLarge(file: string, bytes: number): LoadFailure {
  return fail(file, `${file} is too large (${megabytes(bytes)}; the limit is ${megabytes(MAX_DATA_BYTES)}).`);
}

/** UTF-8 size; counted only when it could matter, since a UTF-8 byte count is at most three per UTF-16 unit. */
export function byteLength(text: string): number {
  return text.length * 3 <= MAX_DATA_BYTES ? text.length : new TextEncoder().encode(text).length;
}
