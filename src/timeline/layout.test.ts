import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, hitTest, lanePriority, layoutTimeline, type LayoutItem } from './layout';
import { createTimeScale } from './scale';
import { buildModel, type EventInput } from '../../tests/fixtures/build-dataset';

// 2000-01-01 .. 2010-01-01 is 3653 days drawn over 1000 px.
const scale = createTimeScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], 1000);
/** The x of midnight UTC `days` days after 1 January 2000. */
const px = (days: number) => (days / 3653) * 1000;

// Days after 1 January 2000: 2001-01-01 = 366, 2003-01-01 = 1096, 2005-01-01 = 1827, 2005-07-01 = 2008,
// 2006-01-01 = 2192, 2007-01-01 = 2557.
function layoutSample(yearTitle: string) {
  const model = buildModel([
    { id: 'two-year-span', start: '2001-01-01', end: '2002-12-31', title: 'Two-year span' },
    { id: 'year-only', start: '2005', title: yearTitle },
    { id: 'day-in-2005', start: '2005-07-01', title: 'Day' },
    { id: 'new-year-2007', start: '2007-01-01', title: 'New year' },
  ]);
  return layoutTimeline(model.events, scale);
}

const item = (items: LayoutItem[], id: string) => items.find((i) => i.id === id)!;

describe('layoutTimeline with a fixed scale', () => {
  const layout = layoutSample('Estimate of the year'); // 20 characters

  it('places a span as a bar from its start to the end of its end day, the mark at its start', () => {
    const span = item(layout.items, 'two-year-span');
    expect(span.isSpan).toBe(true);
    expect(span.barX1).toBeCloseTo(px(366), 9);
    expect(span.barX2).toBeCloseTo(px(1096), 9);
    expect(span.x).toBeCloseTo(px(366) + 6, 9);
    expect(span.uncertainX1).toBeCloseTo(px(366), 9);
    expect(span.uncertainX2).toBeCloseTo(px(367), 9);
    expect(span.left).toBeCloseTo(px(366), 9);
    expect(span.right).toBeCloseTo(px(1096), 9);
  });

  it('centres a year-only event in its year and spreads its uncertainty over the year', () => {
    const year = item(layout.items, 'year-only');
    expect(year.isSpan).toBe(false);
    expect(year.x).toBeCloseTo(px((1827 + 2192) / 2), 9);
    expect(year.x).toBeCloseTo(550.0958116616, 9);
    expect(year.uncertainX1).toBeCloseTo(px(1827), 9);
    expect(year.uncertainX2).toBeCloseTo(px(2192), 9);
    expect(year.left).toBeCloseTo(px(1827), 9);
    expect(year.right).toBeCloseTo(px(2192), 9);
  });

  it('centres a day event in its day, occupying the mark', () => {
    const day = item(layout.items, 'day-in-2005');
    expect(day.x).toBeCloseTo(px(2008.5), 9);
    expect(day.left).toBeCloseTo(px(2008.5) - 6, 9);
    expect(day.right).toBeCloseTo(px(2008.5) + 6, 9);
  });

  it('puts overlapping items in separate lanes and reuses a lane once it is free', () => {
    expect(layout.laneCount).toBe(2);
    expect(layout.items.map((i) => [i.id, i.lane])).toEqual([
      ['two-year-span', 0],
      ['year-only', 0],
      ['new-year-2007', 0],
      ['day-in-2005', 1],
    ]);
  });

  it('shows a label only where it fits before the next item of its lane', () => {
    expect(layout.items.map((i) => [i.id, i.showLabel])).toEqual([
      ['two-year-span', true],
      ['year-only', true],
      ['new-year-2007', true],
      ['day-in-2005', true],
    ]);
    // One more character (6.4 px) and the year-only label would run into "new-year-2007" (left at 694.11 px).
    const tighter = layoutSample('Estimates of the year');
    expect(item(tighter.items, 'year-only').showLabel).toBe(false);
    expect(item(tighter.items, 'two-year-span').showLabel).toBe(true);
  });

  it('lays out nothing for no events', () => {
    expect(layoutTimeline([], scale)).toEqual({ items: [], laneCount: 0 });
  });

  it('uses the options it is given', () => {
    const model = buildModel([{ id: 'day', start: '2005-07-01' }]);
    const [only] = layoutTimeline(model.events, scale, { ...DEFAULT_LAYOUT, markRadius: 10 }).items;
    expect(only.right - only.left).toBeCloseTo(20, 9);
  });

  it('gives the top lanes to the events in view with the highest priority (a presentation’s current stop)', () => {
    // Three events on one day: in time order they would take lanes 0, 1, 2 by title.
    const model = buildModel([
      { id: 'first', start: '2005-07-01', title: 'A' },
      { id: 'second', start: '2005-07-01', title: 'B' },
      { id: 'third', start: '2005-07-01', title: 'C' },
      // Out of view: its priority does not count.
      { id: 'outside', start: '2011-01-01', title: 'D' },
    ]);
    const lanesOf = (priority: Map<string, number> | null) =>
      Object.fromEntries(
        layoutTimeline(model.events, scale, DEFAULT_LAYOUT, priority).items.map((i) => [i.id, i.lane]),
      );
    expect(lanesOf(null)).toEqual({ first: 0, second: 1, third: 2, outside: 0 });
    expect(
      lanesOf(
        new Map([
          ['third', 2],
          ['second', 1],
          ['outside', 2],
        ]),
      ),
    ).toEqual({ third: 0, second: 1, first: 2, outside: 0 });
  });
});

