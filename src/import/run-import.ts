import { MAX_DATA_BYTES, tooLargeMessage } from '../data/load-result';
import { decodeText } from './decode-text';
import { importText } from './import-text';
import type { ImportResult } from './import-types';
import { refusal } from './limits';
import { createProgress, type ProgressListener, type ReportProgress } from './progress';
import type { ImportRequest } from './worker-protocol';

/** A file's bytes, read in chunks where the browser streams files, so that reading reports its progress too. */
async function readBytes(file: Blob, report: ReportProgress, signal?: AbortSignal): Promise<Uint8Array> {
  report('reading', 0);
  if (typeof file.stream !== 'function') return new Uint8Array(await file.arrayBuffer());
  const reader = file.stream().getReader();
  const bytes = new Uint8Array(file.size);
  let loaded = 0;
  for (;;) {
    signal?.throwIfAborted();
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value, loaded);
    loaded += value.length;
    report('reading', loaded / file.size);
  }
  return bytes.subarray(0, loaded);
}

/**
 * Reads and imports what the worker is sent (or, where there is no worker, the page itself): a file over the size
 * cap is refused by its size before a byte is read, and a failure of the code itself becomes a sentence, not a hang.
 */
export async function runImport(
  request: ImportRequest,
  onProgress?: ProgressListener,
  signal?: AbortSignal,
): Promise<ImportResult> {
  if ('text' in request) return importText(request.text, request.fileName, onProgress);
  const { file } = request;
  if (file.size > MAX_DATA_BYTES) return refusal(tooLargeMessage(file.name, file.size));
  try {
    const text = decodeText(await readBytes(file, createProgress(onProgress), signal));
    signal?.throwIfAborted();
    return importText(text, file.name, onProgress);
  } catch (error) {
    if (signal?.aborted) throw error;
    return refusal(`${file.name} could not be read (${(error as Error).message}).`);
  }
}
