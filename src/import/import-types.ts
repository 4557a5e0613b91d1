import type { Dataset } from '../data/schema';
import type { Problem } from '../data/problems';

/** The formats a user can open: Waymark's own JSON, a spreadsheet's CSV, TimelineJS3 JSON, and GeoJSON. */
export type ImportFormat = 'waymark' | 'csv' | 'timelinejs' | 'geojson';

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  waymark: 'Waymark JSON',
  csv: 'CSV',
  timelinejs: 'TimelineJS JSON',
  geojson: 'GeoJSON',
};

/** What reading a file gave: the events that are valid, and a problem for each that is not. */
export interface ImportResult {
  /** The format the file was read as; null when it could not be told. */
  format: ImportFormat | null;
  /** A valid dataset of the events that passed; null when the file could not be read at all or no event passed. */
  dataset: Dataset | null;
  /** How many events (rows, features) the file holds. */
  total: number;
  /** How many of them are in `dataset`. */
  valid: number;
  /** Every problem, with row or event and field: `row 14, column start` / `2012-13-01 is not a date`. */
  problems: Problem[];
  /** Set when the whole file is refused (empty, too large, not JSON or CSV), in one sentence. */
  fatal?: string;
}

/** Progress reported while a file is read: a phase in words and how far through it (0..1). */
export interface ImportProgress {
  phase: 'reading' | 'parsing' | 'validating';
  fraction: number;
}
