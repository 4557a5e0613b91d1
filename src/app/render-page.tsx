import { renderToString } from 'react-dom/server';
import type { Model } from '../data/model';
import { resetAppStore } from '../state/store';
import { setMapPoster, type MapPoster } from '../map/poster';
import { Root } from './root';

export interface RenderOptions {
  /** The event shown selected (a share page), or null for the app's default view. */
  selectedId: string | null;
  poster: MapPoster | null;
  /** The app's folder as the page will run it; it is not part of the HTML, which stays the same for any. */
  baseUrl: string;
}

/**
 * The first view of `model` as HTML, rendered at build time by the same components the page hydrates (see main.tsx):
 * header, tours, filters, list, details, the timeline's SVG and the map's poster. The store holds the state the page
 * will start from, so the browser's first render matches this one.
 */
export function renderPage(model: Model, { selectedId, poster, baseUrl }: RenderOptions): string {
  resetAppStore({ status: 'ready', model, selectedId });
  if (poster) setMapPoster(model, poster);
  return renderToString(<Root baseUrl={baseUrl} />);
}
