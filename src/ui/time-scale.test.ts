import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { createTimeScale } from './time-scale';

const T0 = Date.UTC(1990, 0, 1);
const T1 = Date.UTC(2030, 0, 1);
const windows = fc
  .tuple(fc.integer({ min: T0, max: T1 }), fc.integer({ min: 60_000, max: T1 - T0 }))
  .map(([from, length]) => [from, from + length] as [number, number]);

describe('createTimeScale', () => {
  it('maps, inverts and ticks as d3-scale’s scaleUtc does', () => {
    fc.assert(
      fc.property(
        windows,
        fc.integer({ min: 0, max: 4000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(40),
        (window, width, at, count) => {
          const ours = createTimeScale(window, width);
          const d3 = scaleUtc()
            .domain(window)
            .range([0, Math.max(1, width)]);
          const time = window[0] + at * (window[1] - window[0]);
          expect(ours(time)).toBeCloseTo(d3(time), 6);
          expect(ours(new Date(time))).toBeCloseTo(d3(new Date(time)), 6);
          const x = at * Math.max(1, width);
          expect(Math.abs(ours.invert(x).getTime() - d3.invert(x).getTime())).toBeLessThanOrEqual(1);
          expect(ours.ticks(count).map(Number)).toEqual(d3.ticks(count).map(Number));
          expect(ours.range()).toEqual(d3.range());
          expect(ours.domain().map(Number)).toEqual(d3.domain().map(Number));
        },
      ),
    );
  });

  it('puts every time of a window of no length in the middle', () => {
    const scale = createTimeScale([T0, T0], 200);
    expect(scale(T0)).toBe(100);
    expect(scale(T1)).toBe(100);
    expect(scale.invert(37).getTime()).toBe(T0);
  });
});
