import { loadModel } from '../data/load';
import { showFailure } from '../state/actions';
import { setDataOrigin } from '../state/open-actions';
import { locateDataset } from '../url/data-location';
import { loadLinkedDataset } from '../open/load-linked-dataset';
import { prepareViews } from './prepare-views';
import { preloadMapView } from '../map/map-area';
import { prepareLink, showLinkedModel } from './show-link';

/**
 * Loads the dataset the address names (`?data=`, else the bundled one from `baseUrl`), with every check, and shows it:
 * for a page that was not prerendered (`npm run dev`), the presenter's window, a `?data=` link, or a prerendered page
 * whose data files have changed since the build. The page shows "Loading the dataset…" meanwhile.
 */
export function startFresh(baseUrl: string, presenter: boolean, fetcher: typeof fetch = fetch) {
  /** `?data=` opens a dataset beside the app (a teacher's own deployment) instead of the bundled one. */
  const source = locateDataset(window.location.search, baseUrl);
  if (!presenter) void preloadMapView();
  // What was left out of the files (tours with problems), said once the dataset shows.
  const notes: string[] = [];
  const onNote = (note: string) => void notes.push(note);
  const hints = presenter
    ? { fetcher, onNote }
    : {
        fetcher,
        onNote,
        onEventCount: prepareViews.forEventCount,
        onLargeFile: prepareViews.forLargeFile,
        onEarlyModel: prepareViews.forModel,
      };
  if (source.path) setDataOrigin({ kind: 'url', path: source.path });
  const loading = source.path
    ? loadLinkedDataset(source.folder, source.file, hints)
    : loadModel(source.folder, source.file, hints).then((result) =>
        result.ok ? { ok: true as const, value: { model: result.value, note: null } } : result,
      );
  return Promise.all([loading, prepareLink()])
    .then(([loaded]) => {
      if (!loaded.ok) return showFailure(loaded);
      const note = [loaded.value.note, ...notes].filter(Boolean).join(' ') || null;
      showLinkedModel(loaded.value.model, { note, presenter });
    })
    .catch((error: Error) =>
      showFailure({
        ok: false,
        file: source.file,
        title: `The dataset could not be loaded: ${error.message}`,
        problems: [],
      }),
    );
}