describe('lanePriority', () => {
  it('puts the current stop above the other stops, and nothing outside a presented tour', () => {
    const stops = new Set(['a', 'b']);
    expect([...lanePriority(stops, 'b')!]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    // A selection that is not a stop does not take the top lane.
    expect([...lanePriority(stops, 'c')!]).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
    expect(lanePriority(null, 'a')).toBeNull();
  });
});

describe('events known only to lie somewhere in a window', () => {
  it('get a mark in the middle of the window, with the window drawn as uncertainty, not a bar', () => {
    // 2001-01-01 is day 366 and 2004-01-01 day 1461.
    const model = buildModel([{ id: 'sometime', start: '2001', end: '2003', rangeMeans: 'uncertainty' }]);
    const [mark] = layoutTimeline(model.events, scale).items;
    expect(mark.isSpan).toBe(false);
    expect(mark.uncertainX1).toBeCloseTo(px(366), 9);
    expect(mark.uncertainX2).toBeCloseTo(px(1461), 9);
    expect(mark.x).toBeCloseTo(px((366 + 1461) / 2), 9);
    expect(mark.left).toBeCloseTo(px(366), 9);
    expect(mark.right).toBeCloseTo(px(1461), 9);
  });
});

describe('year-only events', () => {
  it('sit in the middle of their year, not on 1 January', () => {
    const years = ['2001', '2002', '2003', '2004', '2005', '2006', '2007', '2008', '2009'];
    const model = buildModel(years.map((y) => ({ id: `in-${y}`, start: y })));
    const layout = layoutTimeline(model.events, scale);
    for (const y of years) {
      const mark = item(layout.items, `in-${y}`);
      const from = scale(Date.UTC(Number(y), 0, 1));
      const to = scale(Date.UTC(Number(y) + 1, 0, 1));
      expect(mark.x).toBeCloseTo((from + to) / 2, 9);
      expect(mark.x - from).toBeGreaterThan(45);
    }
  });
});

describe('layoutTimeline never overlaps items in a lane', () => {
  const pad = (n: number) => String(n).padStart(2, '0');
  const dateArb = fc
    .record({
      year: fc.integer({ min: 1998, max: 2011 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      precision: fc.constantFrom('year', 'month', 'day'),
    })
    .map(({ year, month, day, precision }) =>
      precision === 'year'
        ? `${year}`
        : precision === 'month'
          ? `${year}-${pad(month)}`
          : `${year}-${pad(month)}-${pad(day)}`,
    );
  const eventArb = fc.record({
    start: dateArb,
    spanDays: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
    uncertain: fc.boolean(),
    titleLength: fc.integer({ min: 1, max: 60 }),
  });

  function toInputs(
    raw: { start: string; spanDays?: number; uncertain: boolean; titleLength: number }[],
  ): EventInput[] {
    return raw.map((r, i) => {
      const input: EventInput = { id: `e-${i}`, start: r.start, title: 'x'.repeat(r.titleLength) };
      if (r.spanDays !== undefined) {
        const end = new Date(Date.UTC(Number(r.start.slice(0, 4)), 11, 31) + r.spanDays * 86_400_000);
        input.end = end.toISOString().slice(0, 10);
        if (r.uncertain) input.rangeMeans = 'uncertainty';
      }
      return input;
    });
  }

  it('keeps item.right + gap <= next.left within each lane, for random events and windows', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 100, max: 2000 }),
        (raw, width) => {
          const model = buildModel(toInputs(raw));
          const s = createTimeScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], width);
          const layout = layoutTimeline(model.events, s);
          expect(layout.items).toHaveLength(model.events.length);
          const lanes = new Map<number, LayoutItem[]>();
          for (const i of layout.items) lanes.set(i.lane, [...(lanes.get(i.lane) ?? []), i]);
          expect([...lanes.keys()].sort((a, b) => a - b)).toEqual([...Array(layout.laneCount).keys()]);
          for (const lane of lanes.values()) {
            lane.sort((a, b) => a.left - b.left);
            for (let k = 1; k < lane.length; k++) {
              expect(lane[k - 1].right + DEFAULT_LAYOUT.gap).toBeLessThanOrEqual(lane[k].left);
            }
          }
          for (const i of layout.items) {
            expect(i.left).toBeLessThanOrEqual(i.x - DEFAULT_LAYOUT.markRadius);
            expect(i.right).toBeGreaterThanOrEqual(i.x + DEFAULT_LAYOUT.markRadius);
          }
        },
      ),
      { numRuns: 200, seed: 20121119 },
    );
  });
});

describe('hitTest', () => {
  const layout = layoutSample('Estimate of the year');

  it('finds the mark nearest to the pointer in the lane', () => {
    expect(hitTest(layout, 550, 0)).toBe('year-only');
    expect(hitTest(layout, px(2008.5), 1)).toBe('day-in-2005');
    expect(hitTest(layout, 703, 0)).toBe('new-year-2007');
  });

  it('finds a span anywhere along its bar', () => {
    expect(hitTest(layout, 200, 0)).toBe('two-year-span');
    expect(hitTest(layout, px(1096), 0)).toBe('two-year-span');
  });

  it('finds nothing beyond the tolerance, or in another lane', () => {
    expect(hitTest(layout, 400, 0)).toBeNull();
    expect(hitTest(layout, px(2009.5) + 7.9, 0)).toBe('year-only');
    expect(hitTest(layout, px(2009.5) - 8.1, 0)).toBeNull();
    expect(hitTest(layout, px(2009.5) + 8.1, 0)).toBeNull();
    expect(hitTest(layout, 600, 1)).toBeNull();
    expect(hitTest(layout, 550, 5)).toBeNull();
  });

  it('uses the tolerance it is given', () => {
    expect(hitTest(layout, 570, 0)).toBeNull();
    expect(hitTest(layout, 570, 0, 20)).toBe('year-only');
  });
});
