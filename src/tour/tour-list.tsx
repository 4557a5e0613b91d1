import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/use-app-store';
import { selectTours } from '../state/tour-selectors';
import { startTour } from '../state/tour-actions';

/** The tours a teacher can start, each with what it covers. */
export function TourList({ extra }: { extra?: ReactNode }) {
  const tours = useAppStore(useShallow(selectTours));
  return (
    <section className="tour-list" aria-label="Tours">
      <details>
        <summary>
          <h2 className="panel-heading">Guided tours ({tours.length})</h2>
        </summary>
        <ul>
          {tours.map((tour) => (
            <li key={tour.id}>
              <button type="button" onClick={() => startTour(tour.id)} title={tour.description}>
                <span className="tour-title">{tour.title}</span>
                <span className="tour-meta">{tour.stops.length} stops</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
      {extra}
    </section>
  );
}
