import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Root } from './app/root';
import { readPrerenderedPage, type PrerenderedPage } from './app/prerendered-page';
import { loadPrerenderedModel, sharedFetch } from './app/load-prerendered';
import { prepareLink, showLinkedModel } from './app/show-link';
import { showFailure, showModel } from './state/actions';
import { setMapPoster } from './map/poster';
import type { Model } from './data/model';
import './styles.css';

/** A second window for the teacher (`?presenter=1`): notes, next stop, clock; it follows the projected window. */
const presenter = new URLSearchParams(window.location.search).get('presenter') === '1';
const hasDataParam = new URLSearchParams(window.location.search).has('data');
const container = document.getElementById('root')!;
const page = presenter || hasDataParam ? null : readPrerenderedPage(document);

/** Everything but a prerendered page with its own data: load, check and render from the start. */
function renderFresh(baseUrl: string, fetcher: typeof fetch = fetch) {
  createRoot(container).render(<Root baseUrl={baseUrl} presenter={presenter} />);
  import('./app/start-fresh')
    .then(({ startFresh }) => startFresh(baseUrl, presenter, fetcher))
    .catch((error: Error) =>
      showFailure({ ok: false, file: 'events.json', title: `Waymark could not start: ${error.message}`, problems: [] }),
    );
}

/**
 * Hydrates the page the build rendered (see app/render-page.tsx) over the model of the same files, then moves to the
 * view the address asks for before the next paint. A share page (e/<id>/) takes the app's own address first.
 */
function hydrate(page: PrerenderedPage, model: Model, baseUrl: string) {
  if (page.poster) setMapPoster(model, page.poster);
  showModel(model, { selectedId: page.selectedId });
  const onShown = () => {
    performance.mark('waymark:hydrated');
    if (page.appPath !== './' && page.selectedId) {
      const app = new URL(page.appPath, window.location.href);
      app.search = `?event=${encodeURIComponent(page.selectedId)}`;
      window.history.replaceState(window.history.state, '', app);
    }
    showLinkedModel(model);
  };
  // In a transition, so that hydration yields to the browser between pieces of work instead of holding the page in
  // one long task (a transition's render is time-sliced; hydration at default priority is not).
  startTransition(() => {
    hydrateRoot(container, <Root baseUrl={baseUrl} onShown={onShown} />);
  });
}

if (page) {
  // Absolute, so that it still holds once a share page has taken the app's address.
  const baseUrl = new URL(page.appPath, window.location.href).href;
  const fetcher = sharedFetch();
  performance.mark('waymark:entry-run');
  Promise.all([loadPrerenderedModel(page, `${baseUrl}data/`, fetcher), prepareLink()])
    .then(([model]) => {
      performance.mark('waymark:prerendered-data-read');
      return model ? hydrate(page, model, baseUrl) : renderFresh(baseUrl, fetcher);
    })
    .catch(() => renderFresh(baseUrl, fetcher));
} else {
  renderFresh(import.meta.env.BASE_URL);
}
