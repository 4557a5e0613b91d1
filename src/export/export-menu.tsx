import { Suspense, useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { lazyComponent } from '../ui/lazy-component';
import './export.css';

/** The panel's code (the list of exports and what runs them) loads when the menu is first about to open. */
const { Component: ExportPanel, preload: preloadPanel } = lazyComponent(() =>
  import('./export-panel').then((module) => module.ExportPanel),
);

/**
 * A header button that opens a small panel of exports: the filtered events as data, the timeline or the map as an
 * image. A disclosure, not an ARIA menu: Tab and the arrow keys move through its buttons, Escape closes it and gives
 * focus back to the button, and so does a click elsewhere.
 */
export function ExportMenu({ baseUrl }: { baseUrl: string }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) toggleRef.current?.focus();
  }

  useEffect(
    function closeOnClickOutside() {
      if (!open) return;
      const onPointerDown = (event: PointerEvent) => {
        if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
      };
      document.addEventListener('pointerdown', onPointerDown);
      return () => document.removeEventListener('pointerdown', onPointerDown);
    },
    [open],
  );

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      // Escape here closes the panel only, not also the selection (src/app/use-global-keys.ts skips handled keys).
      event.preventDefault();
      event.stopPropagation();
      close(true);
      return;
    }
    if (!open || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const items = [...(rootRef.current?.querySelectorAll<HTMLButtonElement>('.export-panel button') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = items[(index + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
    next?.focus();
    event.preventDefault();
  }

  function onBlur(event: FocusEvent) {
    if (open && event.relatedTarget && !rootRef.current?.contains(event.relatedTarget as Node)) setOpen(false);
  }

  return (
    <div className="export-menu" ref={rootRef} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={toggleRef}
        type="button"
        className="export-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
        onPointerEnter={() => void preloadPanel()}
        onFocus={() => void preloadPanel()}
        title="Save the events shown as data (CSV, GeoJSON, Waymark or TimelineJS JSON), or the timeline or the map as an image for slides"
      >
        Export
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportPanel baseUrl={baseUrl} id={id} onStatus={setStatus} onDone={() => close(true)} />
        </Suspense>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
