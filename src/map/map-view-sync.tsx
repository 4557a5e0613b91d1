import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap, useMapEvent } from 'react-leaflet';
import { useAppStore } from '../state/use-app-store';
import { selectFilteredEvents, selectSelectedEvent } from '../state/selectors';
import { setMapView } from '../state/actions';
import type { ModelEvent } from '../data/model';
import { prefersReducedMotion } from '../ui/motion';

export const FIT_OPTIONS: L.FitBoundsOptions = { padding: [30, 30], maxZoom: 5 };

export function boundsOf(events: readonly ModelEvent[]): L.LatLngBounds | null {
  const points = events.flatMap((e) => e.record.places.map((p) => L.latLng(p.lat, p.lon)));
  return points.length ? L.latLngBounds(points) : null;
}

/** Rounds a view to what its zoom can show (about a pixel), so the store and later the URL stay short. */
export function roundView(lat: number, lon: number, zoom: number) {
  const digits = Math.max(0, Math.min(6, Math.ceil(Math.log10((2 ** zoom * 256) / 360))));
  const factor = 10 ** digits;
  return {
    lat: Math.round(lat * factor) / factor,
    lon: Math.round(lon * factor) / factor,
    zoom: Math.round(zoom * 100) / 100,
  };
}

/**
 * Keeps the map and the store in step: moves are reported to the store; a new filter result fits the map to the
 * events; a new selection flies to it (or jumps, under reduced motion).
 */
export function MapViewSync() {
  const map = useMap();
  const events = useAppStore(selectFilteredEvents);
  const selected = useAppStore(selectSelectedEvent);
  const firstFit = useRef(true);

  useMapEvent('moveend', () => {
    const centre = map.getCenter();
    setMapView(roundView(centre.lat, centre.lng, map.getZoom()));
  });

  useEffect(
    function fitToFilteredEvents() {
      if (firstFit.current) {
        firstFit.current = false;
        return;
      }
      const bounds = boundsOf(events);
      if (bounds) map.fitBounds(bounds, { ...FIT_OPTIONS, animate: !prefersReducedMotion() });
    },
    [map, events],
  );

  useEffect(
    function flyToSelection() {
      if (!selected) return;
      const bounds = boundsOf([selected]);
      if (!bounds) return;
      const view = map.getBounds().pad(-0.1);
      if (view.contains(bounds) && map.getZoom() >= 4) return;
      if (prefersReducedMotion()) map.fitBounds(bounds, { ...FIT_OPTIONS, animate: false });
      else map.flyToBounds(bounds, { ...FIT_OPTIONS, duration: 0.8 });
    },
    [map, selected],
  );

  return null;
}
