import { useEffect } from 'react';
import { useAppStore } from '../state/use-app-store';
import { selectActiveStop, selectActiveTour } from '../state/tour-selectors';
import { selectFilteredEvents } from '../state/selectors';
import { setPresenting } from '../state/tour-actions';
import { leaveFullscreen } from '../ui/fullscreen';
import './present.css';

/** The presentation's one line of chrome: progress ("3 / 9"), the stop's title, and the way out. */
export function PresentBar() {
  const tour = useAppStore(selectActiveTour);
  const position = useAppStore((s) => s.tour);
  const stop = useAppStore(selectActiveStop);
  const events = useAppStore(selectFilteredEvents);
  const selectedId = useAppStore((s) => s.selectedId);

  useEffect(function leaveWithFullscreen() {
    // Browsers use Escape to end fullscreen and do not pass it on: ending fullscreen ends the presentation.
    function onChange() {
      if (!document.fullscreenElement) setPresenting(false);
    }
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const index = tour && position ? position.step : events.findIndex((e) => e.id === selectedId);
  const total = tour ? tour.stops.length : events.length;
  return (
    <header className="present-bar">
      <p className="present-title">{tour ? tour.title : 'Presentation'}</p>
      <p className="present-progress" aria-live="polite" aria-label={`Stop ${index + 1} of ${total}`}>
        {index >= 0 ? index + 1 : '–'} / {total}
      </p>
      <button
        type="button"
        onClick={() => {
          setPresenting(false);
          void leaveFullscreen();
        }}
      >
        Leave presentation (Esc)
      </button>
      {stop && <span className="visually-hidden">{stop.note}</span>}
    </header>
  );
}
