import type { BandFile, Dataset } from '../data/schema';
import type { TourFile } from '../data/tour-schema';
import { fingerprint } from '../data/fingerprint';
import { withoutBom } from '../data/load-result';
import { createModel, type Model } from '../data/model';
import type { PrerenderedPage } from './prerendered-page';

/**
 * The model a prerendered page was rendered from, made from the data files beside it (preloaded by the page, so
 * fetched once): only when every file is the one the build checked (by its fingerprint), so the checks are not run
 * again and the page can hydrate. Null when any file differs or cannot be fetched: the page is then rendered afresh
 * from whatever the files now hold, with the full checks.
 */
export async function loadPrerenderedModel(
  page: PrerenderedPage,
  dataFolder: string,
  fetcher: typeof fetch = fetch,
): Promise<Model | null> {
  const texts = new Map<string, string>();
  const same = await Promise.all(
    page.files.map(async ({ path, fingerprint: expected }) => {
      try {
        const response = await fetcher(dataFolder + path);
        if (!response.ok) return false;
        const text = await response.text();
        texts.set(path, text);
        return fingerprint(text) === expected;
      } catch {
        return false;
      }
    }),
  );
  if (!same.every(Boolean)) return null;
  const read = <T>(path: string | undefined): T | undefined => {
    const text = path === undefined ? undefined : texts.get(path);
    return text === undefined ? undefined : (JSON.parse(withoutBom(text)) as T);
  };
  const dataset = read<Dataset>(page.dataset);
  if (!dataset) return null;
  // A file the dataset names but the page did not list (it would be a build's mistake) is not guessed at.
  const { band: bandRef, tours: toursFile } = dataset.meta;
  if ((bandRef && !texts.has(bandRef.file)) || (toursFile && !texts.has(toursFile))) return null;
  return createModel(dataset, read<BandFile>(bandRef?.file), read<TourFile>(toursFile));
}
