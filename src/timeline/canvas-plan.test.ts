import { describe, expect, it } from 'vitest';
import {
  chooseRenderer,
  markCapacity,
  MAX_CANVAS_LANES,
  planCanvas,
  SVG_MAX_EVENTS,
  type CanvasArea,
} from './canvas-plan';
import { hitTestCanvas } from './canvas-hit-test';
import { describeCanvas } from './describe-canvas';
import { createTimeIndex } from './time-index';
import { createTimeScale } from './scale';
import { laneHeightFor, lanesThatFit } from './timeline-geometry';
import { buildModel, type EventInput } from '../../tests/fixtures/build-dataset';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const pad = (n: number) => String(n).padStart(2, '0');

/** `count` day events, one a day from 1 January 2001 on, alternating categories. */
function daily(count: number): EventInput[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(utc(2001) + i * 86_400_000);
    const start = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    return { id: `d${i}`, start, category: i % 2 ? 'b' : 'a' };
  });
}

function plan(inputs: EventInput[], window: [number, number], area: CanvasArea) {
  const model = buildModel(inputs);
  const index = createTimeIndex(model.events, model.events);
  return { model, plan: planCanvas(index, createTimeScale(window, area.width), area, ['a', 'b']) };
}

describe('choosing how to draw', () => {
  it('keeps SVG marks up to the threshold and draws more on a canvas', () => {
    expect(SVG_MAX_EVENTS).toBe(200);
    expect(chooseRenderer(0)).toBe('svg');
    expect(chooseRenderer(200)).toBe('svg');
    expect(chooseRenderer(201)).toBe('canvas');
  });

  it('fits lanes of at least 16 px, and as many marks as diameters and gaps fit across', () => {
    expect(lanesThatFit(100)).toBe(6);
    expect(lanesThatFit(10)).toBe(1);
    expect(laneHeightFor(100, 2)).toBe(26);
    expect(laneHeightFor(100, 5)).toBe(20);
    // 1000 px / (2 × 6 + 4) = 62 marks a lane.
    expect(markCapacity(1000, 9)).toBe(558);
  });
});

describe('planCanvas', () => {
  const area: CanvasArea = { width: 1000, top: 40, height: 100 };

  it('shows the density when there are more marks in view than room for them', () => {
    // Two years of daily events (730) in a lane capacity of 6 × 62 = 372.
    const { plan: p } = plan(daily(730), [utc(2001), utc(2003)], area);
    expect(p.mode).toBe('density');
    expect(p.inView).toBe(730);
  });

  it('shows marks, in lanes, once zoomed in far enough', () => {
    // Sixty days over 1000 px: 16.7 px a day, every mark fits in one lane.
    const { plan: p } = plan(daily(730), [utc(2001, 3), utc(2001, 3) + 60 * 86_400_000], area);
    expect(p.mode).toBe('marks');
    if (p.mode !== 'marks') return;
    expect(p.inView).toBe(60);
    expect(p.lanes).toBe(p.layout.laneCount);
    expect(p.laneHeight).toBe(laneHeightFor(100, p.lanes));
    expect(p.hidden).toBe(0);
  });

  it('stacks marks that share a place in more lanes than the panel shows, up to a limit', () => {
    // Ten events on one day need ten lanes of 16 px; the 100 px panel shows six, and the drawing grows below it.
    const sameDay = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ id: `same-${i}`, start: '2001-05-05' }));
    const { plan: ten } = plan(sameDay(10), [utc(2001, 5), utc(2001, 6)], area);
    expect(ten).toMatchObject({ mode: 'marks', inView: 10, lanes: 10, laneHeight: 16, hidden: 0 });
    const { plan: many } = plan(sameDay(MAX_CANVAS_LANES + 1), [utc(2001, 5), utc(2001, 6)], area);
    expect(many.mode).toBe('density');
  });

  it('leaves out long spans passing through when their lanes do not fit, and counts them', () => {
    const inputs: EventInput[] = [
      { id: 'point', start: '2001-05-05' },
      { id: 'long-a', start: '1990', end: '2010' },
      { id: 'long-b', start: '1991', end: '2011' },
    ];
    const { plan: p } = plan(inputs, [utc(2001, 5), utc(2001, 6)], { width: 1000, top: 40, height: 40 });
    expect(p.mode).toBe('marks');
    if (p.mode !== 'marks') return;
    expect(p.lanes).toBe(2);
    expect(p.hidden).toBe(1);
    expect(p.inView).toBe(1);
  });
});

