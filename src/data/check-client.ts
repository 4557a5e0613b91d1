import type { DatasetCheck } from './check-dataset';

export interface CheckRequest {
  text: string;
  file: string;
  /** The text's size in UTF-8, as it was downloaded. */
  bytes: number;
}

export type CheckResponse = { type: 'ready' } | { type: 'checked'; check: DatasetCheck };

/** Checks one dataset's text against the schema in a Web Worker. */
export interface DatasetChecker {
  /**
   * Resolves once the worker runs (or has failed to start). A worker starts only when the page's thread is free, so
   * the page waits for this before a long task of its own.
   */
  ready: Promise<void>;
  check(text: string, file: string, bytes: number): Promise<DatasetCheck>;
  dispose(): void;
}

const checkHere = async (text: string, file: string, bytes: number) =>
  (await import('./check-dataset')).checkDataset(text, file, bytes);

/**
 * Starts the worker, best while the dataset is still downloading; null where there is no Worker (jsdom). A worker
 * that fails to start is not fatal: the check then runs on the page.
 */
export function startDatasetChecker(): DatasetChecker | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  let failed = false;
  let onChecked: ((check: DatasetCheck) => void) | null = null;
  let onFailed: (() => void) | null = null;
  const ready = new Promise<void>((resolve) => {
    worker.onmessage = (event: MessageEvent<CheckResponse>) => {
      if (event.data.type === 'ready') resolve();
      else onChecked?.(event.data.check);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      failed = true;
      resolve();
      onFailed?.();
    };
  });
  return {
    ready,
    check: (text, file, bytes) =>
      failed
        ? checkHere(text, file, bytes)
        : new Promise<DatasetCheck>((resolve, reject) => {
            onChecked = resolve;
            onFailed = () => checkHere(text, file, bytes).then(resolve, reject);
            worker.postMessage({ text, file, bytes } satisfies CheckRequest);
          }),
    dispose: () => worker.terminate(),
  };
}
