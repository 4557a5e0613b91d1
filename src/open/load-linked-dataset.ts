import { loadModel, type LoadOptions } from '../data/load';
import type { LoadResult } from '../data/load-result';
import { createModel, type Model } from '../data/model';
import { itemNoun } from './describe-import';

/** A dataset a link opened, and a sentence about what was left out of it, if anything was. */
export interface LinkedDataset {
  model: Model;
  note: string | null;
}

const fail = (file: string, title: string, problems: { where: string; message: string }[] = []) =>
  ({ ok: false, file, title, problems }) as const;

/**
 * Opens the dataset a `?data=` link names, from `folder`. Waymark JSON loads as the bundled dataset does, with its
 * band and tours files from the same folder, and any problem refuses it: the teacher who deployed it should hear.
 * CSV, TimelineJS JSON and GeoJSON go through the importer (in its worker), and their valid events open with a note
 * of what was left out, so one bad row does not stop a class.
 */
export async function loadLinkedDataset(
  folder: string,
  file: string,
  {
    fetcher = fetch,
    ...hints
  }: Pick<LoadOptions, 'fetcher' | 'onEventCount' | 'onEarlyModel' | 'onLargeFile' | 'onNote'> = {},
): Promise<LoadResult<LinkedDataset>> {
  // The file is fetched once: loadModel reads it as Waymark JSON, and its text is kept for the importer.
  const kept: { text: string | null } = { text: null };
  const keepText: typeof fetch = async (input, init) => {
    const response = await fetcher(input, init);
    if (String(input) === folder + file && response.ok) kept.text = await response.clone().text();
    return response;
  };
  const loaded = await loadModel(folder, file, { fetcher: keepText, ...hints });
  if (loaded.ok) return { ok: true, value: { model: loaded.value, note: null } };
  const text = kept.text;
  if (text === null) return loaded;

  const { importFile } = await import('../import/import-client');
  const result = await importFile(new File([text], file), () => {});
  if (result.format === 'waymark') return loaded;
  if (result.fatal) return fail(file, result.fatal);
  if (!result.dataset) return fail(file, `${file} has no event that can be opened.`, result.problems);
  const left = result.total - result.valid;
  const noun = itemNoun(result.format);
  const note = left
    ? `${left} of the ${result.total} ${noun}s in ${file} could not be used and were left out. Open the file with ` +
      '“Open a file” to see why.'
    : null;
  return { ok: true, value: { model: createModel(result.dataset), note } };
}
