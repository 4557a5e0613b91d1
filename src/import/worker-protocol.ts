import type { ImportProgress, ImportResult } from './import-types';

/** What the page sends the import worker: a file to read (Files cross to a worker without a copy), or text. */
export type ImportRequest = { file: File } | { text: string; fileName: string };

/** What the worker sends back: progress as it goes, then one result. */
export type ImportResponse = { type: 'progress'; progress: ImportProgress } | { type: 'result'; result: ImportResult };
