import { describe, expect, it } from 'vitest';
import { createClusterIndex, expandCluster, queryClusters } from './cluster-index';
import { createClusterHandler } from './cluster-protocol';

/** Longitude, latitude pairs. */
const pairs = (points: [number, number][]) => new Float64Array(points.flat());

// 50 markers within 1° of Phnom Penh, 10 on one spot in Lima, one alone in Sydney.
const phnomPenh = Array.from({ length: 50 }, (_, i): [number, number] => [104.5 + (i % 10) * 0.1, 11 + i * 0.02]);
const lima = Array.from({ length: 10 }, (): [number, number] => [-77.04, -12.05]);
const points = pairs([...phnomPenh, ...lima, [151.21, -33.87]]);
const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

describe('queryClusters', () => {
  const index = createClusterIndex(points, 8);

  it('groups nearby markers at a world view, with counts, and keeps a lone marker as itself', () => {
    const items = queryClusters(index, WORLD, 2);
    expect(items.map((i) => i.count).sort((a, b) => a - b)).toEqual([1, 10, 50]);
    const sydney = items.find((i) => i.count === 1)!;
    expect(sydney).toMatchObject({ count: 1, id: 60 });
    expect(sydney.lat).toBeCloseTo(-33.87, 9);
    expect(sydney.lon).toBeCloseTo(151.21, 9);
    const lima = items.find((i) => i.count === 10)!;
    expect(lima.lat).toBeCloseTo(-12.05, 6);
    expect(lima.lon).toBeCloseTo(-77.04, 6);
  });

  it('returns only what is inside the box', () => {
    const items = queryClusters(index, [100, 0, 110, 20], 2);
    expect(items).toHaveLength(1);
    expect(items[0].count).toBe(50);
  });

  it('clamps a box that reaches past ±180° instead of wrapping it to the far side', () => {
    // Leaflet's bounds can run to -250 when the view is padded; supercluster would wrap that to +110.
    expect(queryClusters(index, [-250, -85, -100, 85], 2)).toEqual([]);
    expect(queryClusters(index, [-250, -85, 250, 85], 2)).toHaveLength(3);
  });

  it('splits a cluster as the zoom deepens, keeping every marker counted', () => {
    const deep = queryClusters(index, [104, 11, 106, 12], 8);
    expect(deep.length).toBeGreaterThan(1);
    expect(deep.reduce((sum, i) => sum + i.count, 0)).toBe(50);
  });
});

describe('expandCluster', () => {
  const index = createClusterIndex(points, 8);

  it('gives the zoom at which a cluster splits, when the map can go that deep', () => {
    const cluster = queryClusters(index, WORLD, 2).find((i) => i.count === 50)!;
    const expansion = expandCluster(index, cluster.id, 8, 100);
    expect(expansion).toHaveProperty('zoom');
    const zoom = (expansion as { zoom: number }).zoom;
    expect(zoom).toBeGreaterThan(2);
    expect(zoom).toBeLessThanOrEqual(8);
    expect(queryClusters(index, [104, 11, 106, 12], zoom).length).toBeGreaterThan(1);
  });

  it('gives the markers themselves for markers on one spot, which no zoom separates', () => {
    const cluster = queryClusters(index, WORLD, 8).find((i) => i.count === 10)!;
    const expansion = expandCluster(index, cluster.id, 8, 100) as { leaves: number[] };
    expect([...expansion.leaves].sort((a, b) => a - b)).toEqual([50, 51, 52, 53, 54, 55, 56, 57, 58, 59]);
    expect((expandCluster(index, cluster.id, 8, 4) as { leaves: number[] }).leaves).toHaveLength(4);
  });
});

describe('createClusterHandler', () => {
  it('answers queries before any load with nothing, then from the last index loaded', () => {
    const handle = createClusterHandler();
    expect(handle({ kind: 'query', id: 1, bbox: WORLD, zoom: 2 })).toEqual({ id: 1, kind: 'items', items: [] });
    expect(handle({ kind: 'load', id: 2, points, maxZoom: 8 })).toEqual({ id: 2, kind: 'loaded' });
    const answer = handle({ kind: 'query', id: 3, bbox: WORLD, zoom: 2 });
    expect(answer.kind === 'items' && answer.items.length).toBe(3);
    handle({ kind: 'load', id: 4, points: pairs([[0, 0]]), maxZoom: 8 });
    const after = handle({ kind: 'query', id: 5, bbox: WORLD, zoom: 2 });
    expect(after).toEqual({ id: 5, kind: 'items', items: [{ lat: 0, lon: 0, count: 1, id: 0 }] });
  });

  it('reports a failure as an answer, not an exception', () => {
    const handle = createClusterHandler();
    handle({ kind: 'load', id: 1, points, maxZoom: 8 });
    const answer = handle({ kind: 'expand', id: 2, clusterId: 12345, maxZoom: 8, limit: 10 });
    expect(answer).toMatchObject({ id: 2, kind: 'error' });
  });
});
