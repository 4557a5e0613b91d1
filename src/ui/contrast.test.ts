import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance } from './contrast';

describe('contrast', () => {
  it('gives the WCAG figures for black, white and a mid grey', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBe(1);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#000000')).toBe(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#0b5fff', '#1f3a5f')).toBeCloseTo(2.24, 2);
  });
});
