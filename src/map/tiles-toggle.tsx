import { useId } from 'react';
import { useAppStore } from '../state/use-app-store';
import { setOnlineTiles } from '../state/actions';
import { TILE_ORIGIN } from './tile-source';

const HINT = `Loads detailed map images from ${new URL(TILE_ORIGIN).host}. Off by default, so that nothing leaves this site.`;

/** The opt-in to online tiles: a toggle button that says what turning it on sends, and where. */
export function TilesToggle() {
  const on = useAppStore((s) => s.onlineTiles);
  const hintId = useId();
  return (
    <>
      <button
        type="button"
        aria-pressed={on}
        aria-describedby={hintId}
        title={HINT}
        onClick={() => setOnlineTiles(!on)}
      >
        Online map
      </button>
      <span id={hintId} className="visually-hidden">
        {HINT}
      </span>
    </>
  );
}
