import { useCallback, useRef, useState } from 'react';
import type { ImportProgress, ImportResult } from '../import/import-types';
import { createModel } from '../data/model';
import { addNotice } from '../state/actions';
import { openDataset } from '../state/open-actions';

/** Where opening a file has got to. The open dataset is untouched until `accept` (or a clean file) replaces it. */
export type ImportJob =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; progress: ImportProgress | null }
  | { kind: 'review'; name: string; result: ImportResult }
  | { kind: 'failed'; name: string; message: string };

const IDLE: ImportJob = { kind: 'idle' };

type Describe = typeof import('./describe-import').describeOpened;

/** Makes the dataset the app's model; a model that cannot be built is reported, and the old one stays. */
function show(name: string, result: ImportResult, describeOpened: Describe): ImportJob {
  if (!result.dataset) return { kind: 'review', name, result };
  try {
    openDataset(createModel(result.dataset), { kind: 'file', name });
  } catch (error) {
    return { kind: 'failed', name, message: `${name} could not be opened: ${(error as Error).message}` };
  }
  addNotice(describeOpened(name, result));
  return IDLE;
}

/**
 * Opens a file the user chose or dropped: reads it in a worker with progress, opens it at once when every item is
 * valid, else holds the result for the user to accept or refuse. A new file cancels the one being read.
 */
export function useImport() {
  const [job, setJob] = useState<ImportJob>(IDLE);
  const running = useRef<AbortController | null>(null);
  const describe = useRef<Describe | null>(null);

  const start = useCallback(async (file: File) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const name = file.name || 'the file';
    setJob({ kind: 'reading', name, progress: null });
    let result: ImportResult;
    try {
      // The importer (its parsers, and the fallback for a browser without workers) loads when it is first needed.
      const [{ importFile }, { describeOpened }] = await Promise.all([
        import('../import/import-client'),
        import('./describe-import'),
      ]);
      describe.current = describeOpened;
      result = await importFile(
        file,
        (progress) => {
          if (!controller.signal.aborted) setJob({ kind: 'reading', name, progress });
        },
        controller.signal,
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      running.current = null;
      setJob({ kind: 'failed', name, message: `${name} could not be read: ${(error as Error).message}` });
      return;
    }
    if (controller.signal.aborted) return;
    running.current = null;
    if (result.fatal) setJob({ kind: 'failed', name, message: result.fatal });
    else if (result.problems.length || !result.dataset) setJob({ kind: 'review', name, result });
    else setJob(show(name, result, describe.current!));
  }, []);

  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setJob(IDLE);
  }, []);

  const accept = useCallback(() => {
    // A result to review came from `start`, which loaded the describer.
    if (job.kind === 'review') setJob(show(job.name, job.result, describe.current!));
  }, [job]);

  return { job, start, cancel, accept };
}
