import type * as z from 'zod/mini';
import { bandFileSchema, datasetSchema, type BandFile, type Dataset } from './schema';
import { tourFileSchema, unknownStopEvents, type TourFile } from './tour-schema';
import { describeProblems } from './problems';
import { byteLength, fail, MAX_DATA_BYTES, tooLarge, withoutBom, type LoadResult } from './load-result';

/**
 * Parses JSON text, refusing it by its size first (`bytes`, its size in UTF-8, is counted unless given); a byte order
 * mark is allowed.
 */
export function parseJson(text: string, file: string, bytes = byteLength(text)): LoadResult<unknown> {
  if (bytes > MAX_DATA_BYTES) return tooLarge(file, bytes);
  try {
    return { ok: true, value: JSON.parse(withoutBom(text)) };
  } catch (error) {
    return fail(file, `${file} is not valid JSON.`, [{ where: 'The file', message: (error as Error).message }]);
  }
}

type Validator<T> = {
  safeParse(
    input: unknown,
    params: { reportInput: boolean },
  ): { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } };
};

/** Validates parsed JSON; the value is the schema's output (text trimmed, unknown keys dropped). */
export function validateJson<T>(schema: Validator<T>, json: unknown, file: string): LoadResult<T> {
  const result = schema.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const problems = describeProblems(result.error, json);
  return fail(file, `${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`, problems);
}

function parseWith<T>(schema: Validator<T>, text: string, file: string): LoadResult<T> {
  const json = parseJson(text, file);
  return json.ok ? validateJson(schema, json.value, file) : json;
}

/** Parses and validates a dataset's text. Every problem is reported, not just the first. */
export function parseDataset(text: string, file = 'events.json'): LoadResult<Dataset> {
  return parseWith(datasetSchema, text, file);
}

export function parseBandFile(text: string, file: string): LoadResult<BandFile> {
  return parseWith(bandFileSchema, text, file);
}

/** `dataset`: the events (anything with their ids) that the tours' stops must name. */
export function parseTourFile(
  text: string,
  file: string,
  dataset: { events: readonly { id: string }[] },
): LoadResult<TourFile> {
  const parsed = parseWith(tourFileSchema, text, file);
  if (!parsed.ok) return parsed;
  const ids = new Set(dataset.events.map((e) => e.id));
  const problems = unknownStopEvents(parsed.value, ids).map(({ problem }) => problem);
  if (!problems.length) return parsed;
  return fail(file, `${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`, problems);
}
