import type { ReactNode } from 'react';
import { useAppStore } from '../state/use-app-store';
import { selectActiveStop, selectActiveTour } from '../state/tour-selectors';
import { endTour, setPresenting, stepTour } from '../state/tour-actions';
import { enterFullscreen } from '../ui/fullscreen';

/** While a tour is on: where we are ("3 / 9"), the teacher's note, and the way forward, back, to present, or out. */
export function TourBar({ extra }: { extra?: ReactNode }) {
  const tour = useAppStore(selectActiveTour);
  const position = useAppStore((s) => s.tour);
  const stop = useAppStore(selectActiveStop);
  const present = useAppStore((s) => s.present);
  if (!tour || !position) return null;
  const step = position.step;
  return (
    <section className="tour-bar" aria-label="Tour">
      <h2 className="tour-bar-title">{tour.title}</h2>
      <p className="tour-progress" aria-live="polite">
        <span className="visually-hidden">Stop </span>
        {step + 1} / {tour.stops.length}
      </p>
      <div className="tour-buttons">
        <button type="button" onClick={() => stepTour(-1)} disabled={step === 0}>
          ← Previous stop
        </button>
        <button type="button" onClick={() => stepTour(1)} disabled={step === tour.stops.length - 1}>
          Next stop →
        </button>
        {!present && (
          <button
            type="button"
            onClick={() => {
              void enterFullscreen();
              setPresenting(true);
            }}
          >
            Present
          </button>
        )}
        {extra}
        <button type="button" onClick={endTour}>
          End tour
        </button>
      </div>
      {stop?.note && !present && <p className="tour-note">{stop.note}</p>}
    </section>
  );
}
