import type { ImportFormat } from './import-types';
import { isObject, type Json } from './json-fields';

export type Detection = { format: 'csv' } | { format: Exclude<ImportFormat, 'csv'>; json: Json } | { fatal: string };

const SPREADSHEET = /\.(xlsx|xlsm|xls|ods|numbers)$/i;

/** The format of a file's JSON, from its shape: what each format must have and the others lack. */
function formatOfJson(json: unknown): Exclude<ImportFormat, 'csv'> | undefined {
  if (!isObject(json)) return undefined;
  if (json.type === 'FeatureCollection' || json.type === 'Feature') return 'geojson';
  // Waymark JSON, also when its meta is missing (it still has categories or sources, which TimelineJS lacks).
  if ('events' in json && ('meta' in json || 'categories' in json || 'sources' in json)) return 'waymark';
  // TimelineJS: a list of events (each with a start_date), or a title slide with no events yet.
  if (
    Array.isArray(json.events) ||
    (isObject(json.title) && (isObject(json.title.text) || isObject(json.title.media)))
  ) {
    return 'timelinejs';
  }
  return undefined;
}

/**
 * Tells the format by the file's name and content: `.csv`/`.tsv`/`.txt` and anything that is not JSON are read as
 * CSV; JSON by its shape, whatever its extension (`.json`, `.geojson`, or none).
 */
export function detectFormat(text: string, fileName: string): Detection {
  if (SPREADSHEET.test(fileName) || text.slice(0, 1000).includes('\u0000')) {
    return { fatal: `${fileName} is not a text file. Save a spreadsheet as CSV (File, Save as, CSV) and open that.` };
  }
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return { format: 'csv' };
  const looksJson = /^\s*[[{]/.test(text);
  if (!looksJson && !/\.(geo)?json$/i.test(fileName)) return { format: 'csv' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { fatal: `${fileName} is not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')}).` };
  }
  const format = formatOfJson(json);
  if (format) return { format, json: json as Json };
  return {
    fatal:
      `${fileName} is JSON but not a format Waymark can open: expected Waymark JSON (meta and events), ` +
      'TimelineJS JSON (events with start_date) or GeoJSON (a FeatureCollection).',
  };
}
