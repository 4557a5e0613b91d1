import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sliceEvents } from './event-slices';

/** What the slices read as: every batch parsed and joined, and the rest parsed. */
function read(text: string, size: number) {
  const slices = sliceEvents(text);
  if (!slices) return null;
  const events = [...slices.batches(size)].flatMap((batch) => JSON.parse(batch) as unknown[]);
  return { count: slices.count, events, rest: JSON.parse(slices.rest.replace(/^\uFEFF/, '')) as unknown };
}

/** JSON text of `value` laid out with the indentation given (0: none), as hand-written and generated files are. */
const jsonText = fc.constantFrom(0, 1, 2, '\t');

describe('sliceEvents', () => {
  it('cuts any dataset-shaped JSON into batches that parse to its events, and a rest without them', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.array(fc.jsonValue(), { maxLength: 30 }),
        fc.dictionary(fc.string(), fc.jsonValue()),
        jsonText,
        fc.integer({ min: 1, max: 12 }),
        (before, events, after, indent, size) => {
          const value = { ...before, events, ...after };
          if (Object.hasOwn(after, 'events')) return; // The events would not be this list.
          const text = JSON.stringify(value, null, indent);
          const parsed = JSON.parse(text) as Record<string, unknown>;
          expect(read(text, size)).toEqual({
            count: events.length,
            events: parsed.events,
            rest: { ...parsed, events: [] },
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is not misled by brackets, commas and quotes inside strings, nor by an events key deeper down', () => {
    const value = {
      meta: { title: 'a "quoted" [title], {with} \\ backslashes\\', events: ['not', 'these'] },
      'events\\': [1, 2, 3],
      events: [{ id: 'a', title: '],[{"}' }, 'x\\"y', [1, [2, { events: [] }]], null],
    };
    expect(read(JSON.stringify(value), 2)).toEqual({
      count: 4,
      events: value.events,
      rest: { ...value, events: [] },
    });
  });

  it('reads the last events key, as JSON.parse does, and keys written with escapes', () => {
    expect(read('{"events": [1, 2], "events": [3]}', 10)).toMatchObject({ count: 1, events: [3] });
    expect(read('{"ev\\u0065nts": [4, 5]}', 1)).toMatchObject({ count: 2, events: [4, 5] });
  });

  it('gives an empty list no batches, and a file with a byte order mark its events', () => {
    expect(read('{"events": [ \n ]}', 3)).toEqual({ count: 0, events: [], rest: { events: [] } });
    expect(read('\uFEFF{"events": [7]}', 3)).toEqual({ count: 1, events: [7], rest: { events: [] } });
  });

  it('gives null for anything it cannot cut: no events list, not an object, a string or a bracket left open', () => {
    for (const text of [
      '{"meta": {}}',
      '{"events": {"a": 1}}',
      '[{"events": [1]}]',
      '{"events": [1, "2]}',
      '{"events": [1, 2}',
      '{"events": [1]}}',
      'null',
      '',
    ]) {
      expect(sliceEvents(text), text).toBeNull();
    }
  });
});
