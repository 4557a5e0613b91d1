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
 * from whatever the files now hold, with the full checks (hand both the same `sharedFetch`, so that nothing is
 * downloaded twice).
 */
export async function loadPrerenderedModel(
  page: PrerenderedPage,
  dataFolder: string,
  fetcher: typeof fetch = fetch,
): Promise<Model | null> {
  const texts = new Map<string, string>();
  const same = await Promise.all(
    page.files.map(async ({ path, bytes, fingerprint: expected }) => {
      try {
        const response = await fetcher(dataFolder + path);
        if (!response.ok) return false;
        const buffer = await response.arrayBuffer();
        // Another file (a large one, say) is told by its size, without decoding or hashing it.
        if (buffer.byteLength !== bytes) return false;
        const text = new TextDecoder().decode(buffer);
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

/**
 * A fetch that asks the network once per address for two callers: the prerendered page's check gets a copy of the
 * answer, and the fresh load (when the files have changed) the answer itself, so that nothing is downloaded twice and
 * no copy is kept once both have read it. A third call fetches anew.
 */
export function sharedFetch(fetcher: typeof fetch = fetch): typeof fetch {
  const pending = new Map<string, Promise<Response>>();
  return ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (init) return fetcher(input, init);
    const first = pending.get(url);
    if (first) {
      pending.delete(url);
      return first;
    }
    const response = fetcher(url);
    pending.set(url, response);
    // A failed request is not handed on: the next call tries again.
    response.catch(() => pending.delete(url));
    return response.then((r) => r.clone());
  }) as typeof fetch;
}
