import { parseDataParam } from './codec';

/** Where the first dataset is fetched from: a folder URL (ending in "/") and the file's name in it. */
export interface DataLocation {
  folder: string;
  file: string;
  /** The `?data=` path, or null for the bundled dataset. */
  path: string | null;
}

/**
 * The dataset a page address asks for, resolved against the app's base: `?data=` when it is a plain path beside the
 * app, else the bundled `data/events.json`. A refused `?data=` is reported later, with the rest of the link's keys.
 */
export function locateDataset(search: string, baseUrl: string): DataLocation {
  let raw: string | null = null;
  try {
    raw = new URLSearchParams(search).get('data');
  } catch {
    // An unreadable query names no dataset.
  }
  const parsed = parseDataParam(raw);
  if (!parsed || !('value' in parsed)) return { folder: `${baseUrl}data/`, file: 'events.json', path: null };
  const path = parsed.value;
  const slash = path.lastIndexOf('/');
  // The band and tours files a dataset names are fetched from its folder, like the bundled ones from data/.
  return { folder: `${baseUrl}${path.slice(0, slash + 1)}`, file: path.slice(slash + 1), path };
}
