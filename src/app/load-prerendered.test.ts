import { describe, expect, it } from 'vitest';
import { fingerprint } from '../data/fingerprint';
import { readFixture } from '../../tests/fixtures/load-fixture';
import type { PrerenderedPage } from './prerendered-page';
import { loadPrerenderedModel, sharedFetch } from './load-prerendered';

// The mini dataset, with the mini band beside it.
const mini = JSON.parse(readFixture('mini-dataset.json')) as { meta: Record<string, unknown>; events: unknown[] };
const events = JSON.stringify({ ...mini, meta: { ...mini.meta, band: { file: 'band.json', series: 'cambodia' } } });
const band = readFixture('mini-band.json');
const files = { 'events.json': events, 'band.json': band };

function page(files: Record<string, string>): PrerenderedPage {
  return {
    files: Object.entries(files).map(([path, text]) => ({
      path,
      bytes: new TextEncoder().encode(text).byteLength,
      fingerprint: fingerprint(text),
    })),
    dataset: 'events.json',
    selectedId: null,
    appPath: './',
    poster: null,
  };
}

/** Answers `data/<file>` from `served`; anything else is a 404. */
function serve(served: Record<string, string>) {
  const asked: string[] = [];
  const fetcher = (async (url: string) => {
    asked.push(url);
    const text = served[url.replace('data/', '')];
    return text === undefined ? new Response('', { status: 404 }) : new Response(text);
  }) as typeof fetch;
  return { fetcher, asked };
}

describe('loadPrerenderedModel', () => {
  it('models the very files the page was built from, fetching each once', async () => {
    const { fetcher, asked } = serve(files);
    const model = await loadPrerenderedModel(page(files), 'data/', fetcher);
    expect(model?.events.length).toBe(mini.events.length);
    expect(model?.band?.seriesLabel).toBeTruthy();
    expect(asked.sort()).toEqual(
      Object.keys(files)
        .map((f) => `data/${f}`)
        .sort(),
    );
  });

  it('gives null when a file is not the one the build saw, so that the page renders afresh', async () => {
    const longer = serve({ ...files, 'events.json': events.replace('"title"', ' "title"') });
    expect(await loadPrerenderedModel(page(files), 'data/', longer.fetcher)).toBeNull();
    // As long, but not the same.
    const same = serve({ ...files, 'events.json': events.replace('"title"', '"titlf"') });
    expect(await loadPrerenderedModel(page(files), 'data/', same.fetcher)).toBeNull();
  });

  it('gives null when a file cannot be fetched', async () => {
    const { fetcher } = serve({});
    expect(await loadPrerenderedModel(page(files), 'data/', fetcher)).toBeNull();
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await loadPrerenderedModel(page(files), 'data/', failing)).toBeNull();
  });

  it('gives null when the dataset names a file the page did not list', async () => {
    const { fetcher } = serve(files);
    expect(await loadPrerenderedModel(page({ 'events.json': events }), 'data/', fetcher)).toBeNull();
  });
});

describe('sharedFetch', () => {
  it('downloads once for the check and the fresh load, each reading the whole answer, then fetches anew', async () => {
    const { fetcher, asked } = serve({ 'events.json': events });
    const shared = sharedFetch(fetcher);
    const [a, b] = [await shared('data/events.json'), await shared('data/events.json')];
    expect(await a.text()).toBe(events);
    expect(await b.text()).toBe(events);
    expect(asked).toEqual(['data/events.json']);
    await shared('data/events.json');
    expect(asked).toEqual(['data/events.json', 'data/events.json']);
  });
});
