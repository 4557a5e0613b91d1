import { describe, expect, test } from 'vitest';
import { SHAPES } from '../data/schema';
import { contrastRatio } from '../ui/colors';
import { createCategories, IMPORT_PALETTE } from './categories';
import { createIdAllocator, slugify } from './slug';

describe('slugify', () => {
  test.each([
    ['Obama visits Bangkok!', 'obama-visits-bangkok'],
    ['  Café São Paulo  ', 'cafe-sao-paulo'],
    ['summit_2012', 'summit-2012'],
    ['---', ''],
    ['ភ្នំពេញ', ''],
  ])('%j gives %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  test('cuts long text at a word boundary', () => {
    expect(slugify('one two three four', 12)).toBe('one-two');
    expect(slugify('abcdefghijklmnop', 5)).toBe('abcde');
  });
});

test('ids are handed out once: summit, summit-2, summit-3, around ids already taken', () => {
  const allocate = createIdAllocator(['summit-2']);
  expect(['summit', 'summit', 'summit', 'other'].map(allocate)).toEqual(['summit', 'summit-3', 'summit-4', 'other']);
});

describe('createCategories', () => {
  test('the palette has 3:1 contrast with the page, the panels and white', () => {
    for (const color of IMPORT_PALETTE) {
      for (const background of ['#f4f1ea', '#fffdf8', '#ffffff']) {
        expect(contrastRatio(color, background), `${color} on ${background}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  test('colours and shapes cycle, so even the 9th category differs from the 1st', () => {
    const categories = createCategories();
    Array.from({ length: 10 }, (_, i) => categories.idFor(`Kind ${i}`));
    const list = categories.list();
    expect(list.map((c) => c.shape)).toEqual([...SHAPES, ...SHAPES].slice(0, 10));
    expect(list[8].color).toBe(list[0].color);
    expect(list[8].shape).not.toBe(list[0].shape);
  });

  test('values are grouped without regard to case and spacing; labels are clipped to 60 characters', () => {
    const categories = createCategories();
    expect(['Law  and policy', 'law and POLICY', '', undefined, 'Event', 'x'.repeat(70)].map(categories.idFor)).toEqual(
      ['law-and-policy', 'law-and-policy', 'event', 'event', 'event-2', 'x'.repeat(60)],
    );
    expect(categories.list().map((c) => c.label)).toEqual(['Law and policy', 'Events', 'Event', `${'x'.repeat(59)}…`]);
  });
});
