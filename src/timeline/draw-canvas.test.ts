import { describe, expect, it } from 'vitest';
import { drawCanvasFrame, type CanvasFrame } from './draw-canvas';
import { planCanvas, type CanvasArea } from './canvas-plan';
import { createTimeIndex } from './time-index';
import { createTimeScale } from './scale';
import { buildModel } from '../../tests/fixtures/build-dataset';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

interface Call {
  name: string;
  args: unknown[];
  fillStyle: unknown;
  globalAlpha: number;
}

/** A 2D context that records what is drawn, with the fill colour and opacity in force at each call. */
function recordingContext() {
  const calls: Call[] = [];
  const state: Record<string | symbol, unknown> = { fillStyle: '#000', globalAlpha: 1 };
  const ctx = new Proxy(state, {
    get(target, name) {
      if (name in target) return target[name];
      return (...args: unknown[]) => {
        calls.push({
          name: String(name),
          args,
          fillStyle: target.fillStyle,
          globalAlpha: target.globalAlpha as number,
        });
      };
    },
    set(target, name, value) {
      target[name] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const model = buildModel([
  { id: 'first', start: '2001-03-01', title: 'First', category: 'a' },
  { id: 'second', start: '2001-03-02', title: 'Second', category: 'b' },
  { id: 'third', start: '2001-03-02', title: 'Third', category: 'b' },
]);
const index = createTimeIndex(model.events, model.events);
const area: CanvasArea = { width: 1000, top: 40, height: 100 };
const glyph = {} as Path2D;
const categories = new Map([
  ['a', { color: '#aa0000', glyph }],
  ['b', { color: '#0000bb', glyph }],
]);

function frame(window: [number, number], change: Partial<CanvasFrame> = {}, where: CanvasArea = area): CanvasFrame {
  const scale = createTimeScale(window, where.width);
  return {
    plan: planCanvas(index, scale, where, ['a', 'b']),
    area: where,
    scale,
    byId: model.byId,
    categories,
    colors: { ink: '#111111', panel: '#ffffff', select: '#222222' },
    selectedId: null,
    hoveredId: null,
    hoveredBin: null,
    playhead: null,
    ...change,
  };
}

describe('drawCanvasFrame, the density', () => {
  it('stacks one bar per bin, a rect per category in its colour, the tallest as tall as the area', () => {
    // Ten days over 2 px: every mark in bin 0, so the density is one stacked bar filling the area's height.
    const f = frame([utc(2001, 3), utc(2001, 3, 11)], {}, { ...area, width: 2 });
    expect(f.plan.mode).toBe('density');
    const { ctx, calls } = recordingContext();
    drawCanvasFrame(ctx, f);
    const rects = calls.filter((c) => c.name === 'rect');
    // a: one of three (height 100/3) at the bottom; b: two of three above it.
    expect(rects.map((c) => c.fillStyle)).toEqual(['#aa0000', '#0000bb']);
    const [a, b] = rects.map((c) => c.args as number[]);
    [140 - 100 / 3, 2, 100 / 3].forEach((value, i) => expect(a[i + 1]).toBeCloseTo(value, 9));
    [40, 2, 200 / 3].forEach((value, i) => expect(b[i + 1]).toBeCloseTo(value, 9));
    expect([a[0], b[0]]).toEqual([0, 0]);
    expect(calls.filter((c) => c.name === 'fill')).toHaveLength(2);
  });

  it('pins the selected event on the strip with a halo', () => {
    // One lane of 16 px holds two marks across 32 px: three are too many.
    const small: CanvasArea = { width: 32, top: 40, height: 16 };
    const window: [number, number] = [utc(2001, 2, 25), utc(2001, 3, 7)];
    const f = frame(window, { selectedId: 'first' }, small);
    expect(f.plan.mode).toBe('density');
    const { ctx, calls } = recordingContext();
    drawCanvasFrame(ctx, f);
    // Noon on 1 March is 4.5 of the window's 10 days: 14.4 px.
    expect(calls.find((c) => c.name === 'lineTo')!.args).toEqual([14.4, 56]);
    expect(calls.find((c) => c.name === 'arc')!.args).toEqual([14.4, 48, 10, 0, 2 * Math.PI]);
  });
});

describe('drawCanvasFrame, the marks', () => {
  // Ten days over 1000 px: 100 px a day, room for every mark and label.
  const window: [number, number] = [utc(2001, 2, 25), utc(2001, 3, 7)];

  it('draws each mark with its glyph, and a label where it fits', () => {
    const f = frame(window);
    expect(f.plan.mode).toBe('marks');
    const { ctx, calls } = recordingContext();
    drawCanvasFrame(ctx, f);
    expect(calls.filter((c) => c.name === 'fill' && c.args[0] === glyph).map((c) => c.fillStyle)).toEqual([
      '#aa0000',
      '#0000bb',
      '#0000bb',
    ]);
    const labels = calls.filter((c) => c.name === 'fillText').map((c) => c.args[0]);
    expect(labels.sort()).toEqual(['First', 'Second', 'Third']);
    expect(calls.some((c) => c.name === 'arc')).toBe(false);
  });

  it('draws a halo around the selected mark and fades those the playhead has not reached', () => {
    const f = frame(window, { selectedId: 'second', playhead: utc(2001, 3, 1) + 43_200_000 });
    const { ctx, calls } = recordingContext();
    drawCanvasFrame(ctx, f);
    const item = f.plan.mode === 'marks' ? f.plan.layout.items.find((i) => i.id === 'second')! : null;
    expect(calls.filter((c) => c.name === 'arc').map((c) => c.args[0])).toEqual([item!.x]);
    const glyphs = calls.filter((c) => c.name === 'fill' && c.args[0] === glyph);
    expect(glyphs.map((c) => c.globalAlpha)).toEqual([1, 0.3, 0.3]);
  });
});
