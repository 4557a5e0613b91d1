import { useState, useSyncExternalStore } from 'react';
import { serviceWorkerUpdates, type UpdateSource } from './register-sw';

/**
 * A polite, non-modal notice once a new version is installed and waiting. It reloads only when the user says so;
 * "Later" hides it; the new version starts by itself once every Waymark window has been closed.
 */
export function UpdatePrompt({ source = serviceWorkerUpdates }: { source?: UpdateSource }) {
  const waiting = useSyncExternalStore(source.subscribe, source.isWaiting, () => false);
  const [later, setLater] = useState(false);
  const shown = waiting && !later;
  // Its own live region, hidden while empty: the app's notices (.notices) are about the dataset and the link.
  return (
    <div className="update-prompt" role="status" aria-live="polite" hidden={!shown}>
      {shown && (
        <p className="notice">
          <span>A new version of Waymark is ready.</span>
          <button type="button" onClick={() => source.applyUpdate()}>
            Reload when ready
          </button>
          <button type="button" onClick={() => setLater(true)}>
            Later
          </button>
        </p>
      )}
    </div>
  );
}
