import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../state/use-app-store';
import { selectActiveStop, selectActiveTour } from '../state/tour-selectors';
import { goToStop } from '../state/tour-actions';
import { startPresenterReceiver, type ChannelFactory, type PresenterConnection } from './channel';
import './presenter.css';

const pad = (n: number) => String(n).padStart(2, '0');

/** Wall-clock time as HH:MM (the computer's own time zone: it is the time in the classroom). */
export function formatClock(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Time since the presenter opened, as H:MM. */
export function formatElapsed(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  return `${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;
}

function readClock(openedAt: number) {
  return { clock: formatClock(new Date()), elapsed: formatElapsed(Date.now() - openedAt) };
}

/** The clock and the time elapsed; checked every second, but the view re-renders only when a minute turns. */
function useClock(): { clock: string; elapsed: string } {
  const [openedAt] = useState(() => Date.now());
  const [time, setTime] = useState(() => readClock(openedAt));
  useEffect(
    function tick() {
      const timer = setInterval(() => {
        const next = readClock(openedAt);
        setTime((current) => (current.clock === next.clock && current.elapsed === next.elapsed ? current : next));
      }, 1000);
      return () => clearInterval(timer);
    },
    [openedAt],
  );
  return time;
}

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

/**
 * The teacher's screen in a second window (`?presenter=1`): the stop's note in large type, the next stop, the clock
 * and the time elapsed. It follows the projected window over a BroadcastChannel and steps it with Previous and Next.
 */
export function PresenterView({ createChannel }: { createChannel?: ChannelFactory }) {
  const status = useAppStore((s) => s.status);
  const model = useAppStore((s) => s.model);
  const tour = useAppStore(selectActiveTour);
  const position = useAppStore((s) => s.tour);
  const stop = useAppStore(selectActiveStop);
  const present = useAppStore((s) => s.present);
  const connection = useRef<PresenterConnection | null>(null);
  const [connected, setConnected] = useState(false);
  const supported = createChannel !== undefined || typeof BroadcastChannel !== 'undefined';
  const { clock, elapsed } = useClock();

  useEffect(
    function connectToMainWindow() {
      const opened = startPresenterReceiver(() => setConnected(true), createChannel);
      connection.current = opened;
      return () => {
        opened?.stop();
        connection.current = null;
      };
    },
    [createChannel],
  );

  useEffect(function setDocumentTitle() {
    document.title = 'Presenter · Waymark';
  }, []);

  const step = position?.step ?? 0;
  const total = tour?.stops.length ?? 0;

  // Without a channel the presenter can still step through its own copy of the tour.
  function go(target: number) {
    if (!tour || target < 0 || target >= total) return;
    if (connection.current) connection.current.go(target);
    else goToStop(tour.id, target);
  }
  const stepBy = useRef((direction: 1 | -1) => go(step + direction));
  useEffect(function keepStepCurrent() {
    stepBy.current = (direction) => go(step + direction);
  });

  useEffect(function listenForKeys() {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const direction = NEXT_KEYS.has(event.key) ? 1 : PREVIOUS_KEYS.has(event.key) ? -1 : 0;
      if (!direction) return;
      event.preventDefault();
      stepBy.current(direction);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  if (status === 'loading') return <main className="presenter loading">Loading the dataset…</main>;
  if (status === 'error' || !model) {
    return (
      <main className="presenter">
        <p role="alert">The dataset could not be loaded, so the presenter view cannot show the tour.</p>
      </main>
    );
  }

  const titleOf = (id: string) => model.byId.get(id)?.record.title ?? id;
  const next = tour?.stops[step + 1];

  return (
    <main className="presenter" aria-labelledby="presenter-heading">
      <header className="presenter-head">
        <h1 id="presenter-heading" className="presenter-tour">
          {tour ? tour.title : 'Presenter view'}
        </h1>
        <p className="presenter-clock">
          <span className="visually-hidden">Time </span>
          <time>{clock}</time>
          <span className="presenter-elapsed">
            <span className="visually-hidden">, </span>
            {elapsed} elapsed
          </span>
        </p>
      </header>
      <p className="presenter-link" role="status">
        {!supported
          ? 'This browser cannot keep two windows in step; the buttons here move only this window.'
          : connected
            ? `In step with the main window${present ? ', which is presenting' : ''}.`
            : 'Looking for the main window… Keep Waymark open in the other window.'}
      </p>
      {tour && stop ? (
        <>
          <section className="presenter-current" aria-labelledby="presenter-stop">
            <p className="presenter-progress">
              Stop {step + 1} of {total}
            </p>
            <h2 id="presenter-stop" className="presenter-stop-title">
              {titleOf(stop.event)}
            </h2>
            <p className="presenter-note" data-testid="presenter-note">
              {stop.note ?? 'No note for this stop.'}
            </p>
          </section>
          <section className="presenter-next" aria-label="Next stop">
            <h2>Next stop</h2>
            <p>{next ? titleOf(next.event) : 'This is the last stop.'}</p>
          </section>
          <nav className="presenter-buttons" aria-label="Step through the tour">
            <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>
              ← Previous
            </button>
            <button type="button" onClick={() => go(step + 1)} disabled={step >= total - 1}>
              Next →
            </button>
          </nav>
        </>
      ) : (
        <p className="presenter-empty">
          No tour is running. Start a tour in the main window and its notes appear here.
        </p>
      )}
    </main>
  );
}
