import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createArc, project, spreadOverlapping, unproject, type Offset } from './geometry';

describe('project and unproject', () => {
  it('keeps longitude as x and puts the equator at y = 0', () => {
    expect(project(0, 0)[0]).toBe(0);
    expect(project(0, 0)[1]).toBeCloseTo(0, 12);
    expect(project(0, 104.92)[0]).toBe(104.92);
    expect(project(0, 104.92)[1]).toBeCloseTo(0, 12);
  });

  it('stretches latitude like Web Mercator', () => {
    expect(project(45, 0)[1]).toBeCloseTo(50.498987, 6);
    expect(project(-45, 0)[1]).toBeCloseTo(-50.498987, 6);
    expect(project(85, 0)[1]).toBeCloseTo(179.410351, 6);
  });

  it('clamps latitude to ±85 so the poles stay finite', () => {
    expect(project(90, 10)).toEqual(project(85, 10));
    expect(project(-90, 10)).toEqual(project(-85, 10));
    expect(Number.isFinite(project(90, 0)[1])).toBe(true);
  });

  it('round-trips every point within ±85°', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -85, max: 85, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        (lat, lon) => {
          const [x, y] = project(lat, lon);
          const [lat2, lon2] = unproject(x, y);
          expect(lat2).toBeCloseTo(lat, 9);
          expect(lon2).toBe(lon);
        },
      ),
      { seed: 7 },
    );
  });
});

describe('createArc', () => {
  const BANGKOK: [number, number] = [13.75, 100.5];
  const PHNOM_PENH: [number, number] = [11.56, 104.92];

  it('starts at the origin and ends at the destination, with segments + 1 points', () => {
    const arc = createArc(BANGKOK, PHNOM_PENH);
    expect(arc.points).toHaveLength(33);
    expect(arc.points[0][0]).toBeCloseTo(BANGKOK[0], 9);
    expect(arc.points[0][1]).toBeCloseTo(BANGKOK[1], 9);
    expect(arc.points[32][0]).toBeCloseTo(PHNOM_PENH[0], 9);
    expect(arc.points[32][1]).toBeCloseTo(PHNOM_PENH[1], 9);
    expect(createArc(BANGKOK, PHNOM_PENH, 0.2, 8).points).toHaveLength(9);
  });

  it('bends to the left (north) of an eastward journey', () => {
    const arc = createArc([10, 100], [10, 110]);
    const [, y10] = project(10, 100);
    // Halfway along a quadratic Bézier is a quarter of the way to the control point, which is 2 (= 10 * 0.2) north.
    const [lat, lon] = arc.points[16];
    expect(lon).toBeCloseTo(105, 9);
    expect(lat).toBeCloseTo(unproject(105, y10 + 1)[0], 9);
    expect(lat).toBeGreaterThan(10);
  });

  it('bends to the left (south) of a westward journey', () => {
    const arc = createArc([10, 110], [10, 100]);
    expect(arc.points[16][0]).toBeLessThan(10);
    expect(arc.points[16][1]).toBeCloseTo(105, 9);
  });

  it('bends to the left (west) of a northward journey', () => {
    const arc = createArc([0, 100], [10, 100]);
    const [, y] = project(10, 100);
    expect(arc.points[16][1]).toBeCloseTo(100 - 0.1 * y, 9);
    expect(arc.points[16][1]).toBeLessThan(100);
  });

  it('arrives from an eastward journey heading east and down the screen', () => {
    // The tangent at the end points from the control point (5 along, 2 up) to the destination: atan2(2, 5).
    expect(createArc([10, 100], [10, 110]).endAngle).toBeCloseTo(21.801409486, 8);
    expect(createArc([-30, -50], [-30, 20]).endAngle).toBeCloseTo(21.801409486, 8);
  });

  it('arrives from a northward journey heading up the screen and to the right', () => {
    expect(createArc([0, 100], [10, 100]).endAngle).toBeCloseTo(-68.198590514, 8);
  });

  it('arrives from a westward journey heading west and up the screen', () => {
    expect(createArc([10, 110], [10, 100]).endAngle).toBeCloseTo(-158.198590514, 8);
  });

  it('is a straight line in projected space with no bend', () => {
    const arc = createArc([0, 100], [10, 110], 0);
    const [x0, y0] = project(0, 100);
    const [x1, y1] = project(10, 110);
    const mid = unproject((x0 + x1) / 2, (y0 + y1) / 2);
    expect(arc.points[16][0]).toBeCloseTo(mid[0], 9);
    expect(arc.points[16][1]).toBeCloseTo(mid[1], 9);
    expect(arc.endAngle).toBeCloseTo((Math.atan2(-(y1 - y0), x1 - x0) * 180) / Math.PI, 9);
  });
});

