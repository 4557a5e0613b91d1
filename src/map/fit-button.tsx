import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { useAppStore } from '../state/use-app-store';
import { selectFilteredEvents } from '../state/selectors';
import { prefersReducedMotion } from '../ui/motion';
import { boundsOf, FIT_OPTIONS } from './map-view-sync';

/** Brings every event that passes the filters into view. */
export function FitButton() {
  const map = useMap();
  const events = useAppStore(selectFilteredEvents);
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(function keepClicksOffTheMap() {
    if (ref.current) L.DomEvent.disableClickPropagation(ref.current);
  }, []);
  return (
    <button
      ref={ref}
      type="button"
      className="map-fit"
      disabled={events.length === 0}
      onClick={() => {
        const bounds = boundsOf(events);
        if (bounds) map.fitBounds(bounds, { ...FIT_OPTIONS, animate: !prefersReducedMotion() });
      }}
    >
      Show all events
    </button>
  );
}
