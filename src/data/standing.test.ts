import { describe, expect, it } from 'vitest';
import { createStanding, levelAt } from './standing';
import type { BandFile } from './schema';

const FILE: BandFile = {
  title: 'A ranking',
  description: 'Levels over time.',
  levels: [
    { id: 'high', label: 'High', color: '#2a8a5c' },
    { id: 'low', label: 'Low', color: '#8e1b2b' },
  ],
  series: [
    {
      id: 'aa',
      label: 'Country A',
      country: 'KH',
      entries: [
        { label: '2001 report', start: '2001', level: 'low', sources: ['Report 2001'] },
        { label: '2002 report', start: '2002-06-05', level: 'high', sources: ['Report 2002'] },
        { label: '2004 report', start: '2004', level: 'low', sources: ['Report 2004'] },
      ],
    },
    {
      id: 'bb',
      label: 'Country B',
      country: 'MM',
      entries: [{ label: 'Only', start: '2003-03', level: 'high', sources: ['B'] }],
    },
  ],
};

const at = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('standing through time', () => {
  const standing = createStanding(FILE);
  const [a, b] = standing.series;

  it('keeps every series with its country and periods', () => {
    expect(standing.series.map((s) => [s.id, s.country, s.periods.length])).toEqual([
      ['aa', 'KH', 3],
      ['bb', 'MM', 1],
    ]);
  });

  it('has no level before the first entry', () => {
    expect(levelAt(a, at(2000, 12, 31))).toBeNull();
    expect(levelAt(b, at(2003, 2, 28))).toBeNull();
  });

  it('changes on the day of a dated entry, not the day before', () => {
    expect(levelAt(a, at(2002, 6, 4))).toEqual({ period: a.periods[0], uncertain: false });
    expect(levelAt(a, at(2002, 6, 5))).toEqual({ period: a.periods[1], uncertain: false });
    expect(levelAt(a, at(2002, 6, 5))?.period.levelLabel).toBe('High');
  });

  it('is uncertain through the year of an entry known to the year only, then certain', () => {
    expect(levelAt(a, at(2001, 1, 1))).toEqual({ period: a.periods[0], uncertain: true });
    expect(levelAt(a, at(2004, 7, 1))).toEqual({ period: a.periods[2], uncertain: true });
    expect(levelAt(a, at(2005, 1, 1))).toEqual({ period: a.periods[2], uncertain: false });
    // Known to the month: uncertain through that month.
    expect(levelAt(b, at(2003, 3, 20))?.uncertain).toBe(true);
    expect(levelAt(b, at(2003, 4, 1))?.uncertain).toBe(false);
  });

  it('keeps the last level after its nominal end', () => {
    expect(levelAt(a, at(2030))?.period.level).toBe('low');
  });
});
