import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { panWindow, pinchWindow, wheelZoomFactor, zoomWindowAt } from './gestures';

const DAY = 86_400_000;

describe('timeline gestures', () => {
  it('dragging right by half the width shows the half-window before', () => {
    expect(panWindow([100 * DAY, 200 * DAY], 500, 1000)).toEqual([50 * DAY, 150 * DAY]);
    expect(panWindow([100 * DAY, 200 * DAY], -250, 1000)).toEqual([125 * DAY, 225 * DAY]);
  });

  it('wheel down zooms out, wheel up zooms in, by the same factor', () => {
    const out = wheelZoomFactor(100, 0);
    expect(out).toBeCloseTo(2 ** 0.2, 10);
    expect(wheelZoomFactor(-100, 0)).toBeCloseTo(1 / out, 10);
    expect(wheelZoomFactor(3, 1)).toBeCloseTo(wheelZoomFactor(48, 0), 10);
    expect(wheelZoomFactor(10_000, 0)).toBeCloseTo(2 ** 0.4, 10);
  });

  it('zooming keeps the time under the pointer in place', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0.1, max: 10, noNaN: true }), (x, factor) => {
        const before: [number, number] = [0, 1000 * DAY];
        const after = zoomWindowAt(before, factor, x, 1000);
        const timeBefore = before[0] + (x / 1000) * (before[1] - before[0]);
        const timeAfter = after[0] + (x / 1000) * (after[1] - after[0]);
        expect(Math.abs(timeAfter - timeBefore)).toBeLessThan(1);
        expect(after[1] - after[0]).toBeCloseTo(1000 * DAY * factor, -3);
      }),
    );
  });

  it('pinching keeps the times under both fingers under them', () => {
    const start: [number, number] = [0, 1000 * DAY];
    // Fingers at 400 and 600 px move apart to 300 and 700: the window halves around its middle.
    const [from, to] = pinchWindow(start, 400, 600, 300, 700, 1000);
    expect(from).toBeCloseTo(250 * DAY, -3);
    expect(to).toBeCloseTo(750 * DAY, -3);
  });

  it('a degenerate pinch leaves the window alone', () => {
    const start: [number, number] = [0, 1000 * DAY];
    expect(pinchWindow(start, 400, 400, 300, 700, 1000)).toBe(start);
    expect(pinchWindow(start, 400, 600, 700, 300, 1000)).toBe(start);
  });
});
