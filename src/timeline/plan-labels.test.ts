import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planLabels, type LabelPlanInput } from './plan-labels';
import { layoutTimeline } from './layout';
import { createTimeScale } from './scale';
import { itemBoxes, type Box, type MarkGeometry } from './mark-geometry';
import { buildModel, type EventInput } from '../../tests/fixtures/build-dataset';

const measure = (text: string) => text.length * 5;
const bold = (text: string) => text.length * 6;
const square: Box = { x1: -6, x2: 6, y1: -6, y2: 6 };
const geometry: MarkGeometry = { markRadius: 6, barHalf: 4, shapeExtent: () => square };

/** Labels on a timeline of 2000-01-01 .. 2010-01-01 over `width` px (at 3653 px, a day is a pixel). */
function plan(
  events: EventInput[],
  extra: Partial<LabelPlanInput> = {},
  width = 3653,
  window: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)],
) {
  const model = buildModel(events);
  const layout = layoutTimeline(model.events, createTimeScale(window, width));
  const input: LabelPlanInput = {
    layout,
    byId: model.byId,
    laneY: (lane) => 20 + lane * 16,
    geometry,
    labelled: null,
    selectedId: null,
    width,
    labelHeight: 12,
    measure,
    measureBold: bold,
    ...extra,
  };
  return { model, layout, input, ...planLabels(input) };
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('planLabels', () => {
  it('labels every event that has room, after what it draws (its uncertainty box for a year)', () => {
    const { labels } = plan([
      { id: 'year', start: '2001', title: 'A year' },
      { id: 'day', start: '2005-01-01', title: 'A day' },
    ]);
    // 2001 is days 366..731, its box drawn to 731.5; the label starts 4 px after.
    expect(labels.get('year')).toMatchObject({ text: 'A year', side: 'right', x: 735.5 });
    // The day's mark is centred on day 1827.5 and reaches 6.5 px (with its outline) to the right.
    expect(labels.get('day')).toMatchObject({ text: 'A day', side: 'right', x: 1838 });
  });

  it('labels only the events asked for, in a presentation the tour’s stops', () => {
    const { labels } = plan(
      [
        { id: 'stop', start: '2001-06-01', title: 'A stop' },
        { id: 'other', start: '2003-06-01', title: 'Not a stop' },
      ],
      { labelled: new Set(['stop']) },
    );
    expect([...labels.keys()]).toEqual(['stop']);
  });

  it('places the selection first, in bold and clear of its halo, so that it keeps its whole title', () => {
    // In one lane: "pre" (day 1807), "early" (1827) and "chosen" (1927), with "after" (1943) hard after "chosen".
    // "chosen" has no room after it, and "early" none before it: they compete for the 80 px between them.
    const events: EventInput[] = [
      { id: 'pre', start: '2004-12-12', title: 'Pre' },
      { id: 'early', start: '2005-01-01', title: 'Early event here' },
      { id: 'chosen', start: '2005-04-11', title: 'Chosen' },
      { id: 'after', start: '2005-04-27', title: 'After' },
    ];
    const plain = plan(events);
    expect(new Set(plain.layout.items.map((i) => i.lane))).toEqual(new Set([0]));
    // Left to right, "early" takes the gap (1838..1918) and "chosen" is left without a label.
    expect(plain.labels.get('early')).toMatchObject({ text: 'Early event here', side: 'right', x: 1838 });
    expect(plain.labels.has('chosen')).toBe(false);

    const { labels } = plan(events, { selectedId: 'chosen' });
    // Before the halo (6 + 5.5 px from the centre at 1927.5) and 4 px: it ends at 1912; in bold, 6 px a character.
    expect(labels.get('chosen')).toMatchObject({ text: 'Chosen', side: 'left', x: 1912 });
    expect(labels.get('chosen')!.box.x1).toBe(1912 - 36);
    // "early" has what is left: 1838 to 1876 - 3.
    expect(labels.get('early')).toMatchObject({ text: 'Early…', side: 'right', x: 1838 });
  });

  it('never lets a label overlap another, or anything any event draws, or leave the drawing', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const eventArb = fc.record({
      year: fc.integer({ min: 2000, max: 2009 }),
      month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      day: fc.integer({ min: 1, max: 28 }),
      spanDays: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
      uncertain: fc.boolean(),
      title: fc.string({ minLength: 1, maxLength: 40 }),
    });
    fc.assert(
      fc.property(
        fc.array(eventArb, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 200, max: 2000 }),
        fc.nat(39),
        // A window from a day to ten years, somewhere in 1999..2010: events lie before it and after it too.
        fc.tuple(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 1, max: 3653 })),
        (raw, width, selected, [startDay, days]) => {
          const events: EventInput[] = raw.map((r, i) => {
            const start = r.month === undefined ? `${r.year}` : `${r.year}-${pad(r.month)}-${pad(r.day)}`;
            const input: EventInput = { id: `e-${i}`, start, title: r.title.trim() || 'x' };
            if (r.spanDays !== undefined && r.month !== undefined) {
              input.end = new Date(Date.UTC(r.year, r.month - 1, r.day) + r.spanDays * 86_400_000)
                .toISOString()
                .slice(0, 10);
              if (r.uncertain) input.rangeMeans = 'uncertainty';
            }
            return input;
          });
          const from = Date.UTC(1999, 0, 1) + startDay * 86_400_000;
          const window: [number, number] = [from, from + days * 86_400_000];
          const { model, layout, input, labels } = plan(events, { selectedId: `e-${selected}` }, width, window);
          const drawn = layout.items.flatMap((item) =>
            itemBoxes(item, model.byId.get(item.id)!, input.laneY(item.lane), geometry),
          );
          const boxes = [...labels.values()].map((l) => l.box);
          for (const [i, box] of boxes.entries()) {
            expect(box.x1).toBeGreaterThanOrEqual(0);
            expect(box.x2).toBeLessThanOrEqual(width);
            for (const other of boxes.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
            for (const thing of drawn) expect(overlaps(box, thing)).toBe(false);
          }
        },
      ),
      { numRuns: 150, seed: 20121119 },
    );
  });
});
