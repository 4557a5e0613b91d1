import { describe, expect, it } from 'vitest';
import { createTicks, createTimeScale, formatTick, ticksWithRoom, timeAt } from './scale';

const T0 = Date.UTC(2000, 0, 1);
const T1 = Date.UTC(2010, 0, 1); // 3653 days later
const DAY = 86_400_000;

describe('createTimeScale and timeAt', () => {
  const scale = createTimeScale([T0, T1], 1000);

  it('maps the window onto 0..width', () => {
    expect(scale(T0)).toBe(0);
    expect(scale(T1)).toBe(1000);
    expect(scale(Date.UTC(2005, 0, 1))).toBeCloseTo((1827 / 3653) * 1000, 9);
  });

  it('turns a pixel back into UTC ms', () => {
    expect(timeAt(scale, 0)).toBe(T0);
    expect(timeAt(scale, 500)).toBe(Date.UTC(2004, 11, 31, 12));
    expect(timeAt(scale, 1000)).toBe(T1);
  });

  it('never has an empty range, even at width 0', () => {
    expect(createTimeScale([T0, T1], 0).range()).toEqual([0, 1]);
  });
});

describe('formatTick', () => {
  it('writes the year on 1 January', () => {
    expect(formatTick(new Date(Date.UTC(2005, 0, 1)))).toBe('2005');
  });

  it('writes the month on the 1st of other months', () => {
    expect(formatTick(new Date(Date.UTC(2005, 5, 1)))).toBe('Jun');
    expect(formatTick(new Date(Date.UTC(2005, 11, 1)))).toBe('Dec');
  });

  it('writes day and month on other days, without a leading zero', () => {
    expect(formatTick(new Date(Date.UTC(2005, 5, 15)))).toBe('15 Jun');
    expect(formatTick(new Date(Date.UTC(2005, 5, 2)))).toBe('2 Jun');
  });

  it('does not take a time on the 1st for the start of the month', () => {
    expect(formatTick(new Date(Date.UTC(2005, 5, 1, 6)))).toBe('1 Jun');
  });
});

describe('createTicks', () => {
  it('gives yearly ticks over ten years at 1000 px, all major', () => {
    const scale = createTimeScale([T0, T1], 1000);
    const ticks = createTicks(scale, 1000);
    expect(ticks.map((t) => t.label)).toEqual([
      '2000',
      '2001',
      '2002',
      '2003',
      '2004',
      '2005',
      '2006',
      '2007',
      '2008',
      '2009',
      '2010',
    ]);
    expect(ticks.every((t) => t.major)).toBe(true);
    expect(ticks[0].x).toBe(0);
    expect(ticks[5].x).toBeCloseTo((1827 / 3653) * 1000, 9);
    expect(ticks[10].x).toBe(1000);
  });

  it('gives weekly ticks over one month at 300 px', () => {
    const scale = createTimeScale([Date.UTC(2012, 10, 1), Date.UTC(2012, 11, 1)], 300);
    const ticks = createTicks(scale, 300);
    expect(ticks).toEqual([
      { x: 30, label: '4 Nov', major: false },
      { x: 100, label: '11 Nov', major: false },
      { x: 170, label: '18 Nov', major: false },
      { x: 240, label: '25 Nov', major: false },
    ]);
  });

  it('marks only 1 January as major among quarterly ticks', () => {
    const scale = createTimeScale([Date.UTC(2011, 6, 1), Date.UTC(2012, 6, 1)], 540);
    const ticks = createTicks(scale, 540);
    expect(ticks.map((t) => [t.label, t.major])).toEqual([
      ['Jul', false],
      ['Oct', false],
      ['2012', true],
      ['Apr', false],
      ['Jul', false],
    ]);
  });

  it('asks for at least two ticks on a narrow axis', () => {
    const scale = createTimeScale([T0, T1], 60);
    expect(createTicks(scale, 60).map((t) => t.label)).toEqual(['2000', '2005', '2010']);
  });

  // The narrowest window the app allows is three days; on a wide screen d3 then ticks every few hours.
  it('labels every tick differently at the narrowest window on a wide axis', () => {
    const scale = createTimeScale([Date.UTC(2012, 10, 19), Date.UTC(2012, 10, 19) + 3 * DAY], 1200);
    const labels = createTicks(scale, 1200).map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('ticksWithRoom', () => {
  it('keeps the ticks whose label ends inside the drawing', () => {
    const ticks = [
      { x: 0, label: '2004', major: true },
      { x: 160, label: '4 Dec', major: false },
      { x: 170, label: '5 Dec', major: false },
    ];
    // 5 px a character: "4 Dec" ends at 160 + 3 + 25 = 188, "5 Dec" at 198.
    const measure = (text: string) => text.length * 5;
    expect(ticksWithRoom(ticks, 190, measure).map((t) => t.label)).toEqual(['2004', '4 Dec']);
    expect(ticksWithRoom(ticks, 198, measure).map((t) => t.label)).toEqual(['2004', '4 Dec', '5 Dec']);
  });
});
