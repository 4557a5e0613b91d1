import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnsOf } from './event-columns';
import { createModel, type Model } from './model';
import { EVENTS_PER_STEP, modelInSteps } from './model-in-steps';
import { createSyntheticDataset } from '../../tests/fixtures/synthetic-dataset';
import { readFixture, readMiniJson } from '../../tests/fixtures/load-fixture';

/** What a reader of the model sees of it: every field of every event, the lookups and the views' columns. */
function seen(model: Model) {
  const { events, byId, categoryById, sourceById, ...rest } = model;
  return {
    ...rest,
    events: events.map(({ record, ...event }) => ({ ...event, record })),
    byId: [...byId].map(([id, event]) => [id, event.order]),
    categoryById: [...categoryById],
    sourceById: [...sourceById],
    columns: columnsOf(events),
  };
}

describe('modelInSteps', () => {
  it('makes what createModel makes of the parsed text, and the dataset JSON.parse gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 60 }), async (seed, count) => {
        const dataset = createSyntheticDataset(count, seed);
        dataset.events.forEach((event, i) => {
          if (i % 7 !== 3) return;
          delete event.start;
          delete event.end;
        });
        const counts: number[] = [];
        const read = await modelInSteps(JSON.stringify(dataset, null, seed % 3), (n) => counts.push(n));
        if (!read) throw new Error('expected a model');
        expect(counts).toEqual([count]);
        expect(read.dataset).toEqual(dataset);
        expect(seen(read.model)).toEqual(seen(createModel(dataset)));
      }),
      { numRuns: 25 },
    );
  });

  it('reads more events than a step holds, in their order, between other tasks', async () => {
    const dataset = createSyntheticDataset(EVENTS_PER_STEP * 2 + 5, 3);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const read = await modelInSteps(JSON.stringify(dataset));
    clearInterval(timer);
    expect(read?.dataset.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
    expect(seen(read!.model)).toEqual(seen(createModel(dataset)));
    // Four steps (three batches, then the model): other tasks ran between them.
    expect(ticks).toBeGreaterThanOrEqual(2);
  });

  it('reads a file that starts with a byte order mark', async () => {
    const text = readFixture('mini-dataset.json');
    const read = await modelInSteps(`\uFEFF${text}`);
    expect(read?.model.events.map((e) => e.id)).toEqual(createModel(JSON.parse(text)).events.map((e) => e.id));
  });

  it('makes no model of text that is not a dataset, or whose dates are not dates', async () => {
    const bad = readMiniJson();
    bad.events[2].start = '2012-13-45';
    for (const text of ['{"events": [', '{"meta": {}}', 'null', '{"events": [{"id": 1}]}', JSON.stringify(bad)]) {
      expect(await modelInSteps(text), text).toBeNull();
    }
  });
});
