import type { BandFile, Dataset } from './schema';
import { fail, MAX_DATA_BYTES, tooLarge, type LoadResult } from './load-result';
import { parseBandFile, parseDataset } from './parse';
import { noTours, readTours, type ToursReading } from './read-tours';
import { formatProblem } from './problems';
import { startDatasetChecker, type DatasetChecker } from './check-client';
import { createModel, withBandAndTours, type Model } from './model';
import { modelInSteps } from './model-in-steps';

/** A file's text and its size in bytes as it came (UTF-8). */
interface FetchedText {
  text: string;
  bytes: number;
}

/**
 * Fetches a file's text, refusing it by its size. `whileReading` hears its content-length (null when the browser does
 * not say, as for a preloaded or compressed response) and the body's promise, before the body has arrived. The body
 * is read as bytes and decoded here (as `response.text()` decodes it, byte order mark and all), so its size is known
 * without counting: counting 30 MB of text took 80 ms.
 */
async function fetchText(
  url: string,
  file: string,
  fetcher: typeof fetch,
  whileReading?: (length: number | null, body: Promise<unknown>) => void,
): Promise<LoadResult<FetchedText>> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    return fail(file, `${file} could not be loaded.`, [{ where: url, message: (error as Error).message }]);
  }
  if (!response.ok) return fail(file, `${file} could not be loaded (HTTP ${response.status}).`);
  const header = response.headers.get('content-length');
  const length = header === null ? null : Number(header);
  if (length !== null && length > MAX_DATA_BYTES) return tooLarge(file, length);
  const body = response.arrayBuffer();
  whileReading?.(length, body);
  const buffer = await body;
  if (buffer.byteLength > MAX_DATA_BYTES) return tooLarge(file, buffer.byteLength);
  return { ok: true, value: { text: new TextDecoder().decode(buffer), bytes: buffer.byteLength } };
}

async function loadBand(
  baseUrl: string,
  dataset: Dataset,
  file: string,
  fetcher: typeof fetch,
): Promise<LoadResult<BandFile | undefined>> {
  const ref = dataset.meta.band;
  if (!ref) return { ok: true, value: undefined };
  const fetched = await fetchText(baseUrl + ref.file, ref.file, fetcher);
  if (!fetched.ok) return fetched;
  const band = parseBandFile(fetched.value.text, ref.file);
  if (!band.ok) return band;
  if (!band.value.series.some((s) => s.id === ref.series)) {
    return fail(ref.file, `${ref.file} has no series "${ref.series}", which ${file} asks for.`);
  }
  return band;
}

/** The tours file the dataset names, read so that no problem of it refuses the dataset (see read-tours.ts). */
async function loadTours(baseUrl: string, dataset: Dataset, fetcher: typeof fetch): Promise<ToursReading | undefined> {
  const file = dataset.meta.tours;
  if (!file) return undefined;
  const fetched = await fetchText(baseUrl + file, file, fetcher);
  if (!fetched.ok) return noTours(`${fetched.title} ${fetched.problems.map(formatProblem).join(' ')}`.trim());
  return readTours(fetched.value.text, file, dataset);
}

/**
 * Text longer than this (about 3,000 events) is checked in a worker while the page models it. Below it, checking on
 * the page takes under 30 ms, less than a worker takes to start.
 */
export const PARALLEL_CHECK_FROM = 1_000_000;

/**
 * The worker is started while the body downloads, so that it is running when the text arrives: at once when the
 * headers give a length over this, or when they give none and the body is still on its way after SLOW_BODY_MS. A
 * small file (the bundled dataset, already preloaded) arrives sooner and never starts one.
 */
const MAY_BE_LARGE_FROM = 100_000;
const SLOW_BODY_MS = 100;

export interface LoadOptions {
  fetcher?: typeof fetch;
  /**
   * Where a large dataset is checked: a worker by default (see check-client.ts), none where there is no Worker. A
   * small one is checked on the page: it takes a few milliseconds, less than starting a worker.
   */
  startChecker?: () => DatasetChecker | null;
  /**
   * Told how many events the file holds once it is parsed, before it is checked: a hint for work that can start
   * early (loading the code that large datasets need). Nothing is shown until the checks pass.
   */
  onEventCount?: (count: number) => void;
  /**
   * Told while a file that may be large is still downloading (its length, or its slowness, starts a checker): a hint
   * to load the code that large datasets need meanwhile. Code that arrives while the page parses and models the file
   * can only run after that, half a second later at 100,000 events.
   */
  onLargeFile?: () => void;
  /** Told of the model when it is made beside the checks (large files only), before they pass: a hint, like the count. */
  onEarlyModel?: (model: Model) => void;
  /** Told what could not be used and was left out (tours with problems), in a sentence for a notice. */
  onNote?: (note: string) => void;
}

