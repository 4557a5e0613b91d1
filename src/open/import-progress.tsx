import { useId } from 'react';
import type { ImportProgress as Progress } from '../import/import-types';
import { describeProgress } from './describe-import';
import './import-dialog.css';

/**
 * A small panel, not a modal: the file is read in a worker and the app stays usable meanwhile. Cancel stops the read
 * and keeps the dataset that is open.
 */
export function ImportProgress({
  name,
  progress,
  onCancel,
}: {
  name: string;
  progress: Progress | null;
  onCancel: () => void;
}) {
  const label = useId();
  return (
    <section className="import-progress" aria-label={`Opening ${name}`}>
      <p id={label}>{describeProgress(name, progress)}</p>
      <progress aria-labelledby={label} max={1} value={progress?.fraction ?? 0} />
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}
