import { describe, expect, it } from 'vitest';
import { placeFullLabel, placeTooltipBelow, type FullLabelOptions } from './full-label';
import type { PlacedLabel } from './label-placement';

const measure = (text: string) => text.length * 5;
const options: FullLabelOptions = { width: 300, height: 200, lineHeight: 12, offset: 4, padding: 4, measure };
const owner = { left: 100, right: 110, y: 50 };

describe('placeFullLabel', () => {
  it('draws the whole title after its event, its text where a label would start', () => {
    // "Twenty characters!!!" is 100 px, its backing 108 px.
    const label = placeFullLabel('Twenty characters!!!', owner, undefined, options);
    expect(label).toEqual({
      lines: ['Twenty characters!!!'],
      box: { x1: 110, x2: 218, y1: 43, y2: 57 },
      x: 114,
      lineYs: [50],
    });
  });

  it('goes where the shortened label went: before the event, ending where it ended', () => {
    const placed: PlacedLabel = {
      id: 'a',
      text: 'Twenty…',
      full: false,
      side: 'left',
      x: 196,
      box: { x1: 161, x2: 196, y1: 44, y2: 56 },
    };
    const label = placeFullLabel('Twenty characters!!!', { left: 200, right: 210, y: 50 }, placed, options);
    expect(label.box).toEqual({ x1: 92, x2: 200, y1: 43, y2: 57 });
    // The text (100 px) ends at 196, as the shortened label did.
    expect(label.x).toBe(96);
  });

  it('moves inside the drawing, and breaks into lines when wider than it', () => {
    const nearEdge = placeFullLabel('Twenty characters!!!', { left: 280, right: 290, y: 50 }, undefined, options);
    expect(nearEdge.box.x1).toBe(172);
    expect(nearEdge.box.x2).toBe(280);
    const long = 'word '.repeat(20).trim();
    const wrapped = placeFullLabel(long, owner, undefined, { ...options, width: 100 });
    expect(wrapped.lines).toEqual([
      'word word word',
      'word word word',
      'word word word',
      'word word word',
      'word word word',
      'word word word',
      'word word',
    ]);
    expect(wrapped.box.x2).toBeLessThanOrEqual(100);
    expect(wrapped.box.y2 - wrapped.box.y1).toBe(7 * 12 + 2);
    expect(wrapped.lineYs[1] - wrapped.lineYs[0]).toBe(12);
  });

  it('moves up to stay above the bottom of the drawing', () => {
    const label = placeFullLabel('word '.repeat(20).trim(), { left: 0, right: 10, y: 190 }, undefined, {
      ...options,
      width: 100,
    });
    expect(label.box.y2).toBe(200);
  });
});

describe('placeTooltipBelow', () => {
  it('centres the tooltip under the visible part of the span, inside the drawing', () => {
    // 10 characters: 50 px of text, 58 with padding.
    expect(placeTooltipBelow('Tier 2, 05', { x1: 100, x2: 200 }, 40, options).box).toEqual({
      x1: 121,
      x2: 179,
      y1: 40,
      y2: 60,
    });
    expect(placeTooltipBelow('Tier 2, 05', { x1: -50, x2: 20 }, 40, options).box.x1).toBe(0);
    expect(placeTooltipBelow('Tier 2, 05', { x1: 280, x2: 500 }, 40, options).box.x2).toBe(300);
  });
});
