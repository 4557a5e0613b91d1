import { describe, expect, it } from 'vitest';
import { approximateFont, createFontMetrics } from './text-measure';

describe('approximateFont', () => {
  it('takes every character as 0.62 em, 0.66 in bold, with the ascent and descent of DejaVu Sans', () => {
    const font = approximateFont(10);
    expect(font.measure('Tier 2')).toBeCloseTo(6 * 6.2, 9);
    // A character of several code points counts once.
    expect(font.measure('Cafe\u0301')).toBeCloseTo(4 * 6.2, 9);
    expect(approximateFont(10, 700).measure('Tier 2')).toBeCloseTo(6 * 6.6, 9);
    expect([font.ascent, font.descent]).toEqual([9.3, 2.4]);
  });

  it('is what the fonts are measured with while the page’s font-family is unknown (the prerendered page)', () => {
    expect(createFontMetrics(18, null).measure('Obama visits Bangkok')).toBeCloseTo(20 * 18 * 0.62, 9);
  });
});
