import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignLanes } from './layout';

/** The definition: scan every lane for the first one that is free. */
function firstFitByScanning(boxes: { left: number; right: number }[], gap: number): number[] {
  const ends: number[] = [];
  return boxes.map(({ left, right }) => {
    let lane = ends.findIndex((end) => end + gap <= left);
    if (lane === -1) lane = ends.length;
    ends[lane] = right;
    return lane;
  });
}

const boxArb = fc
  .record({ left: fc.integer({ min: 0, max: 300 }), width: fc.integer({ min: 0, max: 60 }) })
  .map(({ left, width }) => ({ left, right: left + width }));
const byLeft = (a: { left: number }, b: { left: number }) => a.left - b.left;

describe('assignLanes', () => {
  it('puts each box in the lowest lane that has room, with the gap', () => {
    const boxes = [
      { left: 0, right: 10 },
      { left: 5, right: 20 },
      { left: 14, right: 30 },
      { left: 13, right: 22 },
      { left: 24, right: 40 },
    ].sort(byLeft);
    // In order: [0,10] lane 0; [5,20] lane 1; [13,22] lane 0 (10 + 3 <= 13); [14,30] lane 2; [24,40] lane 1, the lowest
    // with room (22 + 3 > 24, 20 + 3 <= 24).
    expect(assignLanes(boxes, 3)).toEqual({ lanes: Int32Array.from([0, 1, 0, 2, 1]), laneCount: 3 });
  });

  it('starts over when a second run of boxes begins further left', () => {
    const boxes = [
      { left: 0, right: 50 },
      { left: 60, right: 70 },
      // A second run: lane 0 ends at 70, so a box at 10 needs a new lane, a box at 80 fits in lane 0 again.
      { left: 10, right: 20 },
      { left: 80, right: 90 },
    ];
    expect([...assignLanes(boxes, 4).lanes]).toEqual([0, 0, 1, 0]);
  });

  it('gives every box its own lane when all overlap, without scanning every lane for every box', () => {
    const boxes = Array.from({ length: 20_000 }, (_, i) => ({ left: i / 1000, right: 100 }));
    const { lanes, laneCount } = assignLanes(boxes, 4);
    expect(laneCount).toBe(20_000);
    expect(lanes[19_999]).toBe(19_999);
  });

  it('agrees with scanning every lane, for any boxes in one or two runs sorted by left', () => {
    fc.assert(
      fc.property(fc.array(boxArb, { maxLength: 60 }), fc.array(boxArb, { maxLength: 30 }), (first, second) => {
        const boxes = [...first.sort(byLeft), ...second.sort(byLeft)];
        expect([...assignLanes(boxes, 4).lanes]).toEqual(firstFitByScanning(boxes, 4));
      }),
      { numRuns: 300 },
    );
  });
});
