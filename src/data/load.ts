import type * as z from 'zod/mini';
import { bandFileSchema, datasetSchema, type BandFile, type Dataset } from './schema';
import { tourFileSchema, type TourFile } from './tour-schema';
import { describeProblems, type Problem } from './problems';
import { createModel, type Model } from './model';

/** Data files larger than this are refused before they are parsed. */
export const MAX_DATA_BYTES = 50_000_000;

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** UTF-8 size; counted only when it could matter, since a UTF-8 byte count is at most three per UTF-16 unit. */
function byteLength(text: string): number {
  return text.length * 3 <= MAX_DATA_BYTES ? text.length : new TextEncoder().encode(text).length;
}

function tooLarge(file: string, bytes: number): LoadFailure {
  return fail(file, `${file} is too large (${megabytes(bytes)}; the limit is ${megabytes(MAX_DATA_BYTES)}).`);
}

export interface LoadFailure {
  ok: false;
  /** What went wrong, in one sentence. */
  title: string;
  file: string;
  problems: Problem[];
}

export type LoadResult<T> = { ok: true; value: T } | LoadFailure;

function fail(file: string, title: string, problems: Problem[] = []): LoadFailure {
  return { ok: false, file, title, problems };
}

function parseJson(text: string, file: string): LoadResult<unknown> {
  const bytes = byteLength(text);
  if (bytes > MAX_DATA_BYTES) return tooLarge(file, bytes);
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
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

function parseWith<T>(schema: Validator<T>, text: string, file: string): LoadResult<T> {
  const json = parseJson(text, file);
  if (!json.ok) return json;
  const result = schema.safeParse(json.value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const problems = describeProblems(result.error, json.value);
  return fail(file, `${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`, problems);
}

/** Parses and validates a dataset's text. Every problem is reported, not just the first. */
export function parseDataset(text: string, file = 'events.json'): LoadResult<Dataset> {
  return parseWith(datasetSchema, text, file);
}

export function parseBandFile(text: string, file: string): LoadResult<BandFile> {
  return parseWith(bandFileSchema, text, file);
}

async function fetchText(url: string, file: string, fetcher: typeof fetch): Promise<LoadResult<string>> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    return fail(file, `${file} could not be loaded.`, [{ where: url, message: (error as Error).message }]);
  }
  if (!response.ok) return fail(file, `${file} could not be loaded (HTTP ${response.status}).`);
  const length = Number(response.headers.get('content-length'));
  if (length > MAX_DATA_BYTES) return tooLarge(file, length);
  return { ok: true, value: await response.text() };
}

export function parseTourFile(text: string, file: string, dataset: Dataset): LoadResult<TourFile> {
  const parsed = parseWith(tourFileSchema, text, file);
  if (!parsed.ok) return parsed;
  const ids = new Set(dataset.events.map((e) => e.id));
  const problems = parsed.value.tours.flatMap((tour, i) =>
    tour.stops.flatMap((stop, j) =>
      ids.has(stop.event)
        ? []
        : [
            {
              where: `Tour ${i + 1} ("${tour.id}"), stop ${j + 1}, field event`,
              message: `"${stop.event}" is not one of the events`,
            },
          ],
    ),
  );
  if (!problems.length) return parsed;
  return fail(file, `${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`, problems);
}

async function loadBand(
  baseUrl: string,
  dataset: Dataset,
  file: string,
  fetcher: typeof fetch,
): Promise<LoadResult<BandFile | undefined>> {
  const ref = dataset.meta.band;
  if (!ref) return { ok: true, value: undefined };
  const text = await fetchText(baseUrl + ref.file, ref.file, fetcher);
  if (!text.ok) return text;
  const band = parseBandFile(text.value, ref.file);
  if (!band.ok) return band;
  if (!band.value.series.some((s) => s.id === ref.series)) {
    return fail(ref.file, `${ref.file} has no series "${ref.series}", which ${file} asks for.`);
  }
  return band;
}

async function loadTours(
  baseUrl: string,
  dataset: Dataset,
  fetcher: typeof fetch,
): Promise<LoadResult<TourFile | undefined>> {
  const file = dataset.meta.tours;
  if (!file) return { ok: true, value: undefined };
  const text = await fetchText(baseUrl + file, file, fetcher);
  if (!text.ok) return text;
  return parseTourFile(text.value, file, dataset);
}

/** Loads `events.json` and the band and tours files it names from `baseUrl`, validates them, and builds the model. */
export async function loadModel(
  baseUrl: string,
  file = 'events.json',
  fetcher: typeof fetch = fetch,
): Promise<LoadResult<Model>> {
  const text = await fetchText(baseUrl + file, file, fetcher);
  if (!text.ok) return text;
  const dataset = parseDataset(text.value, file);
  if (!dataset.ok) return dataset;
  const [band, tours] = await Promise.all([
    loadBand(baseUrl, dataset.value, file, fetcher),
    loadTours(baseUrl, dataset.value, fetcher),
  ]);
  if (!band.ok) return band;
  if (!tours.ok) return tours;
  return { ok: true, value: createModel(dataset.value, band.value, tours.value) };
}
