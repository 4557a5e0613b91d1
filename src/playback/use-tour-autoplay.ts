import { useEffect, useState } from 'react';
import { appStore, type AppState } from '../state/store';
import { useAppStore } from '../state/use-app-store';
import { stepTour } from '../state/tour-actions';
import { selectActiveTour } from '../state/tour-selectors';

export const DEFAULT_AUTOPLAY_SECONDS = 8;

/** The active tour's id when it has a stop after the current one, else null. */
function selectPlayableTourId(state: Pick<AppState, 'model' | 'customTour' | 'tour'>): string | null {
  const tour = selectActiveTour(state);
  return tour && state.tour && state.tour.step < tour.stops.length - 1 ? tour.id : null;
}

/**
 * Autoplay for the active tour: while on, it moves to the next stop every `seconds`, counting again after every step
 * (also one the user takes). It stops at the last stop, when the tour ends or another begins, and whenever the user
 * pauses it (WCAG 2.2.2). Call it once; `TourAutoplayButton` does.
 */
export function useTourAutoplay(seconds = DEFAULT_AUTOPLAY_SECONDS) {
  const playableId = useAppStore(selectPlayableTourId);
  const [playingId, setPlayingId] = useState<string | null>(null);
  const playing = playingId !== null && playingId === playableId;

  useEffect(
    function advanceTour() {
      if (!playingId) return;
      const next = () => stepTour(1);
      let timer = window.setTimeout(next, seconds * 1000);
      const unsubscribe = appStore.subscribe((state, previous) => {
        if (state.tour === previous.tour) return;
        window.clearTimeout(timer);
        if (selectPlayableTourId(state) === playingId) timer = window.setTimeout(next, seconds * 1000);
        else setPlayingId(null);
      });
      return () => {
        window.clearTimeout(timer);
        unsubscribe();
      };
    },
    [playingId, seconds],
  );

  return {
    /** True while the tour is moving on by itself. */
    playing,
    /** False at the last stop and without a tour: there is nothing to play. */
    canPlay: playableId !== null,
    play: () => setPlayingId(playableId),
    pause: () => setPlayingId(null),
  };
}
