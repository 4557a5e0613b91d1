import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../state/use-app-store';
import { isFiltered, selectFilteredEvents } from '../state/selectors';
import { addNotice } from '../state/actions';
import { describeEventCount } from './describe-view';
import { DATA_ITEMS, IMAGE_ITEMS, type ExportItem } from './export-items';
import type { ExportKind } from './file-name';
import './export-panel.css';

// The serializers and image code load only when the user asks for a file: they add nothing to the first page load.
const loadRunExport = () => import('./run-export');

interface PanelProps {
  baseUrl: string;
  /** The id the menu's button names in aria-controls. */
  id: string;
  /** Says what is happening, in the menu's status line. */
  onStatus: (status: string) => void;
  /** Called once a file is saved: the menu closes and gives focus back to its button. */
  onDone: () => void;
}

/** The open export menu's panel: what is shown, then the data and image exports. Its first button takes focus. */
export function ExportPanel({ baseUrl, id, onStatus, onDone }: PanelProps) {
  const total = useAppStore((s) => s.model?.events.length ?? 0);
  const shown = useAppStore((s) => selectFilteredEvents(s).length);
  const filtered = useAppStore((s) => isFiltered(s.filters));
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(function focusFirstItem() {
    panelRef.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, []);

  async function choose(item: ExportItem) {
    setBusy(item.kind);
    onStatus(`Making ${item.label.toLowerCase()}…`);
    try {
      const { runExport } = await loadRunExport();
      const fileName = await runExport(item.kind, baseUrl);
      onStatus(`Saved ${fileName}.`);
      onDone();
    } catch (error) {
      onStatus('');
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
    <div
      className="export-panel"
      id={`${id}-panel`}
      ref={panelRef}
      role="group"
      aria-label="Export"
      aria-busy={busy !== null}
    >
      <p className="export-count">{shown === 0 ? 'No events match the filters.' : count}</p>
      <p className="export-heading">Events as data</p>
      {renderItems(DATA_ITEMS, shown === 0)}
      <p className="export-heading">Images</p>
      {renderItems(IMAGE_ITEMS, false)}
    </div>
  );
}
