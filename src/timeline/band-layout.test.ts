import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePeriod, hatchedInView, hatchMeaning, layoutBand, startPrecision, textColorOn } from './band-layout';
import { createTimeScale } from './scale';
import { loadMiniModelWithBand } from '../../tests/fixtures/load-fixture';

// The mini band: 2005 (year only) Tier 2 until 4 June 2008, Tier 3 until June 2010 (month only), then Tier 1 for a
// year. From 2005-01-01 to 2011-06-01 are 2342 days: 2006-01-01 is day 365, 2008-06-04 day 1250, 2010-06-01 day 1977,
// 2010-07-01 day 2007.
const band = loadMiniModelWithBand().band!;
const window: [number, number] = [Date.UTC(2005, 0, 1), Date.UTC(2011, 5, 1)];
/** Every character 5 px wide: "Tier 2" is 30 px and needs 38 with its padding. */
const measure = (text: string) => text.length * 5;

describe('layoutBand', () => {
  it('draws each period from its start to the next, hatched until its start is certain, labelled after that', () => {
    const segments = layoutBand(band, createTimeScale(window, 2342), 2342, measure);
    expect(segments.map(({ x1, x2, certainX, label }) => ({ x1, x2, certainX, label }))).toEqual([
      { x1: 0, x2: 1250, certainX: 365, label: { text: 'Tier 2', x: 369 } },
      { x1: 1250, x2: 1977, certainX: 1250, label: { text: 'Tier 3', x: 1254 } },
      { x1: 1977, x2: 2342, certainX: 2007, label: { text: 'Tier 1', x: 2011 } },
    ]);
  });

  it('keeps the level’s colour and picks the text colour that contrasts more with it', () => {
    const segments = layoutBand(band, createTimeScale(window, 2342), 2342, measure);
    expect(segments.map((s) => [s.color, s.textColor])).toEqual([
      ['#74781a', '#ffffff'],
      ['#8e1b2b', '#ffffff'],
      ['#2a8a5c', '#000000'],
    ]);
  });

  it('puts the label over the hatching when only the whole segment has room, and leaves it out when none has', () => {
    // At 0.11 px a day the last segment is 217.47..257.62, certain from 220.77: 36.85 px certain, 40.15 in all.
    const narrow = layoutBand(band, createTimeScale(window, 257.62), 257.62, measure);
    expect(narrow[2].label!.x).toBeCloseTo(221.47, 9);
    // At 0.1 px a day it is 197.7..234.2: 36.5 px, too few for 38.
    const narrower = layoutBand(band, createTimeScale(window, 234.2), 234.2, measure);
    expect(narrower[2].label).toBeNull();
    expect(narrower[2].name).toBe('2010 report: Tier 1, from June 2010 (start known only to the month)');
  });

  it('leaves out the periods outside the window and clips the others to it', () => {
    const later = layoutBand(band, createTimeScale([Date.UTC(2009, 0, 1), Date.UTC(2010, 0, 1)], 365), 365, measure);
    expect(later.map((s) => [s.index, s.x1, s.x2])).toEqual([[1, -2, 367]]);
  });

  it('tells which hatching shows in the drawing, for the legend', () => {
    const all = layoutBand(band, createTimeScale(window, 2342), 2342, measure);
    expect(hatchedInView(all, 2342).map((p) => p.label)).toEqual(['2005 report', '2010 report']);
    // From 2007 the 2005 report's hatching (2005) is out of view.
    const later = layoutBand(band, createTimeScale([Date.UTC(2007, 0, 1), Date.UTC(2009, 0, 1)], 730), 730, measure);
    expect(hatchedInView(later, 730)).toEqual([]);
  });
});

describe('what the band says in words', () => {
  it('names every period with its level and says how well its start is known', () => {
    expect(band.periods.map(describePeriod)).toEqual([
      '2005 report: Tier 2, from 2005 (start known only to the year)',
      '2008 report: Tier 3, from 4 June 2008',
      '2010 report: Tier 1, from June 2010 (start known only to the month)',
    ]);
    expect(band.periods.map(startPrecision)).toEqual(['year', 'day', 'month']);
    expect(hatchMeaning(band.periods)).toBe('the year or month');
    expect(hatchMeaning(band.periods.slice(0, 2))).toBe('the year');
    expect(hatchMeaning(band.periods.slice(1, 2))).toBeNull();
  });
});

describe('textColorOn', () => {
  it('gives every level of the bundled band file a label colour of at least 4.5:1 (WCAG 1.4.3)', () => {
    const file = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/tip-tiers.json'), 'utf8')) as {
      levels: { label: string; color: string }[];
    };
    expect(file.levels.map((l) => l.label)).toEqual(['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3']);
    const weak = file.levels.filter((l) => textColorOn(l.color).contrast < 4.5).map((l) => l.label);
    expect(weak).toEqual([]);
  });

  it('picks black on light colours and white on dark ones', () => {
    expect(textColorOn('#ffd33d').color).toBe('#000000');
    expect(textColorOn('#1f3a5f').color).toBe('#ffffff');
  });
});
