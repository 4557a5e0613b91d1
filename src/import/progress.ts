import type { ImportProgress } from './import-types';

export type ProgressListener = (progress: ImportProgress) => void;
export type ReportProgress = (phase: ImportProgress['phase'], fraction: number) => void;

const STEPS = 8;

/**
 * Reports progress at most once per eighth of each phase, so a file of a million rows sends about twenty messages
 * from the worker, not a million.
 */
export function createProgress(listener?: ProgressListener): ReportProgress {
  let phase: ImportProgress['phase'] | undefined;
  let last = -1;
  return (next, fraction) => {
    if (!listener) return;
    const step = Math.floor(Math.min(1, Math.max(0, fraction)) * STEPS) / STEPS;
    if (next === phase && step <= last) return;
    phase = next;
    last = step;
    listener({ phase: next, fraction: step });
  };
}
