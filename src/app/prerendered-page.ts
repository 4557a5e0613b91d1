/**
 * What a prerendered page says about itself, in a JSON block (`<script type="application/json" id="waymark-page">`):
 * the data files it was rendered from, by fingerprint, and the view it shows. A JSON block is data, not script, so a
 * CSP without 'unsafe-inline' allows it.
 */
export interface PrerenderedPage {
  /**
   * Each data file the page was rendered from (in the data folder), its size in bytes and its fingerprint (see
   * data/fingerprint.ts): a file of another size is known to differ before it is decoded.
   */
  files: { path: string; bytes: number; fingerprint: string }[];
  /** The dataset file among them: the one whose meta names the others. */
  dataset: string;
  /** The event the page shows selected (a share page, e/<id>/), or null. */
  selectedId: string | null;
  /** The app's address relative to this page: `./` for the app itself, `../../` for a share page. */
  appPath: string;
  /** The map's stand-in until Leaflet has drawn: an image of the basemap and markers, relative to this page. */
  poster: { src: string; alt: string } | null;
}

export const PAGE_BLOCK_ID = 'waymark-page';

/** The block's text: JSON with `<` escaped, so that no string in it can close the script element. */
export function serializePrerenderedPage(page: PrerenderedPage): string {
  return JSON.stringify(page).replace(/</g, '\\u003c');
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** The page's block, or null when it has none or it is not one this build writes (then the page renders afresh). */
export function readPrerenderedPage(doc: Document): PrerenderedPage | null {
  const text = doc.getElementById(PAGE_BLOCK_ID)?.textContent;
  if (!text) return null;
  let value: Partial<PrerenderedPage>;
  try {
    value = JSON.parse(text) as Partial<PrerenderedPage>;
  } catch {
    return null;
  }
  const { files, dataset, selectedId, appPath, poster } = value;
  const filesOk =
    Array.isArray(files) &&
    files.length > 0 &&
    files.every((f) => isString(f?.path) && isString(f?.fingerprint) && Number.isSafeInteger(f?.bytes));
  const posterOk = poster === null || (isString(poster?.src) && isString(poster?.alt));
  if (!filesOk || !isString(dataset) || !(selectedId === null || isString(selectedId)) || !isString(appPath)) {
    return null;
  }
  return posterOk ? { files, dataset, selectedId, appPath, poster: poster ?? null } : null;
}
