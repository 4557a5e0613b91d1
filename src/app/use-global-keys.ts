import { useEffect } from 'react';
import { appStore } from '../state/store';
import { clearSelection, stepSelection, selectEvent } from '../state/actions';
import { selectFilteredEvents } from '../state/selectors';
import { goToTourEnd, setPresenting, stepTour } from '../state/tour-actions';
import { enterFullscreen, leaveFullscreen } from '../ui/fullscreen';

/** Elements whose own keys must not step through time. */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return Boolean(
    target.closest('input, textarea, select, [contenteditable="true"], .leaflet-container, details > fieldset'),
  );
}

const NEXT = new Set(['ArrowRight', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

function step(direction: 1 | -1) {
  if (!stepTour(direction)) stepSelection(direction);
}

function goToEnd(end: 'first' | 'last') {
  const state = appStore.getState();
  if (state.tour) return goToTourEnd(end);
  const events = selectFilteredEvents(state);
  const target = end === 'first' ? events[0] : events[events.length - 1];
  if (target) selectEvent(target.id);
}

/**
 * The keyboard, and what a presentation clicker sends: ArrowRight/ArrowLeft step through the tour's stops or the
 * events in time; in presentation also PageDown/PageUp, Space, Home and End; Escape leaves the presentation or clears
 * the selection; P presents.
 */
export function useGlobalKeys() {
  useEffect(function listenForKeys() {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      // A modal dialog owns the keyboard while it is open (Escape closes it, arrows move between its options).
      if (document.querySelector('dialog[open]')) return;
      const { present } = appStore.getState();
      if (event.key === 'Escape') {
        if (present) {
          setPresenting(false);
          void leaveFullscreen();
        } else clearSelection();
        return;
      }
      const typing =
        event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable="true"]');
      if (typing) return;
      if ((event.key === 'p' || event.key === 'P') && !present) {
        void enterFullscreen();
        setPresenting(true);
        return;
      }
      // In a presentation every clicker key works wherever the focus is; otherwise only arrows, outside controls.
      if (!present && (ownsKeys(event.target) || !(event.key === 'ArrowRight' || event.key === 'ArrowLeft'))) return;
      if (NEXT.has(event.key)) step(1);
      else if (PREVIOUS.has(event.key)) step(-1);
      else if (present && (event.key === 'Home' || event.key === 'End'))
        goToEnd(event.key === 'Home' ? 'first' : 'last');
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