type Hints = Pick<LoadOptions, 'onEventCount' | 'onEarlyModel' | 'onLargeFile' | 'onNote'>;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The dataset as JSON.parse gives it, and its model, made in short steps while the checker runs; null if none. */
async function modelUnchecked(text: string, hints: Hints): Promise<{ dataset: Dataset; model: Model } | null> {
  const early = await modelInSteps(text, hints.onEventCount);
  performance.mark('waymark:data-modelled');
  try {
    if (early) hints.onEarlyModel?.(early.model);
  } catch {
    // A hint that fails leaves the model as good as it was.
  }
  return early;
}

/** The dataset read on the page: parsed and validated at once, modelled by the caller. */
function readDatasetHere(text: string, file: string, hints: Hints): LoadResult<{ dataset: Dataset }> {
  const parsed = parseDataset(text, file);
  if (!parsed.ok) return parsed;
  hints.onEventCount?.(parsed.value.events.length);
  return { ok: true, value: { dataset: parsed.value } };
}

/**
 * The validated dataset, and its model when it could be made at the same time. With a worker, validation (the
 * slowest step: about 0.6 s for 100,000 events) runs there while the page parses and models the same text in short
 * steps, and the page keeps its model only when the worker finds the file valid and unchanged by validation.
 */
async function readDataset(
  { text, bytes }: FetchedText,
  file: string,
  checker: DatasetChecker | null,
  hints: Hints,
): Promise<LoadResult<{ dataset: Dataset; model?: Model }>> {
  if (!checker) return readDatasetHere(text, file, hints);
  // Chromium hands a message to a worker only after the task that posted it ends, and holds one posted before the
  // worker runs until this thread is free: without the wait and the task boundary, the worker got the text once the
  // model below was made, 750 ms late.
  await checker.ready;
  const verdict = checker.check(text, file, bytes);
  await nextTask();
  const early = await modelUnchecked(text, hints);
  const checked = await verdict;
  if (!checked.ok) return checked;
  if (!checked.unchanged) return { ok: true, value: { dataset: checked.dataset } };
  // Valid, yet the page could not make its own copy (a text it could not cut at its events): read it here after all.
  return early ? { ok: true, value: early } : readDatasetHere(text, file, {});
}

/** Loads `events.json` and the band and tours files it names from `baseUrl`, validates them, and builds the model. */
export async function loadModel(
  baseUrl: string,
  file = 'events.json',
  { fetcher = fetch, startChecker = startDatasetChecker, ...hints }: LoadOptions = {},
): Promise<LoadResult<Model>> {
  // Set from the headers' callback: a holder, since TypeScript cannot see a callback assign a local.
  const started: { checker: DatasetChecker | null; once: boolean } = { checker: null, once: false };
  try {
    const start = () => {
      if (!started.once) {
        started.once = true;
        hints.onLargeFile?.();
        started.checker = startChecker();
      }
      return started.checker;
    };
    const fetched = await fetchText(baseUrl + file, file, fetcher, (length, body) => {
      if (length !== null) return void (length > MAY_BE_LARGE_FROM && start());
      const timer = setTimeout(start, SLOW_BODY_MS);
      void body.finally(() => clearTimeout(timer)).catch(() => {});
    });
    if (!fetched.ok) return fetched;
    performance.mark('waymark:data-fetched');
    const large = fetched.value.text.length > PARALLEL_CHECK_FROM;
    // A large file that arrived before the checker was started (a fast connection) still gets one.
    const checker = large ? start() : null;
    const read = await readDataset(fetched.value, file, checker, hints);
    performance.mark('waymark:data-checked');
    if (!read.ok) return read;
    const { dataset, model } = read.value;
    const [band, tours] = await Promise.all([
      loadBand(baseUrl, dataset, file, fetcher),
      loadTours(baseUrl, dataset, fetcher),
    ]);
    if (!band.ok) return band;
    if (tours?.note) hints.onNote?.(tours.note);
    const value = model
      ? withBandAndTours(model, dataset, band.value, tours?.tours)
      : createModel(dataset, band.value, tours?.tours);
    return { ok: true, value };
  } finally {
    started.checker?.dispose();
  }
}
