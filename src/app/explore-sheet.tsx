import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useAppStore } from '../state/use-app-store';
import { selectFilteredEvents } from '../state/selectors';
import { useMediaQuery } from '../ui/use-media-query';
import './phone-layout.css';

/** Below this width the tours and filters wait behind a button, so that the moment and the map come first. */
export const PHONE_QUERY = '(max-width: 599.98px)';

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select, summary, a[href], [tabindex="0"]';
/** Drawn, and not inside a closed `<details>`. */
const isShown = (element: HTMLElement) =>
  element.checkVisibility ? element.checkVisibility({ visibilityProperty: true }) : element.offsetParent !== null;

/**
 * The tours and filters. On a wide screen they are simply there, in the sidebar. On a phone they are a sheet over the
 * bottom of the screen, opened by a bar that says how many events the filters show ("53 of 53"): a modal dialog
 * while open (focus kept inside it), closed by its Done button, by Escape or by a tap outside, focus then going back
 * to the bar.
 */
export function ExploreSheet({ children }: { children: ReactNode }) {
  const phone = useMediaQuery(PHONE_QUERY);
  const [open, setOpen] = useState(false);
  const sheetId = useId();
  const headingId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const sheet = useRef<HTMLDivElement>(null);
  const shown = useAppStore(selectFilteredEvents).length;
  const total = useAppStore((s) => s.model?.events.length ?? 0);
  // Open only on a phone: widened past it, the sheet is the sidebar again, and narrowed back it starts closed.
  const modal = phone && open;

  useEffect(
    function keepKeysInside() {
      if (!modal) return;
      const opener = toggle.current;
      let backwards = false;
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          // Before the page's own keys, which would clear the selection.
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (event.key === 'Tab') backwards = event.shiftKey;
      };
      // Focus that leaves the sheet (Tab past its last control, or its first) comes back in at the other end.
      const onFocusIn = (event: FocusEvent) => {
        const element = sheet.current;
        if (!element || element.contains(event.target as Node)) return;
        const items = [...element.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(isShown);
        (backwards ? items[items.length - 1] : items[0])?.focus();
      };
      document.addEventListener('keydown', onKeyDown, true);
      document.addEventListener('focusin', onFocusIn);
      sheet.current?.querySelector<HTMLElement>('.explore-sheet-head h2')?.focus();
      return () => {
        document.removeEventListener('keydown', onKeyDown, true);
        document.removeEventListener('focusin', onFocusIn);
        // Back to the bar that opened it, once the trap is gone.
        opener?.focus();
      };
    },
    [modal],
  );

  const close = () => setOpen(false);
  const count = `${shown.toLocaleString('en')} of ${total.toLocaleString('en')}`;
  return (
    <>
      <div className="explore-bar">
        <button
          ref={toggle}
          type="button"
          className="explore-toggle"
          aria-expanded={modal}
          aria-controls={sheetId}
          onClick={() => setOpen(!modal)}
        >
          <span>Filters and tours</span>
          <span className="explore-count">{count} events</span>
        </button>
      </div>
      {modal && <div className="explore-backdrop" aria-hidden="true" onClick={close} />}
      <div
        ref={sheet}
        id={sheetId}
        className={modal ? 'explore-sheet is-open' : 'explore-sheet'}
        role={modal ? 'dialog' : undefined}
        aria-modal={modal || undefined}
        aria-labelledby={modal ? headingId : undefined}
      >
        <div className="explore-sheet-head">
          <h2 id={headingId} tabIndex={-1}>
            Filters and tours
          </h2>
          <button type="button" onClick={close}>
            Done
          </button>
        </div>
        {children}
      </div>
    </>
  );
}
