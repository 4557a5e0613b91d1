import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../state/use-app-store';
import { selectSelectedEvent } from '../state/selectors';

/**
 * Tells screen-reader users, politely and in one short line, which event is now selected, whichever view selected it
 * (a map marker, a key, a tour stop): the details panel itself is not a live region, so it is never read out whole.
 */
export function SelectionAnnouncer() {
  const event = useAppStore(selectSelectedEvent);
  const [message, setMessage] = useState('');
  const first = useRef(true);
  useEffect(
    function announce() {
      // The view a link opened is on screen already; announce only what changes afterwards.
      if (first.current) {
        first.current = false;
        return;
      }
      setMessage(event ? `Selected: ${event.record.title}, ${event.dateLabel}.` : 'No event selected.');
    },
    [event],
  );
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
