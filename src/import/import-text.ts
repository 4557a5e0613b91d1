import { byteLength, MAX_DATA_BYTES, tooLargeMessage, withoutBom } from '../data/load-result';
import type { Reading } from './candidate';
import { assembleResult } from './assemble';
import { readCsv } from './csv';
import { detectFormat } from './detect-format';
import { readGeoJson } from './geojson';
import type { ImportResult } from './import-types';
import { refusal } from './limits';
import { createProgress, type ProgressListener } from './progress';
import { readTimelineJs } from './timelinejs';
import { readWaymark } from './waymark';

/**
 * Reads a file's text in any format Waymark opens and validates it event by event: `dataset` holds the valid
 * events (a dataset that `parseDataset` accepts) and `problems` says, for each of the others, what is wrong where.
 * Pure and synchronous, so it runs the same in a Web Worker, on the main thread and in tests.
 */
export function importText(text: string, fileName: string, onProgress?: ProgressListener): ImportResult {
  const bytes = byteLength(text);
  if (bytes > MAX_DATA_BYTES) return refusal(tooLargeMessage(fileName, bytes));
  const body = withoutBom(text);
  if (!body.trim()) return refusal(`${fileName} is empty.`);
  const report = createProgress(onProgress);
  report('parsing', 0);
  const detected = detectFormat(body, fileName);
  if ('fatal' in detected) return refusal(detected.fatal);
  let reading: Reading;
  if (detected.format === 'csv') reading = readCsv(body, fileName, report);
  else if (detected.format === 'timelinejs') reading = readTimelineJs(detected.json, fileName);
  else if (detected.format === 'geojson') reading = readGeoJson(detected.json, fileName);
  else reading = readWaymark(detected.json, fileName);
  report('parsing', 1);
  return assembleResult(detected.format, fileName, reading, report);
}
