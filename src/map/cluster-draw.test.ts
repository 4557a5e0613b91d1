import { describe, expect, it } from 'vitest';
import { clusterRadius, formatCount, hitTest, planDraw, POINT_RADIUS, type Scene } from './cluster-draw';

/** Markers a, b, c at x = 10, 20, 30 (longitude as x, latitude as y, for easy sums), as longitude, latitude pairs. */
const points = new Float64Array([10, 0, 20, 0, 30, 0]);
const names = ['a', 'b', 'c'];
const project = (lat: number, lon: number) => ({ x: lon, y: lat });

function scene(overrides: Partial<Scene> = {}): Scene {
  return {
    items: [
      { lat: 50, lon: 50, count: 40, id: 900 },
      { lat: 0, lon: 10, count: 1, id: 0 },
      { lat: 0, lon: 20, count: 1, id: 1 },
    ],
    points,
    selected: [],
    hovered: [],
    spider: null,
    ...overrides,
  };
}

const describeItem = (item: ReturnType<typeof planDraw>[number]) =>
  item.kind === 'cluster' ? `cluster ${item.id}` : `${names[item.marker]} ${item.state}`;

describe('planDraw', () => {
  it('draws clusters with their counts and markers at their places', () => {
    const plan = planDraw(scene(), project);
    expect(plan.map(describeItem)).toEqual(['cluster 900', 'a normal', 'b normal']);
    expect(plan[0]).toMatchObject({ x: 50, y: 50, label: '40', r: clusterRadius(40) });
    expect(plan[1]).toMatchObject({ x: 10, y: 0, r: POINT_RADIUS });
  });

  it('draws the hovered and then the selected event on top, even one hidden in a cluster', () => {
    // c is not on screen as a point (it is inside cluster 900), but it is selected.
    const plan = planDraw(scene({ selected: [2], hovered: [0] }), project);
    expect(plan.map(describeItem)).toEqual(['cluster 900', 'b normal', 'a hovered', 'c selected']);
    expect(plan[3]).toMatchObject({ x: 30, y: 0 });
  });

  it('draws an event that is both hovered and selected once, as selected', () => {
    const plan = planDraw(scene({ selected: [1], hovered: [1] }), project);
    expect(plan.map(describeItem)).toEqual(['cluster 900', 'a normal', 'b selected']);
  });

  it('opens a cluster as a ring of its markers with legs to its centre, in place of its circle', () => {
    const plan = planDraw(scene({ spider: { clusterId: 900, lat: 50, lon: 50, leaves: [0, 2] } }), project);
    expect(plan.map(describeItem)).toEqual(['b normal', 'a normal', 'c normal']);
    const [a, c] = [plan[1], plan[2]];
    // Two markers on one spot go above and below it, 1.1 marker widths away (spreadOverlapping).
    expect(a).toMatchObject({ x: 50, leg: { x: 50, y: 50 } });
    expect(a.y).toBeCloseTo(50 - 1.1 * 2 * POINT_RADIUS, 9);
    expect(c.y).toBeCloseTo(50 + 1.1 * 2 * POINT_RADIUS, 9);
  });

  it('keeps a selected marker of an opened cluster in its ring', () => {
    const plan = planDraw(
      scene({ selected: [2], spider: { clusterId: 900, lat: 50, lon: 50, leaves: [0, 2] } }),
      project,
    );
    expect(plan.map(describeItem)).toEqual(['b normal', 'a normal', 'c selected']);
    expect(plan[2].y).toBeCloseTo(50 + 1.1 * 2 * POINT_RADIUS, 9);
  });
});

describe('hitTest', () => {
  it('finds the shape under the pointer, with a little slop', () => {
    // Spread out three times as wide: a, b and c at x = 30, 60 and 90.
    const plan = planDraw(scene(), (lat, lon) => ({ x: lon * 3, y: lat }));
    expect(hitTest(plan, 150, 50)).toBe(plan[0]);
    expect(hitTest(plan, 30 + POINT_RADIUS + 1.5, 0)).toBe(plan[1]);
    expect(hitTest(plan, 30 + POINT_RADIUS + 3, 0)).toBeNull();
    expect(hitTest(plan, 500, 500)).toBeNull();
  });

  it('prefers the topmost shape where two overlap', () => {
    // a, b and the selected c at x = 10, 20 and 30 overlap; c is drawn last.
    const plan = planDraw(scene({ selected: [2] }), project);
    expect(hitTest(plan, 25, 0)).toBe(plan[3]);
    expect(hitTest(plan, 15, 0)).toBe(plan[2]);
  });
});

describe('formatCount and clusterRadius', () => {
  it('shortens counts to fit in a circle', () => {
    expect([2, 999, 1000, 1250, 9999, 10_000, 123_456].map(formatCount)).toEqual([
      '2',
      '999',
      '1k',
      '1.2k',
      '9.9k',
      '10k',
      '123k',
    ]);
  });

  it('grows slowly with the count, within bounds', () => {
    expect(clusterRadius(2)).toBeCloseTo(13 + 2.6 * Math.log10(2), 9);
    expect(clusterRadius(100)).toBeCloseTo(18.2, 9);
    expect(clusterRadius(10_000_000)).toBe(26);
    expect(clusterRadius(50)).toBeGreaterThan(clusterRadius(10));
  });
});
