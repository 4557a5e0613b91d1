import { describe, expect, it } from 'vitest';
import { loadModel, PARALLEL_CHECK_FROM } from './load';
import { MAX_DATA_BYTES, type LoadResult } from './load-result';
import type { Problem } from './problems';
import { checkDataset } from './check-dataset';
import type { DatasetChecker } from './check-client';
import { readFixture, readMiniJson } from '../../tests/fixtures/load-fixture';

function problemsOf<T>(result: LoadResult<T>): Problem[] {
  if (result.ok) throw new Error('expected the data to be refused');
  return result.problems;
}

/** Index 1 of the fixture's events is "labour-estimate", so problems with it read `Event 2 ("labour-estimate")`. */
const SECOND = 'Event 2 ("labour-estimate")';

describe('loadModel', () => {
  const BASE = 'https://example.org/data/';

  function withBand(series: string): string {
    const data = readMiniJson();
    data.meta.band = { file: 'mini-band.json', series };
    return JSON.stringify(data);
  }

  /** A fetch that serves `files` under BASE and answers 404 for anything else; it records the URLs asked for. */
  function fakeFetch(files: Record<string, string>) {
    const asked: string[] = [];
    const fetcher = (async (input: string | URL | Request) => {
      const url = String(input);
      asked.push(url);
      const name = url.startsWith(BASE) ? url.slice(BASE.length) : '';
      return name in files ? new Response(files[name], { status: 200 }) : new Response('Not found', { status: 404 });
    }) as typeof fetch;
    return { fetcher, asked };
  }

  it('loads the dataset and the band file it names, and builds the model', async () => {
    const { fetcher, asked } = fakeFetch({
      'events.json': withBand('cambodia'),
      'mini-band.json': readFixture('mini-band.json'),
    });
    const result = await loadModel(BASE, 'events.json', { fetcher });
    expect(asked).toEqual([`${BASE}events.json`, `${BASE}mini-band.json`]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.events).toHaveLength(8);
    expect(result.value.band?.seriesLabel).toBe('Cambodia');
    expect(result.value.band?.periods.map((p) => p.levelLabel)).toEqual(['Tier 2', 'Tier 3', 'Tier 1']);
  });

  it('loads a dataset without a band and asks for nothing else', async () => {
    const { fetcher, asked } = fakeFetch({ 'events.json': readFixture('mini-dataset.json') });
    const result = await loadModel(BASE, 'events.json', { fetcher });
    expect(asked).toEqual([`${BASE}events.json`]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.band).toBeUndefined();
  });

  it('reports HTTP 404 for a missing dataset', async () => {
    const { fetcher } = fakeFetch({});
    const result = await loadModel(BASE, 'events.json', { fetcher });
    expect(result).toEqual({
      ok: false,
      file: 'events.json',
      title: 'events.json could not be loaded (HTTP 404).',
      problems: [],
    });
  });

  it('reports a missing band file by its own name', async () => {
    const { fetcher } = fakeFetch({ 'events.json': withBand('cambodia') });
    const result = await loadModel(BASE, 'events.json', { fetcher });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.title).toBe('mini-band.json could not be loaded (HTTP 404).');
  });

  it('refuses a band file that lacks the series the dataset asks for', async () => {
    const { fetcher } = fakeFetch({
      'events.json': withBand('thailand'),
      'mini-band.json': readFixture('mini-band.json'),
    });
    const result = await loadModel(BASE, 'events.json', { fetcher });
    expect(result).toEqual({
      ok: false,
      file: 'mini-band.json',
      title: 'mini-band.json has no series "thailand", which events.json asks for.',
      problems: [],
    });
  });

  it('reports a network failure with the address', async () => {
    const fetcher = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const result = await loadModel(BASE, 'events.json', { fetcher });
    expect(result).toEqual({
      ok: false,
      file: 'events.json',
      title: 'events.json could not be loaded.',
      problems: [{ where: `${BASE}events.json`, message: 'Failed to fetch' }],
    });
  });

  it('refuses a response whose content-length is over the limit without reading it', async () => {
    let read = false;
    const fetcher = (async () =>
      ({
        ok: true,
        status: 200,
        headers: new Headers({ 'content-length': String(MAX_DATA_BYTES + 1) }),
        arrayBuffer: async () => {
          read = true;
          return new ArrayBuffer(0);
        },
      }) as Response) as typeof fetch;
    const result = await loadModel(BASE, 'events.json', { fetcher });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.title).toBe('events.json is too large (50.0 MB; the limit is 50.0 MB).');
    expect(read).toBe(false);
  });

  it('refuses a body over the limit when no content-length said so, by the bytes that came', async () => {
    // Two bytes a character in UTF-8, so the text is over the limit in bytes though not in characters.
    const text = `"${'é'.repeat(MAX_DATA_BYTES / 2)}"`;
    const { fetcher } = fakeFetch({ 'events.json': text });
    const result = await loadModel(BASE, 'events.json', { fetcher });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.title).toBe('events.json is too large (50.0 MB; the limit is 50.0 MB).');
  });

  it('reads a byte order mark at the start as response.text() does: it is not part of the JSON', async () => {
    const { fetcher } = fakeFetch({ 'events.json': `\uFEFF${readFixture('mini-dataset.json')}` });
    const result = await loadModel(BASE, 'events.json', { fetcher });
    if (!result.ok) throw new Error(result.title);
    expect(result.value.events).toHaveLength(8);
  });

  it('passes validation problems of the dataset through', async () => {
    const data = readMiniJson();
    data.events[1].start = '2005-13';
    const { fetcher } = fakeFetch({ 'events.json': JSON.stringify(data) });
    const result = await loadModel(BASE, 'events.json', { fetcher });
    expect(problemsOf(result)).toEqual([
      { where: `${SECOND}, field start`, message: 'month 13 is not a month (use 01 to 12)' },
    ]);
  });

  /** The mini dataset with a tours file of two tours, the second naming an event the dataset lacks. */
  function withTours(tours: string | null) {
    const data = readMiniJson();
    data.meta.tours = 'tours.json';
    const files: Record<string, string> = { 'events.json': JSON.stringify(data) };
    if (tours !== null) files['tours.json'] = tours;
    return fakeFetch(files).fetcher;
  }
  const stops = (...events: string[]) => events.map((event) => ({ event }));
  const twoTours = JSON.stringify({
    tours: [
      { id: 'good', title: 'Good', description: 'Fine', stops: stops('law-passed') },
      { id: 'stale', title: 'Stale', description: 'Names a removed event', stops: stops('law-passed', 'gone') },
    ],
  });

  it('opens the dataset when a tour names an event it lacks, leaving that tour out with a note', async () => {
    const notes: string[] = [];
    const result = await loadModel(BASE, 'events.json', { fetcher: withTours(twoTours), onNote: (n) => notes.push(n) });
    if (!result.ok) throw new Error(result.title);
    expect(result.value.events).toHaveLength(8);
    expect(result.value.tours.map((t) => t.id)).toEqual(['good']);
    expect(notes).toEqual([
      '1 tour in tours.json has problems and is left out: Tour 2 ("stale"), stop 2, field event: "gone" is not one of the events.',
    ]);
  });

  it('opens the dataset without tours when its tours file is missing or not JSON, and says so', async () => {
    for (const [tours, said] of [
      [null, 'No guided tours are shown: tours.json could not be loaded (HTTP 404).'],
      ['{"tours": [', 'No guided tours are shown: tours.json is not valid JSON.'],
    ] as const) {
      const notes: string[] = [];
      const result = await loadModel(BASE, 'events.json', { fetcher: withTours(tours), onNote: (n) => notes.push(n) });
      if (!result.ok) throw new Error(result.title);
      expect(result.value.tours).toEqual([]);
      expect(result.value.events).toHaveLength(8);
      expect(notes).toHaveLength(1);
      expect(notes[0].startsWith(said)).toBe(true);
    }
  });
});

