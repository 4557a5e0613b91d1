import { useMap } from 'react-leaflet';
import { useAppStore } from '../state/use-app-store';
import { selectFilteredEvents } from '../state/selectors';
import { prefersReducedMotion } from '../ui/motion';
import { boundsOf, FIT_OPTIONS } from './map-view-sync';

/** Brings every event that passes the filters into view. */
export function FitButton() {
  const map = useMap();
  const events = useAppStore(selectFilteredEvents);
  return (
    <button
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
