import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countInWindow, countMarksInWindow, createTimeIndex, eventsInWindow, markTime } from './time-index';
import { binDensity } from './density';
import { createTimeScale } from './scale';
import { buildModel } from '../../tests/fixtures/build-dataset';

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

const model = buildModel([
  { id: 'day-2001', start: '2001-01-01', category: 'a' },
  { id: 'span-2003', start: '2003-01-01', end: '2003-12-31', category: 'a' },
  { id: 'year-2005', start: '2005', category: 'b' },
  { id: 'month-2005', start: '2005-03', category: 'a' },
  { id: 'undated', start: undefined, category: 'b' },
]);
const timed = model.events.filter((e) => e.timed);
const index = createTimeIndex(timed, model.events);
const byId = (id: string) => model.byId.get(id)!;

describe('markTime', () => {
  it('is the middle of what the date can mean, or the start of a span', () => {
    expect(markTime(byId('day-2001'))).toBe(utc(2001) + DAY / 2);
    expect(markTime(byId('year-2005'))).toBe((utc(2005) + utc(2006)) / 2);
    expect(markTime(byId('month-2005'))).toBe((utc(2005, 3) + utc(2005, 4)) / 2);
    expect(markTime(byId('span-2003'))).toBe(utc(2003));
  });
});

describe('createTimeIndex', () => {
  it('keeps starts and ends in event order and the mark times of each category sorted', () => {
    expect([...index.starts]).toEqual(timed.map((e) => e.startMs));
    expect([...index.ends]).toEqual(timed.map((e) => e.endMs));
    expect([...index.sortedEnds]).toEqual(timed.map((e) => e.endMs).sort((a, b) => a - b));
    expect([...index.markTimes.get('a')!]).toEqual([utc(2001) + DAY / 2, utc(2003), (utc(2005, 3) + utc(2005, 4)) / 2]);
    expect([...index.markTimes.get('b')!]).toEqual([(utc(2005) + utc(2006)) / 2]);
  });

  it('indexes any subset like the subset on its own, for random events', () => {
    const date = fc
      .record({ y: fc.integer({ min: 1990, max: 2020 }), m: fc.integer({ min: 1, max: 12 }), p: fc.nat(2) })
      .map(({ y, m, p }) => (p === 0 ? `${y}` : `${y}-${String(m).padStart(2, '0')}${p === 2 ? '-15' : ''}`));
    const eventArb = fc.record({ start: date, category: fc.constantFrom('a', 'b'), keep: fc.boolean() });
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 30 }), (raw) => {
        const m = buildModel(raw.map((r, i) => ({ id: `e${i}`, start: r.start, category: r.category })));
        const subset = m.events.filter((e) => raw[Number(e.id.slice(1))].keep);
        const sub = createTimeIndex(subset, m.events);
        for (const id of ['a', 'b']) {
          const expected = subset.filter((e) => e.record.category === id).map(markTime);
          expect([...(sub.markTimes.get(id) ?? [])]).toEqual(expected.sort((x, y) => x - y));
        }
        expect([...sub.sortedEnds]).toEqual(subset.map((e) => e.endMs).sort((x, y) => x - y));
      }),
      { numRuns: 200 },
    );
  });
});

describe('windows', () => {
  it('counts the events overlapping a window, and the marks inside it', () => {
    // Mid-2003 to 2004: only the span passes through; its mark (1 January 2003) is outside.
    expect(countInWindow(index, [utc(2003, 6), utc(2004)])).toBe(1);
    expect(countMarksInWindow(index, [utc(2003, 6), utc(2004)])).toBe(0);
    expect(eventsInWindow(index, [utc(2003, 6), utc(2004)]).map((e) => e.id)).toEqual(['span-2003']);
    // 2005: the year-only event and the March one.
    expect(countInWindow(index, [utc(2005), utc(2006)])).toBe(2);
    expect(countMarksInWindow(index, [utc(2005), utc(2006)])).toBe(2);
    expect(eventsInWindow(index, [utc(2000), utc(2010)]).map((e) => e.id)).toEqual(timed.map((e) => e.id));
  });

  it('does not count an event that ends as the window begins, or begins as it ends', () => {
    expect(countInWindow(index, [utc(2001, 1, 2), utc(2003)])).toBe(0);
    expect(eventsInWindow(index, [utc(2001, 1, 2), utc(2003)])).toEqual([]);
  });
});

describe('binDensity', () => {
  it('counts marks per bin and category over a fixed scale', () => {
    // 2000-01-01 .. 2010-01-01 over 1000 px, bins of 100 px (365.3 days each).
    const scale = createTimeScale([utc(2000), utc(2010)], 1000);
    const density = binDensity(index, scale, 1000, 100, ['a', 'b']);
    expect(density.bins).toBe(10);
    expect(density.edges[0]).toBe(utc(2000));
    expect(density.edges[10]).toBe(utc(2010));
    expect(density.edges[1]).toBe(utc(2000) + 365.3 * DAY);
    // a: 2001-01-01 is day 366 (bin 1), 2003-01-01 day 1096 (bin 3), mid-March 2005 day 1900 (bin 5).
    expect([...density.counts.slice(0, 10)]).toEqual([0, 1, 0, 1, 0, 1, 0, 0, 0, 0]);
    // b: the middle of 2005 is day 2009.5 (bin 5).
    expect([...density.counts.slice(10)]).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect([...density.totals]).toEqual([0, 1, 0, 1, 0, 2, 0, 0, 0, 0]);
    expect(density.max).toBe(2);
  });

  it('leaves out marks outside the drawing and covers a width that is not a whole number of bins', () => {
    const scale = createTimeScale([utc(2004), utc(2006)], 5);
    const density = binDensity(index, scale, 5, 2, ['a', 'b']);
    expect(density.bins).toBe(3);
    expect(density.totals.reduce((a, b) => a + b, 0)).toBe(2);
  });
});
