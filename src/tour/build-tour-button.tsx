import { lazy, Suspense, useRef, useState } from 'react';
import { useAppStore } from '../state/use-app-store';

/** The builder's code (a tenth of the app's own) loads when a teacher first opens it, not with every page. */
const TourBuilder = lazy(() => import('./tour-builder').then((module) => ({ default: module.TourBuilder })));

/** "Build a tour": opens and closes the builder beside the map, and takes focus back when it closes. */
export function BuildTourButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const status = useAppStore((s) => s.status);
  if (status !== 'ready') return null;
  return (
    <>
      <button
        ref={button}
        type="button"
        className="build-tour-button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Build a tour
      </button>
      {open && (
        <Suspense fallback={<p className="tour-builder-loading">Opening the tour builder…</p>}>
          <TourBuilder
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
