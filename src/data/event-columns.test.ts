import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnsOf, markTime } from './event-columns';
import { createModel } from './model';
import { createSyntheticDataset } from '../../tests/fixtures/synthetic-dataset';

describe('columnsOf', () => {
  it('gives what each event says of itself, by its order, whether kept by createModel or made afresh', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 150 }), (seed, count) => {
        const dataset = createSyntheticDataset(count, seed);
        // Some events without a date.
        dataset.events.forEach((event, i) => {
          if (i % 5 === 2) delete event.start;
          if (i % 5 === 2) delete event.end;
        });
        const { events } = createModel(dataset);
        const kept = columnsOf(events);
        // A copy of the array is not the model's: its columns are made from the events.
        expect(columnsOf([...events])).toEqual(kept);
        events.forEach((event, i) => {
          expect(kept.starts[i]).toBe(event.timed ? event.startMs : Infinity);
          expect(kept.ends[i]).toBe(event.timed ? event.endMs : Infinity);
          expect(kept.marks[i]).toBe(event.timed ? markTime(event) : Infinity);
          expect(kept.categories[kept.slots[i]]).toBe(event.record.category);
        });
        const counted = new Map<string, number>();
        for (const event of events) counted.set(event.record.category, (counted.get(event.record.category) ?? 0) + 1);
        expect([...kept.categoryCounts]).toEqual([...counted]);
      }),
      { numRuns: 40 },
    );
  });
});