describe('hitTestCanvas', () => {
  const area: CanvasArea = { width: 1000, top: 40, height: 100 };

  it('finds the mark under the pointer by lane and x', () => {
    // Sixty days over 1000 px: each day event fills its day (16.7 px), so neighbours alternate between two lanes of
    // 26 px: lane 0 from y 40 to 66, lane 1 from 66 to 92.
    const { plan: p } = plan(daily(730), [utc(2001, 3), utc(2001, 3) + 60 * 86_400_000], area);
    if (p.mode !== 'marks') throw new Error('expected marks');
    expect(p.lanes).toBe(2);
    expect(p.laneHeight).toBe(26);
    const d69 = p.layout.items.find((i) => i.id === 'd69')!; // 11 March 2001, day 10.5 of the window
    expect(d69.x).toBeCloseTo(175, 9);
    expect(d69.lane).toBe(0);
    expect(hitTestCanvas(p, area, 175, 53)).toEqual({ kind: 'event', id: 'd69' });
    expect(hitTestCanvas(p, area, 182.9, 41)).toEqual({ kind: 'event', id: 'd69' });
    expect(hitTestCanvas(p, area, 183.5, 53)).toBeNull();
    // Lane 1 holds 12 March (day 11.5, x 191.67).
    expect(hitTestCanvas(p, area, 185, 79)).toEqual({ kind: 'event', id: 'd70' });
    // Above the marks (the axis), below the lanes, outside the drawing.
    expect(hitTestCanvas(p, area, 175, 39)).toBeNull();
    expect(hitTestCanvas(p, area, 175, 93)).toBeNull();
    expect(hitTestCanvas(p, area, -1, 53)).toBeNull();
  });

  it('finds marks in lanes below the panel, which scrolls to them', () => {
    const sameDay = Array.from({ length: 10 }, (_, i) => ({ id: `same-${i}`, start: '2001-05-05' }));
    const { plan: p } = plan(sameDay, [utc(2001, 5), utc(2001, 6)], area);
    if (p.mode !== 'marks') throw new Error('expected marks');
    const ninth = p.layout.items.find((i) => i.lane === 8)!;
    // Lane 8 of 16 px runs from y 168 to 184, below the 100 px panel that ends at 140.
    expect(hitTestCanvas(p, area, ninth.x, 176)).toEqual({ kind: 'event', id: ninth.id });
    expect(hitTestCanvas(p, area, ninth.x, 40 + 10 * 16)).toBeNull();
  });

  it('finds the density bin under the pointer, with its instants and count', () => {
    const { plan: p } = plan(daily(730), [utc(2001), utc(2003)], area);
    if (p.mode !== 'density') throw new Error('expected the density');
    // Bins of 2 px; 730 days over 1000 px is 0.73 days a px, so bin 0 covers [0, 1.46) days, which holds the mark of
    // 1 January (at noon, 0.5 days) and bin 1 [1.46, 2.92) those of 2 and 3 January.
    const hit = hitTestCanvas(p, area, 1.5, 100);
    expect(hit).toEqual({ kind: 'bin', bin: 0, from: utc(2001), to: utc(2001) + 1.46 * 86_400_000, count: 1 });
    expect(hitTestCanvas(p, area, 3, 100)).toMatchObject({ kind: 'bin', bin: 1, count: 2 });
    expect(hitTestCanvas(p, area, 3, 20)).toBeNull();
  });
});

describe('describeCanvas', () => {
  const area: CanvasArea = { width: 1000, top: 40, height: 100 };

  it('says how many events there are and in view, and how they are drawn', () => {
    const { plan: dense } = plan(daily(730), [utc(2001), utc(2003)], area);
    expect(describeCanvas(100_000, dense, null)).toBe(
      'Timeline: 100,000 events, 730 in view; density shown; zoom in to see marks. ' +
        'Arrow keys step through the events in time.',
    );
    const { model, plan: marks } = plan(daily(730), [utc(2001, 3), utc(2001, 3) + 60 * 86_400_000], area);
    expect(describeCanvas(730, marks, model.byId.get('d68')!)).toBe(
      'Timeline: 730 events, 60 in view; drawn as marks. Selected: d68, 10 March 2001. ' +
        'Arrow keys step through the events in time.',
    );
  });
});
