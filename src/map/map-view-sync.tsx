import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap, useMapEvent } from 'react-leaflet';
import { useAppStore } from '../state/use-app-store';
import { selectFilteredEvents, selectSelectedEvent } from '../state/selectors';
import { setMapView } from '../state/actions';
import { appStore } from '../state/store';
import { selectStopNeighbours } from '../state/tour-selectors';
import { roundMapView, sameMapView } from '../state/map-position';
import type { ModelEvent } from '../data/model';
import { prefersReducedMotion } from '../ui/motion';
import { markerSetOf } from './marker-set';

/**
 * How the map fits events: clear of the control corners (zoom at the top left, the map's buttons in a row at the top
 * right, the attribution at the bottom right, each up to 44 px a button on a phone, 10 px from the edge), so that no
 * marker of a fitted view lies under a control.
 */
export const FIT_OPTIONS: L.FitBoundsOptions = { paddingTopLeft: [66, 66], paddingBottomRight: [24, 34], maxZoom: 5 };

/** The box around every located place of `events`, from the walk the markers make anyway (see `markerSetOf`). */
export function boundsOf(events: readonly ModelEvent[]): L.LatLngBounds | null {
  const extent = markerSetOf(events).extent;
  return extent && L.latLngBounds([extent[0], extent[1]], [extent[2], extent[3]]);
}

function currentView(map: L.Map) {
  const centre = map.getCenter();
  return roundMapView({ lat: centre.lat, lon: centre.lng, zoom: map.getZoom() });
}

/**
 * Keeps the map and the store in step. A move the user makes is the store's `mapView`; a move the app makes (fitting
 * the filtered events, flying to a selection) clears it, since it follows from the rest of the state. A view restored
 * from an address (a link, Back, Forward) is shown at once: the stored map view if there is one, else what the
 * selection or the filters would fit.
 */
export function MapViewSync() {
  const map = useMap();
  const events = useAppStore(selectFilteredEvents);
  const selected = useAppStore(selectSelectedEvent);
  const mapView = useAppStore((s) => s.mapView);
  const restoredAt = useAppStore((s) => s.restoredAt);
  const present = useAppStore((s) => s.present);
  const lastRestore = useRef(restoredAt);
  // The first render shows the restored view through MapContainer's initial props.
  const justRestored = useRef(true);
  // Whose move was it? Whichever came last: the user's hand on the map, or the app's own move. (A flag cleared on
  // moveend would be wrong when a second app move interrupts the first.)
  const lastUserInput = useRef(-Infinity);
  const lastAppMove = useRef(-Infinity);

  function moveByApp(move: () => void) {
    lastAppMove.current = performance.now();
    move();
  }

  useEffect(
    function noticeUserInput() {
      const container = map.getContainer();
      const mark = () => (lastUserInput.current = performance.now());
      const kinds = ['pointerdown', 'wheel', 'keydown', 'touchstart'] as const;
      for (const kind of kinds) container.addEventListener(kind, mark, { passive: true });
      return () => {
        for (const kind of kinds) container.removeEventListener(kind, mark);
      };
    },
    [map],
  );

  useMapEvent('moveend', () => {
    if (lastUserInput.current > lastAppMove.current) setMapView(currentView(map));
    else setMapView(null);
  });

  useEffect(
    function restoreView() {
      if (restoredAt === lastRestore.current) return;
      lastRestore.current = restoredAt;
      justRestored.current = true;
      if (mapView) {
        // A view someone chose, restored: it counts as the user's, so the store keeps it.
        lastUserInput.current = performance.now();
        if (!sameMapView(mapView, currentView(map))) {
          map.setView([mapView.lat, mapView.lon], mapView.zoom, { animate: false });
        }
        return;
      }
      // A presented tour's stop shows the way: the stop with the ones before and after it.
      const neighbours = present ? selectStopNeighbours(appStore.getState()) : [];
      const bounds = boundsOf(neighbours.length ? neighbours : selected ? [selected] : events);
      if (bounds) moveByApp(() => map.fitBounds(bounds, { ...FIT_OPTIONS, animate: false }));
    },
    [map, restoredAt, mapView, selected, events, present],
  );

  useEffect(
    function fitToFilteredEvents() {
      if (justRestored.current) return;
      const bounds = boundsOf(events);
      if (bounds) moveByApp(() => map.fitBounds(bounds, { ...FIT_OPTIONS, animate: !prefersReducedMotion() }));
    },
    [map, events],
  );

  useEffect(
    function flyToSelection() {
      if (justRestored.current || !selected) return;
      const bounds = boundsOf([selected]);
      if (!bounds) return;
      if (map.getBounds().pad(-0.1).contains(bounds) && map.getZoom() >= 4) return;
      if (prefersReducedMotion()) moveByApp(() => map.fitBounds(bounds, { ...FIT_OPTIONS, animate: false }));
      else moveByApp(() => map.flyToBounds(bounds, { ...FIT_OPTIONS, duration: 0.8 }));
    },
    [map, selected],
  );

  useEffect(function endOfCommit() {
    justRestored.current = false;
  });

  return null;
}
