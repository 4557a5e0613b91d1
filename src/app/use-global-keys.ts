import { useEffect } from 'react';
import { clearSelection, stepSelection } from '../state/actions';

/** Elements whose own arrow keys must not step through time. */
function ownsArrowKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return Boolean(
    target.closest('input, textarea, select, [contenteditable="true"], .leaflet-container, details > fieldset'),
  );
}

/** ArrowLeft and ArrowRight step through the filtered events in time; Escape clears the selection. */
export function useGlobalKeys() {
  useEffect(function listenForKeys() {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      // A modal dialog owns the keyboard while it is open (Escape closes it, arrows move between its options).
      if (document.querySelector('dialog[open]')) return;
      if (event.key === 'Escape') {
        clearSelection();
        return;
      }
      if ((event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') || ownsArrowKeys(event.target)) return;
      stepSelection(event.key === 'ArrowRight' ? 1 : -1);
      event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
