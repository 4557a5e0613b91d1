import { runImport } from './run-import';
import type { ImportRequest, ImportResponse } from './worker-protocol';

/** The import worker: parsing and validating a large file here keeps the page responsive and its progress bar moving. */
const post = (message: ImportResponse) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  void runImport(event.data, (progress) => post({ type: 'progress', progress })).then((result) =>
    post({ type: 'result', result }),
  );
});
