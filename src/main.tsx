import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadMapView } from './app/app';
import { ViewBoundary } from './app/view-boundary';
import { loadModel } from './data/load';
import { addNotice, setEmbed, showFailure, showModel } from './state/actions';
import { goToStop } from './state/tour-actions';
import { readLocation, startUrlSync, withoutData } from './url/sync';
import { locateDataset } from './url/data-location';
import { setDataOrigin } from './state/open-actions';
import { loadLinkedDataset } from './open/load-linked-dataset';
import { startPresenterSync } from './present/channel';
import { prepareViews } from './app/prepare-views';
import './styles.css';

const baseUrl = import.meta.env.BASE_URL;
/** A second window for the teacher (`?presenter=1`): notes, next stop, clock; it follows the projected window. */
const isPresenter = new URLSearchParams(window.location.search).get('presenter') === '1';
const PresenterView = lazy(() => import('./present/presenter-view').then((m) => ({ default: m.PresenterView })));

/** `?data=` opens a dataset beside the app (a teacher's own deployment) instead of the bundled one. */
const source = locateDataset(window.location.search, baseUrl);

if (!isPresenter) void preloadMapView();
const hints = isPresenter
  ? {}
  : {
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
loading
  .then((loaded) => {
    if (!loaded.ok) return showFailure(loaded);
    const { model, note } = loaded.value;
    const link = readLocation(model);
    setEmbed(link.embed);
    showModel(model, withoutData(link.state));
    if (note) addNotice(note);
    if (isPresenter) return;
    // A link to a tour step without its event (e.g. a teacher's "tour=…&step=4") shows that stop.
    if (link.state.tour && !link.state.selectedId) goToStop(link.state.tour.id, link.state.tour.step);
    startUrlSync(model, link);
    startPresenterSync();
  })
  .catch((error: Error) =>
    showFailure({
      ok: false,
      file: source.file,
      title: `The dataset could not be loaded: ${error.message}`,
      problems: [],
    }),
  );

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ViewBoundary name="App">
      {isPresenter ? (
        <Suspense fallback={<p>Loading the presenter view…</p>}>
          <PresenterView />
        </Suspense>
      ) : (
        <App baseUrl={baseUrl} />
      )}
    </ViewBoundary>
  </StrictMode>,
);
