import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { argsort } from './argsort';

/** The definition: a stable comparison sort of the positions by their keys. */
const bySorting = (keys: Float64Array, order: Uint32Array) => Array.from(order).sort((a, b) => keys[a] - keys[b]);

// Times in ms as the model has them (dates from year 0 to 9999, many equal), and any doubles at all but NaN.
const times = fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 });
const keysOf = (values: number[]) => Float64Array.from(values);

describe('argsort', () => {
  it('orders positions as a stable comparison sort does, for times with many ties', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(times, fc.constantFrom(0, Infinity, 1e12)), { maxLength: 300 }), (values) => {
        const keys = keysOf(values);
        const identity = Uint32Array.from(keys, (_, i) => i);
        expect(Array.from(argsort(keys))).toEqual(bySorting(keys, identity));
      }),
    );
  });

  it('orders any doubles, negative ones, -0 and infinities included, as comparing them does', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 200 }), (values) => {
        const keys = keysOf(values);
        expect(Array.from(argsort(keys))).toEqual(
          bySorting(
            keys,
            Uint32Array.from(keys, (_, i) => i),
          ),
        );
      }),
    );
  });

  it('sorts a given order stably, so that two passes sort by two keys', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }))), (pairs) => {
        const first = keysOf(pairs.map(([a]) => a));
        const second = keysOf(pairs.map(([, b]) => b));
        const twoPasses = Array.from(argsort(first, argsort(second)));
        const compared = pairs.map((_, i) => i).sort((i, j) => pairs[i][0] - pairs[j][0] || pairs[i][1] - pairs[j][1]);
        expect(twoPasses).toEqual(compared);
      }),
    );
  });

  it('puts NaN last and leaves the keys as they were', () => {
    const keys = Float64Array.from([3, NaN, -1, 2]);
    expect(Array.from(argsort(keys))).toEqual([2, 3, 0, 1]);
    expect(Array.from(keys)).toEqual([3, NaN, -1, 2]);
  });
});
