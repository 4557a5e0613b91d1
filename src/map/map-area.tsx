import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../state/use-app-store';
import { lazyComponent } from '../ui/lazy-component';
import { useHydrated } from '../ui/use-hydrated';
import { useAfterFirstPaint } from '../ui/use-after-first-paint';
import { mapPosterOf } from './poster';

/** Leaflet is the largest part of the app: it loads once the page is showing (and hydrated), not before. */
export const loadMapView = () => import('./map-view');
const { Component: MapView, preload: preloadMapView } = lazyComponent(() =>
  loadMapView().then((module) => module.MapView),
);
export { preloadMapView };

/**
 * The map's place in the page. A prerendered page shows its poster there (an image of the basemap and markers, from
 * the HTML), and Leaflet is mounted under it once the page runs; the poster goes when Leaflet has drawn the
 * countries, so the map is replaced in place. Without a poster (a dataset from a file or `?data=`) a line says the
 * map is loading.
 */
export function MapArea({ baseUrl }: { baseUrl: string }) {
  const model = useAppStore((s) => s.model)!;
  const poster = mapPosterOf(model);
  // False in the prerendered HTML and while it hydrates: the first render must be the same as the server's. Under a
  // poster, Leaflet waits until the page has a moment to spare: the page answers its first clicks before the map's
  // code and basemap are read.
  const hydrated = useHydrated();
  const idle = useAfterFirstPaint();
  const live = hydrated && (!poster || idle);
  const [drawnFor, setDrawnFor] = useState<typeof model | null>(null);
  const posterRef = useRef<HTMLImageElement>(null);
  useEffect(function markPosterDrawn() {
    // The map shows its basemap and markers from the poster (the bench's `waymark:map-drawn`; Leaflet marks it when
    // there is no poster).
    const img = posterRef.current;
    if (!img || performance.getEntriesByName('waymark:map-drawn').length) return;
    const mark = () => performance.mark('waymark:map-drawn');
    if (img.complete && img.naturalWidth > 0) return void mark();
    img.addEventListener('load', mark, { once: true });
    return () => img.removeEventListener('load', mark);
  }, []);
  const onDrawn = useCallback(() => setDrawnFor(model), [model]);
  const loading = <p className="map-loading">Loading the map…</p>;
  return (
    <>
      {poster && drawnFor !== model && <img ref={posterRef} className="map-poster" src={poster.src} alt={poster.alt} />}
      {live ? (
        <Suspense fallback={poster ? null : loading}>
          <MapView baseUrl={baseUrl} onDrawn={onDrawn} />
        </Suspense>
      ) : (
        !poster && loading
      )}
    </>
  );
}
