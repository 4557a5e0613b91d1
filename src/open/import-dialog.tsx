import type { ReactNode } from 'react';
import { formatProblem } from '../data/problems';
import type { ImportResult } from '../import/import-types';
import { useModal } from '../ui/use-modal';
import { describeAccept, describeCounts, describeFormat, itemNoun, PROBLEMS_SHOWN } from './describe-import';
import './import-dialog.css';

/** What was wrong with a file, row by row, and the choice: open the valid events, or keep the dataset that is open. */
export function ImportProblemsDialog({
  name,
  result,
  onAccept,
  onCancel,
}: {
  name: string;
  result: ImportResult;
  onAccept: () => void;
  onCancel: () => void;
}) {
  const hidden = result.problems.length - PROBLEMS_SHOWN;
  const format = describeFormat(result.format);
  return (
    <ImportDialog onDismiss={onCancel}>
      <h2 id="import-title">Problems in {name}</h2>
      <p className="import-counts">
        {describeCounts(result)} {format}
      </p>
      <ul className="import-problems" aria-label="Problems">
        {result.problems.slice(0, PROBLEMS_SHOWN).map((problem, i) => (
          <li key={i}>{formatProblem(problem)}</li>
        ))}
      </ul>
      {hidden > 0 && <p>…and {hidden.toLocaleString('en')} more.</p>}
      {!result.dataset && <p>None of the {itemNoun(result.format)}s can be opened; the current dataset stays open.</p>}
      <div className="import-actions">
        {result.dataset && (
          <button type="button" className="import-accept" onClick={onAccept}>
            {describeAccept(result)}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {result.dataset ? 'Cancel (keep the current dataset)' : 'Close'}
        </button>
      </div>
    </ImportDialog>
  );
}

/** A file refused whole (too large, empty, unreadable): the reason, and nothing else changes. */
export function ImportFailedDialog({ name, message, onClose }: { name: string; message: string; onClose: () => void }) {
  return (
    <ImportDialog onDismiss={onClose}>
      <h2 id="import-title">{name} could not be opened</h2>
      <p role="alert">{message}</p>
      <p>The current dataset stays open.</p>
      <div className="import-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ImportDialog>
  );
}

/** The modal both import dialogs share: titled by its first heading; Escape dismisses it through `onDismiss`. */
function ImportDialog({ onDismiss, children }: { onDismiss: () => void; children: ReactNode }) {
  const dialog = useModal();
  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby="import-title"
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
    >
      {children}
    </dialog>
  );
}
