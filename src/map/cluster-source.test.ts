import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClusterHandler, type ClusterRequest, type ClusterResponse } from './cluster-protocol';
import * as clusterIndex from './cluster-index';
import { createClusterSource } from './cluster-source';
import { prepareClusterWorker } from './cluster-worker-start';

vi.mock('./cluster-index', async (importOriginal) => {
  const actual = await importOriginal<typeof clusterIndex>();
  return { ...actual, createClusterIndex: vi.fn(actual.createClusterIndex) };
});

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];
const one = (lon: number, lat: number) => new Float64Array([lon, lat]);

/** A worker that answers like cluster-worker.ts, a task later; or, when `broken`, fails to start. */
class FakeWorker {
  static broken = false;
  static created = 0;
  onmessage: ((event: MessageEvent<ClusterResponse>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  private readonly handle = createClusterHandler();
  constructor() {
    FakeWorker.created++;
  }
  postMessage(request: ClusterRequest) {
    setTimeout(() => {
      if (FakeWorker.broken) this.onerror?.(new Event('error'));
      else this.onmessage?.(new MessageEvent('message', { data: this.handle(request) }));
    }, 0);
  }
  terminate() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(clusterIndex.createClusterIndex).mockClear();
  FakeWorker.broken = false;
});

describe('createClusterSource', () => {
  it('works on the main thread where there is no Worker', async () => {
    expect(typeof Worker).toBe('undefined');
    const source = createClusterSource();
    await source.load(one(10, 20), 8);
    expect(await source.query(WORLD, 2)).toMatchObject([{ count: 1, id: 0 }]);
  });

  it('builds only the latest of the loads that arrive while one is building', async () => {
    const source = createClusterSource();
    const loads = [source.load(one(1, 1), 8), source.load(one(2, 2), 8), source.load(one(3, 3), 8)];
    await Promise.all(loads);
    const built = vi.mocked(clusterIndex.createClusterIndex).mock.calls.map(([points]) => points[0]);
    expect(built).toEqual([1, 3]);
    const [item] = await source.query(WORLD, 2);
    expect(item.lon).toBeCloseTo(3, 9);
  });

  it('does not index again points equal to those it holds, and does index changed ones', async () => {
    const source = createClusterSource();
    await source.load(new Float64Array([10, 20, 30, 40]), 8);
    await source.load(new Float64Array([10, 20, 30, 40]), 8);
    expect(clusterIndex.createClusterIndex).toHaveBeenCalledTimes(1);
    await source.load(new Float64Array([10, 20, 30, 41]), 8);
    await source.load(new Float64Array([10, 20, 30, 41]), 6);
    expect(clusterIndex.createClusterIndex).toHaveBeenCalledTimes(3);
  });

  it('asks a worker when there is one', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const before = FakeWorker.created;
    const source = createClusterSource();
    expect(FakeWorker.created).toBe(before + 1);
    await source.load(new Float64Array([10, 20, 10, 20]), 8);
    expect(await source.query(WORLD, 8)).toMatchObject([{ count: 2 }]);
    source.dispose();
  });

  it('takes the worker started ahead of it, and starts a new one for the next source', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const before = FakeWorker.created;
    prepareClusterWorker();
    expect(FakeWorker.created).toBe(before + 1);
    createClusterSource().dispose();
    expect(FakeWorker.created).toBe(before + 1);
    createClusterSource().dispose();
    expect(FakeWorker.created).toBe(before + 2);
  });

  it('falls back to the main thread, with the points it was given, when the worker fails', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.broken = true;
    const source = createClusterSource();
    await source.load(one(10, 20), 8);
    expect(await source.query(WORLD, 2)).toMatchObject([{ count: 1 }]);
  });

  it('rejects with a message when the index cannot answer', async () => {
    const source = createClusterSource();
    await source.load(one(10, 20), 8);
    await expect(source.expand(999, 8, 10)).rejects.toThrow(/clusters could not be made/);
  });
});