function placed(points: { x: number; y: number }[], offsets: Offset[]) {
  return points.map((p, i) => ({ x: p.x + offsets[i].dx, y: p.y + offsets[i].dy }));
}

function minPairDistance(points: { x: number; y: number }[]): number {
  let min = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      min = Math.min(min, Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y));
  return min;
}

describe('spreadOverlapping', () => {
  it('leaves points that are far enough apart where they are', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 20, y: 0 },
      { x: 0, y: 100 },
    ];
    expect(spreadOverlapping(points, 20)).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
    expect(spreadOverlapping([], 20)).toEqual([]);
  });

  it('puts two markers on the same spot above and below it, 1.1 × minDistance away', () => {
    const offsets = spreadOverlapping(
      [
        { x: 50, y: 50 },
        { x: 50, y: 50 },
      ],
      20,
    );
    expect(offsets[0].dx).toBeCloseTo(0, 9);
    expect(offsets[0].dy).toBeCloseTo(-22, 9);
    expect(offsets[1].dx).toBeCloseTo(0, 9);
    expect(offsets[1].dy).toBeCloseTo(22, 9);
  });

  it('spreads a group around its centre and leaves a distant point alone', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 500, y: 500 },
    ];
    const offsets = spreadOverlapping(points, 20);
    expect(offsets[2]).toEqual({ dx: 0, dy: 0 });
    const after = placed(points, offsets);
    expect(after[0].x).toBeCloseTo(5, 9);
    expect(after[0].y).toBeCloseTo(-22, 9);
    expect(after[1].x).toBeCloseTo(5, 9);
    expect(after[1].y).toBeCloseTo(22, 9);
  });

  it('treats a chain of overlaps as one group, merging groups found separately', () => {
    // 0 and 2 are 60 apart; 1 (added last) overlaps both, so all three become one group.
    const points = [
      { x: 0, y: 0 },
      { x: 60, y: 0 },
      { x: 30, y: 0 },
    ];
    const offsets = spreadOverlapping(points, 40);
    expect(offsets.every((o) => o.dx !== 0 || o.dy !== 0)).toBe(true);
    expect(minPairDistance(placed(points, offsets))).toBeGreaterThanOrEqual(40);
  });

  it('fills rings outwards when many markers share a spot', () => {
    const points = Array.from({ length: 20 }, () => ({ x: 100, y: 100 }));
    const after = placed(points, spreadOverlapping(points, 16));
    const radii = after.map((p) => Math.round(Math.hypot(p.x - 100, p.y - 100) * 1000) / 1000);
    // Ring 1 (r = 17.6) holds 6, ring 2 (r = 35.2) holds 13, the last one goes to ring 3 (r = 52.8).
    expect(radii.filter((r) => r === 17.6)).toHaveLength(6);
    expect(radii.filter((r) => r === 35.2)).toHaveLength(13);
    expect(radii.filter((r) => r === 52.8)).toHaveLength(1);
    expect(minPairDistance(after)).toBeGreaterThanOrEqual(16);
  });

  it('ends overlapping markers at least minDistance apart, for random clusters', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.double({ min: 0, max: 0.7, noNaN: true }),
            y: fc.double({ min: 0, max: 0.7, noNaN: true }),
          }),
          {
            minLength: 2,
            maxLength: 40,
          },
        ),
        fc.integer({ min: 4, max: 40 }),
        (unit, minDistance) => {
          // Inside a square of side 0.7 × minDistance every pair overlaps.
          const points = unit.map((p) => ({ x: 300 + p.x * minDistance, y: 200 + p.y * minDistance }));
          const after = placed(points, spreadOverlapping(points, minDistance));
          expect(minPairDistance(after)).toBeGreaterThanOrEqual(minDistance);
        },
      ),
      { seed: 42 },
    );
  });

  it('is deterministic and puts the first marker of a group at the top', () => {
    const points = [
      { x: 10, y: 10 },
      { x: 12, y: 11 },
      { x: 11, y: 9 },
      { x: 300, y: 300 },
    ];
    const first = spreadOverlapping(points, 24);
    expect(spreadOverlapping(points, 24)).toEqual(first);
    const after = placed(points, first);
    expect(after[0].y).toBeLessThan(after[1].y);
    expect(after[0].y).toBeLessThan(after[2].y);
    expect(after[0].x).toBeCloseTo(11, 9);
  });
});
