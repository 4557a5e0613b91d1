import { checkDataset } from './check-dataset';
import { fastEventsSchema } from './fast-event-schema';
import type { CheckRequest, CheckResponse } from './check-client';

/** Validates a dataset's text beside the page, which meanwhile parses and models the same text (see load.ts). */
const post = (message: CheckResponse) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  post({ type: 'checked', check: checkDataset(event.data.text, event.data.file, event.data.bytes, fastEventsSchema) });
});
post({ type: 'ready' });
