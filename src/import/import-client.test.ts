import { afterEach, describe, expect, test, vi } from 'vitest';
import { decodeText } from './decode-text';
import { importFile } from './import-client';
import type { ImportProgress } from './import-types';
import { runImport } from './run-import';
import type { ImportRequest, ImportResponse } from './worker-protocol';

const csvFile = (text = 'title,start\nSummit,2012-11-19', name = 'a.csv') => new File([text], name);

afterEach(() => vi.unstubAllGlobals());

test('a file over 50 MB is refused by its size, before a byte of it is read', async () => {
  const file = csvFile();
  Object.defineProperty(file, 'size', { value: 61_200_000 });
  const read = vi.fn(() => {
    throw new Error('read');
  });
  Object.assign(file, { text: read, arrayBuffer: read, stream: read });
  const result = await importFile(file);
  expect(result.fatal).toBe('a.csv is too large (61.2 MB; the limit is 50.0 MB).');
  expect(read).not.toHaveBeenCalled();
});

test('without Worker (as in jsdom) the page reads the file itself, with progress for each phase', async () => {
  expect(typeof Worker).toBe('undefined');
  const seen: ImportProgress[] = [];
  const result = await importFile(csvFile(), (p) => seen.push(p));
  expect(result).toMatchObject({ format: 'csv', total: 1, valid: 1 });
  expect(seen.at(0)).toEqual({ phase: 'reading', fraction: 0 });
  expect(new Set(seen.map((p) => p.phase))).toEqual(new Set(['reading', 'parsing', 'validating']));
});

test('an aborted import rejects with an AbortError', async () => {
  const controller = new AbortController();
  controller.abort();
  await expect(importFile(csvFile(), undefined, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
});

/** A stand-in for the module worker: it answers in the next task, the way the real one would. */
class FakeWorker extends EventTarget {
  static instances: FakeWorker[] = [];
  static fail = false;
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeWorker.instances.push(this);
  }
  postMessage(request: ImportRequest) {
    setTimeout(async () => {
      if (FakeWorker.fail) return void this.dispatchEvent(new Event('error', { cancelable: true }));
      const post = (data: ImportResponse) =>
        !this.terminated && this.dispatchEvent(new MessageEvent('message', { data }));
      const result = await runImport(request, (progress) => post({ type: 'progress', progress }));
      post({ type: 'result', result });
    });
  }
  terminate() {
    this.terminated = true;
  }
}

describe('with a worker', () => {
  test('starts the module worker, passes on its progress and result, then ends it', async () => {
    FakeWorker.instances = [];
    FakeWorker.fail = false;
    vi.stubGlobal('Worker', FakeWorker);
    const seen: ImportProgress[] = [];
    const result = await importFile(csvFile(), (p) => seen.push(p));
    const [worker] = FakeWorker.instances;
    expect(worker.url.pathname).toMatch(/import-worker\.ts$/);
    expect(worker.options).toEqual({ type: 'module' });
    expect(result.valid).toBe(1);
    expect(seen.at(-1)).toEqual({ phase: 'validating', fraction: 1 });
    expect(worker.terminated).toBe(true);
  });

  test('a worker that cannot start leaves the page to do the work', async () => {
    FakeWorker.fail = true;
    vi.stubGlobal('Worker', FakeWorker);
    expect((await importFile(csvFile())).valid).toBe(1);
  });

  test('aborting ends the worker and rejects', async () => {
    FakeWorker.instances = [];
    FakeWorker.fail = false;
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const pending = importFile(csvFile(), undefined, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.instances[0].terminated).toBe(true);
  });
});

describe('decodeText', () => {
  test.each([
    ['UTF-8', [0x43, 0x61, 0x66, 0xc3, 0xa9], 'Café'],
    ['UTF-8 with a byte order mark', [0xef, 0xbb, 0xbf, 0x41], 'A'],
    ['Windows-1252, as Excel saves CSV', [0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x80], 'Café – €'],
    ['UTF-16LE with a byte order mark', [0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00], 'Aé'],
    ['UTF-16BE with a byte order mark', [0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9], 'Aé'],
  ])('%s', (_, bytes, text) => {
    expect(decodeText(new Uint8Array(bytes))).toBe(text);
  });

  test('a Windows-1252 file opens with its accents', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('title\nCaf'), 0xe9]);
    const result = await importFile(new File([bytes], 'excel.csv'));
    expect(result.dataset?.events[0].title).toBe('Café');
  });
});
