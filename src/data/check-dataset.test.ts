import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkDataset, isSameJson } from './check-dataset';
import { readFixture, readMiniJson } from '../../tests/fixtures/load-fixture';

describe('isSameJson', () => {
  it('holds for any JSON value and its copy', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => isSameJson(value, structuredClone(value))));
  });

  it('fails once any one string in a copy is changed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: fc.string(), tags: fc.array(fc.string()) }), { minLength: 1 }),
        fc.nat(),
        (items, pick) => {
          const copy = structuredClone(items);
          const item = copy[pick % copy.length];
          item.title += ' ';
          return !isSameJson(items, copy);
        },
      ),
    );
  });

  it('tells apart a missing key, an extra key, a longer list, an array from an object and null from an object', () => {
    expect(isSameJson({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(isSameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(isSameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(isSameJson({ 0: 'x', length: 1 }, ['x'])).toBe(false);
    expect(isSameJson(null, {})).toBe(false);
    expect(isSameJson({ a: [1, { b: 'c' }] }, { a: [1, { b: 'c' }] })).toBe(true);
  });
});

describe('checkDataset', () => {
  it('finds the fixture valid and unchanged by validation, so nothing needs sending back', () => {
    expect(checkDataset(readFixture('mini-dataset.json'), 'events.json')).toEqual({ ok: true, unchanged: true });
  });

  it('sends back what validation made when it trimmed text', () => {
    const data = readMiniJson();
    data.meta.title = `${data.meta.title}\n`;
    const checked = checkDataset(JSON.stringify(data), 'events.json');
    if (!checked.ok || checked.unchanged) throw new Error('expected a changed dataset');
    expect(checked.dataset.meta.title).toBe(data.meta.title.trim());
  });

  it('refuses what parseDataset refuses, with the same words', () => {
    const data = readMiniJson();
    data.events[0].confidence = 'certain' as 'high';
    const checked = checkDataset(JSON.stringify(data), 'mine.json');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.title).toBe('mine.json has 1 problem.');
  });
});
