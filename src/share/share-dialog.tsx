import { useId, useRef, useState } from 'react';
import { useAppStore } from '../state/use-app-store';
import { selectSelectedEvent } from '../state/selectors';
import { selectAddressView } from '../state/data-origin';
import { citeApa, citeChicago } from './citation';
import { copyText } from './copy-text';
import { createEmbedSnippet, createShareUrl, type ShareMode } from './links';
import { QrCode } from './qr-code';
import { serializeUrl } from '../url/codec';
import { useModal } from '../ui/use-modal';

function CopyField({ label, value, multiline = false }: { label: string; value: string; multiline?: boolean }) {
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // The status belongs to the value it was about: a changed link clears it.
  const [status, setStatus] = useState({ value: '', text: '' });
  async function copy() {
    const copied = await copyText(value, field.current);
    setStatus({ value, text: copied ? 'Copied.' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy.' });
  }
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {multiline ? (
          <textarea id={id} ref={field} readOnly value={value} rows={3} onFocus={(e) => e.currentTarget.select()} />
        ) : (
          <input id={id} ref={field} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        )}
        <button type="button" onClick={copy}>
          Copy<span className="visually-hidden"> {label.toLowerCase()}</span>
        </button>
      </div>
      <p className="copy-status" role="status" aria-live="polite">
        {status.value === value ? status.text : ''}
      </p>
    </div>
  );
}

/** Share this moment: the link (the exact view or just the event), a QR code, citations and an embed snippet. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const dialog = useModal();
  const model = useAppStore((s) => s.model)!;
  const event = useAppStore(selectSelectedEvent);
  const search = useAppStore((s) => serializeUrl(selectAddressView(s)));
  const fileName = useAppStore((s) => (s.dataOrigin.kind === 'file' ? s.dataOrigin.name : null));
  const [mode, setMode] = useState<ShareMode>('view');
  const effectiveMode = event ? mode : 'view';
  const url = createShareUrl(
    effectiveMode,
    { origin: window.location.origin, pathname: window.location.pathname, search },
    event?.id ?? null,
  );
  const subject = {
    datasetTitle: model.meta.title,
    version: model.meta.version,
    authors: model.meta.authors ?? [],
    eventTitle: event?.record.title,
    url,
    accessed: new Date(),
  };

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={onClose} onCancel={onClose}>
      <div className="share-head">
        <h2 id="share-title">Share this moment</h2>
        <button type="button" onClick={onClose} aria-label="Close sharing">
          ✕
        </button>
      </div>
      <fieldset className="share-mode">
        <legend>Link to</legend>
        <label>
          <input type="radio" name="share-mode" checked={effectiveMode === 'view'} onChange={() => setMode('view')} />
          This exact view
        </label>
        <label>
          <input
            type="radio"
            name="share-mode"
            checked={effectiveMode === 'event'}
            disabled={!event}
            onChange={() => setMode('event')}
          />
          This event only{event ? `: ${event.record.title}` : ' (select an event first)'}
        </label>
      </fieldset>
      {fileName && (
        <p>
          This dataset was opened from the file {fileName} on this computer, and a link cannot carry a file: whoever
          opens the link sees the dataset that comes with Waymark, where this view does not apply.
        </p>
      )}
      <CopyField label="Link" value={url} />
      <div className="share-columns">
        <QrCode text={url} label="QR code of the link" />
        <div className="share-citations">
          <h3>Cite this moment</h3>
          <CopyField label="APA" value={citeApa(subject)} multiline />
          <CopyField label="Chicago" value={citeChicago(subject)} multiline />
        </div>
      </div>
      <CopyField label="Embed in a page" value={createEmbedSnippet(url, `${model.meta.title} · Waymark`)} multiline />
    </dialog>
  );
}
