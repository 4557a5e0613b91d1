import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useAppStore } from '../state/use-app-store';
import { isFiltered, selectFilteredEvents } from '../state/selectors';
import { addNotice } from '../state/actions';
import { describeEventCount } from './describe-view';
import { DATA_ITEMS, IMAGE_ITEMS, type ExportItem } from './export-items';
import type { ExportKind } from './file-name';
import './export.css';

// The serializers and image code load only when the user asks for a file: they add nothing to the first page load.
const loadRunExport = () => import('./run-export');

/**
 * A header button that opens a small panel of exports: the filtered events as data, the timeline or the map as an
 * image. A disclosure, not an ARIA menu: Tab and the arrow keys move through its buttons, Escape closes it and gives
 * focus back to the button, and so does a click elsewhere.
 */
export function ExportMenu({ baseUrl }: { baseUrl: string }) {
  const total = useAppStore((s) => s.model?.events.length ?? 0);
  const shown = useAppStore((s) => selectFilteredEvents(s).length);
  const filtered = useAppStore((s) => isFiltered(s.filters));
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [status, setStatus] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) toggleRef.current?.focus();
  }

  useEffect(
    function focusFirstItem() {
      if (open) rootRef.current?.querySelector<HTMLButtonElement>('.export-panel button:not(:disabled)')?.focus();
    },
    [open],
  );

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

  async function choose(item: ExportItem) {
    setBusy(item.kind);
    setStatus(`Making ${item.label.toLowerCase()}…`);
    try {
      const { runExport } = await loadRunExport();
      const fileName = await runExport(item.kind, baseUrl);
      setStatus(`Saved ${fileName}.`);
      close(true);
    } catch (error) {
      setStatus('');
      addNotice(`${item.label} could not be made: ${(error as Error).message}.`);
    } finally {
      setBusy(null);
    }
  }

  function renderItems(items: ExportItem[], disabled: boolean) {
    return (
      <ul>
        {items.map((item) => (
          <li key={item.kind}>
            <button
              type="button"
              onClick={() => void choose(item)}
              disabled={disabled || busy !== null}
              aria-describedby={`${id}-${item.kind}`}
            >
              {busy === item.kind ? `${item.label}…` : item.label}
            </button>
            <span className="export-note" id={`${id}-${item.kind}`}>
              {item.note}
            </span>
          </li>
        ))}
      </ul>
    );
  }

  const count = describeEventCount(shown, total, filtered);
  return (
    <div className="export-menu" ref={rootRef} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={toggleRef}
        type="button"
        className="export-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
        title="Save the events shown as data (CSV, GeoJSON, Waymark or TimelineJS JSON), or the timeline or the map as an image for slides"
      >
        Export
      </button>
      {open && (
        <div className="export-panel" id={`${id}-panel`} role="group" aria-label="Export" aria-busy={busy !== null}>
          <p className="export-count">{shown === 0 ? 'No events match the filters.' : count}</p>
          <p className="export-heading">Events as data</p>
          {renderItems(DATA_ITEMS, shown === 0)}
          <p className="export-heading">Images</p>
          {renderItems(IMAGE_ITEMS, false)}
        </div>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
