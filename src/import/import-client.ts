import { MAX_DATA_BYTES, tooLargeMessage } from '../data/load-result';
import type { ImportResult } from './import-types';
import { refusal } from './limits';
import type { ProgressListener } from './progress';
import { runImport } from './run-import';
import type { ImportRequest, ImportResponse } from './worker-protocol';

const abortError = () => new DOMException('The import was cancelled.', 'AbortError');

function importInWorker(file: File, onProgress?: ProgressListener, signal?: AbortSignal): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    function abort() {
      finish();
      reject(abortError());
    }
    signal?.addEventListener('abort', abort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<ImportResponse>) => {
      if (event.data.type === 'progress') return onProgress?.(event.data.progress);
      finish();
      resolve(event.data.result);
    });
    // A worker that cannot start (an old browser, a blocked script) must not stop the import: do it here instead.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      runImport({ file }, onProgress, signal).then(resolve, reject);
    });
    worker.postMessage({ file } satisfies ImportRequest);
  });
}

/**
 * Opens a file the user dropped or picked: refused by its size before it is read when over the cap, otherwise read,
 * parsed and validated in a Web Worker (on the page where there is none, as in jsdom). Rejects with an AbortError
 * when `signal` aborts.
 */
export async function importFile(
  file: File,
  onProgress?: ProgressListener,
  signal?: AbortSignal,
): Promise<ImportResult> {
  if (file.size > MAX_DATA_BYTES) return refusal(tooLargeMessage(file.name, file.size));
  if (signal?.aborted) throw abortError();
  if (typeof Worker === 'undefined') return runImport({ file }, onProgress, signal);
  return importInWorker(file, onProgress, signal);
}
