import type { ImportResult } from './import-types';

/** The result for a file refused whole, before any event is read. */
export const refusal = (fatal: string): ImportResult => ({
  format: null,
  dataset: null,
  total: 0,
  valid: 0,
  problems: [],
  fatal,
});