describe('loadModel with a checker beside the page', () => {
  const BASE = 'https://example.org/data/';
  /**
   * Serves `text` as events.json with its content-length, padded with spaces (still the same JSON) past the size
   * checked in a worker.
   */
  const serve = (text: string, padding = PARALLEL_CHECK_FROM) =>
    (async (input: string | URL | Request) => {
      const body = text + ' '.repeat(padding);
      return String(input) === `${BASE}events.json`
        ? new Response(body, { status: 200, headers: { 'content-length': String(body.length) } })
        : new Response('Not found', { status: 404 });
    }) as typeof fetch;

  /** Serves `text` with no content-length, its body arriving after `delay` ms, as a compressed response may. */
  const serveSlowly = (text: string, delay: number) =>
    (async () =>
      new Response(
        new ReadableStream({
          start(controller) {
            setTimeout(() => {
              controller.enqueue(new TextEncoder().encode(text));
              controller.close();
            }, delay);
          },
        }),
        { status: 200 },
      )) as typeof fetch;

  /** The worker's part, run here: what it was asked, and whether it was let go. */
  function checkerHere() {
    const record = { started: 0, checked: [] as string[], disposed: 0, bytes: [] as number[] };
    const startChecker = (): DatasetChecker =>
      (record.started++,
      {
        ready: Promise.resolve(),
        check: async (text, file, bytes) => {
          record.checked.push(file);
          record.bytes.push(bytes);
          return checkDataset(text, file, bytes);
        },
        dispose: () => record.disposed++,
      }) as DatasetChecker;
    return { startChecker, record };
  }

  it('builds the same model as checking first, and tells the event count before the checks end', async () => {
    const { startChecker, record } = checkerHere();
    const counts: number[] = [];
    const text = readFixture('mini-dataset.json');
    const parallel = await loadModel(BASE, 'events.json', {
      fetcher: serve(text),
      startChecker,
      onEventCount: (n) => counts.push(n),
    });
    const sequential = await loadModel(BASE, 'events.json', { fetcher: serve(text), startChecker: () => null });
    if (!parallel.ok || !sequential.ok) throw new Error('expected both to load');
    expect(record).toMatchObject({ started: 1, checked: ['events.json'], disposed: 1 });
    expect(counts).toEqual([8]);
    expect(parallel.value.events.map((e) => [e.id, e.order, e.dateLabel])).toEqual(
      sequential.value.events.map((e) => [e.id, e.order, e.dateLabel]),
    );
    expect(parallel.value.byId.get('labour-estimate')?.record.title).toBe(
      sequential.value.byId.get('labour-estimate')?.record.title,
    );
  });

  it('uses what validation made of the file when it changed it: text is trimmed, unknown keys dropped', async () => {
    const data = readMiniJson();
    data.events[1].title = `  ${data.events[1].title}  `;
    (data.events[1] as Record<string, unknown>).comment = 'not part of the schema';
    const { startChecker } = checkerHere();
    const result = await loadModel(BASE, 'events.json', { fetcher: serve(JSON.stringify(data)), startChecker });
    if (!result.ok) throw new Error(result.title);
    const event = result.value.byId.get('labour-estimate')!;
    expect(event.record.title).toBe(data.events[1].title.trim());
    expect(event.record).not.toHaveProperty('comment');
  });

  it('shows nothing of a file the checker refuses, and reports its problems', async () => {
    const data = readMiniJson();
    data.events[1].start = '2005-13';
    const { startChecker, record } = checkerHere();
    const counts: number[] = [];
    const result = await loadModel(BASE, 'events.json', {
      fetcher: serve(JSON.stringify(data)),
      startChecker,
      onEventCount: (n) => counts.push(n),
    });
    expect(problemsOf(result)).toEqual([
      { where: `${SECOND}, field start`, message: 'month 13 is not a month (use 01 to 12)' },
    ]);
    // The count was a hint given before the checks; the failure still lets the checker go.
    expect(counts).toEqual([8]);
    expect(record.disposed).toBe(1);
  });

  it('checks a small file on the page, not in the checker', async () => {
    const { startChecker, record } = checkerHere();
    const counts: number[] = [];
    const text = readFixture('mini-dataset.json');
    const result = await loadModel(BASE, 'events.json', {
      fetcher: serve(text, PARALLEL_CHECK_FROM - text.length),
      startChecker,
      onEventCount: (n) => counts.push(n),
    });
    expect(result.ok).toBe(true);
    // Its length (about 1 MB) was reason to start the checker, but the text is not long enough to use it.
    expect(record).toMatchObject({ started: 1, checked: [], disposed: 1 });
    expect(counts).toEqual([8]);
  });

  it('starts no checker for a file whose length says it is small, nor calls it large', async () => {
    const { startChecker, record } = checkerHere();
    let large = 0;
    const result = await loadModel(BASE, 'events.json', {
      fetcher: serve(readFixture('mini-dataset.json'), 0),
      startChecker,
      onLargeFile: () => large++,
    });
    expect(result.ok).toBe(true);
    expect(record).toMatchObject({ started: 0, checked: [], disposed: 0 });
    expect(large).toBe(0);
  });

  it('starts the checker while a body of unknown length is still arriving, and uses it for a large file', async () => {
    const { startChecker, record } = checkerHere();
    const text = readFixture('mini-dataset.json') + ' '.repeat(PARALLEL_CHECK_FROM);
    const result = await loadModel(BASE, 'events.json', { fetcher: serveSlowly(text, 300), startChecker });
    expect(result.ok).toBe(true);
    expect(record).toMatchObject({ started: 1, checked: ['events.json'], disposed: 1 });
  });

  it('lets a started checker go unused when the slow file turns out small', async () => {
    const { startChecker, record } = checkerHere();
    const result = await loadModel(BASE, 'events.json', {
      fetcher: serveSlowly(readFixture('mini-dataset.json'), 300),
      startChecker,
    });
    expect(result.ok).toBe(true);
    expect(record).toMatchObject({ started: 1, checked: [], disposed: 1 });
  });

  it('tells the checker the size in bytes of the file as it came, which it need not count', async () => {
    const { startChecker, record } = checkerHere();
    const data = readMiniJson();
    data.meta.title = 'Phnom Penh, Kâmpóng Cham and Siĕm Réab';
    const text = JSON.stringify(data);
    const result = await loadModel(BASE, 'events.json', { fetcher: serve(text), startChecker });
    expect(result.ok).toBe(true);
    expect(record.bytes).toEqual([new TextEncoder().encode(text).length + PARALLEL_CHECK_FROM]);
    expect(record.bytes[0]).toBeGreaterThan(text.length + PARALLEL_CHECK_FROM);
  });

  it('makes the early model in a task after the count hint, so that what the hint started can run first', async () => {
    const { startChecker } = checkerHere();
    const order: string[] = [];
    const result = await loadModel(BASE, 'events.json', {
      fetcher: serve(readFixture('mini-dataset.json')),
      startChecker,
      onEventCount: () => void setTimeout(() => order.push('task the hint started'), 0),
      onEarlyModel: () => void order.push('model made'),
    });
    expect(result.ok).toBe(true);
    expect(order).toEqual(['task the hint started', 'model made']);
  });

  it('tells of a large file once, while it downloads, before its event count is known', async () => {
    const { startChecker } = checkerHere();
    const order: string[] = [];
    const result = await loadModel(BASE, 'events.json', {
      fetcher: serveSlowly(readFixture('mini-dataset.json') + ' '.repeat(PARALLEL_CHECK_FROM), 300),
      startChecker,
      onLargeFile: () => order.push('large file'),
      onEventCount: () => order.push('count'),
    });
    expect(result.ok).toBe(true);
    expect(order).toEqual(['large file', 'count']);
  });

  it('still opens a valid file when a hint fails while the page models it', async () => {
    const { startChecker } = checkerHere();
    const result = await loadModel(BASE, 'events.json', {
      fetcher: serve(readFixture('mini-dataset.json')),
      startChecker,
      onEarlyModel: () => {
        throw new Error('a hint that breaks');
      },
    });
    if (!result.ok) throw new Error(result.title);
    expect(result.value.events).toHaveLength(8);
  });

  it('reports text that is not JSON as the checker words it', async () => {
    const { startChecker } = checkerHere();
    const result = await loadModel(BASE, 'events.json', { fetcher: serve('{"meta": '), startChecker });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.title).toBe('events.json is not valid JSON.');
  });

  it('reports a file whose events are not a list without modelling it', async () => {
    const { startChecker } = checkerHere();
    const data = { ...readMiniJson(), events: { first: 'not a list' } };
    const result = await loadModel(BASE, 'events.json', { fetcher: serve(JSON.stringify(data)), startChecker });
    expect(problemsOf(result)).toEqual([{ where: 'field events', message: 'should be a list, not object' }]);
  });
});
