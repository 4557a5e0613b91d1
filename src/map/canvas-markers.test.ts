import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Category } from '../data/schema';
import { planDraw } from './cluster-draw';
import { paintPlan } from './canvas-markers';

const category: Category = { id: 'trade', label: 'Trade', color: '#b85c00', shape: 'square' };
/** Two markers, at longitudes 10 and 60 on the equator. */
const points = new Float64Array([10, 0, 60, 0]);
const categoryOf = () => category;

/** A 2D context that records what is drawn: fills with their colour, texts, and strokes with their width. */
function recordingContext() {
  const log: string[] = [];
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get(target, key: string) {
      if (key in target) return target[key];
      return (...args: unknown[]) => {
        if (key === 'fill') log.push(`fill ${String(target.fillStyle)}`);
        if (key === 'fillText') log.push(`text ${String(args[0])} at ${String(args[1])},${String(args[2])}`);
        if (key === 'stroke') log.push(`stroke ${String(target.lineWidth)}`);
        if (key === 'lineTo') log.push('leg');
      };
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, log };
}

beforeAll(() => {
  // jsdom has no canvas; the shapes only need to be distinct objects here.
  vi.stubGlobal('Path2D', class {});
});

describe('paintPlan', () => {
  it('labels a cluster with its count in white on a dark circle', () => {
    const { ctx, log } = recordingContext();
    const plan = planDraw(
      { items: [{ lat: 5, lon: 5, count: 1234, id: 7 }], points, selected: [], hovered: [], spider: null },
      (lat, lon) => ({ x: lon, y: lat }),
    );
    paintPlan(ctx, plan, categoryOf);
    expect(log).toEqual(['fill #1f3a5f', 'stroke 2', 'text 1.2k at 5,5']);
  });

  it('draws markers in their category colour, with a halo only when hovered or selected', () => {
    const { ctx, log } = recordingContext();
    const plan = planDraw(
      { items: [{ lat: 0, lon: 10, count: 1, id: 0 }], points, selected: [1], hovered: [], spider: null },
      (lat, lon) => ({ x: lon, y: lat }),
    );
    paintPlan(ctx, plan, categoryOf);
    expect(log).toEqual(['fill #b85c00', 'stroke 1.2', 'fill #fff', 'stroke 3', 'fill #b85c00', 'stroke 1.2']);
  });

  it('draws the legs of an opened cluster before any marker', () => {
    const { ctx, log } = recordingContext();
    const plan = planDraw(
      { items: [], points, selected: [], hovered: [], spider: { clusterId: 1, lat: 0, lon: 0, leaves: [0, 1] } },
      (lat, lon) => ({ x: lon, y: lat }),
    );
    paintPlan(ctx, plan, categoryOf);
    expect(log.slice(0, 4)).toEqual(['leg', 'stroke 1', 'leg', 'stroke 1']);
    expect(log.slice(4).every((entry) => !entry.startsWith('leg'))).toBe(true);
  });
});
