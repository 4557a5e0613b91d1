import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endOf, formatPartialDate, parsePartialDate, precisionOf, startOf, utc } from './dates';

describe('parsePartialDate', () => {
  it('reads a year, a month and a day', () => {
    expect(parsePartialDate('2005')).toEqual({ year: 2005 });
    expect(parsePartialDate('2012-11')).toEqual({ year: 2012, month: 11 });
    expect(parsePartialDate('2012-11-19')).toEqual({ year: 2012, month: 11, day: 19 });
  });

  it('reads the first and last day of the year', () => {
    expect(parsePartialDate('1999-01-01')).toEqual({ year: 1999, month: 1, day: 1 });
    expect(parsePartialDate('1999-12-31')).toEqual({ year: 1999, month: 12, day: 31 });
  });

  it('refuses month 13 and month 0 in plain words', () => {
    expect(parsePartialDate('2012-13')).toBe('month 13 is not a month (use 01 to 12)');
    expect(parsePartialDate('2012-13-01')).toBe('month 13 is not a month (use 01 to 12)');
    expect(parsePartialDate('2012-00')).toBe('month 0 is not a month (use 01 to 12)');
  });

  it('refuses 31 April and day 0', () => {
    expect(parsePartialDate('2012-04-31')).toBe('day 31 is not a day of 2012-04 (it has 30 days)');
    expect(parsePartialDate('2012-04-30')).toEqual({ year: 2012, month: 4, day: 30 });
    expect(parsePartialDate('2012-05-00')).toBe('day 0 is not a day of 2012-05 (it has 31 days)');
  });

  it('accepts 29 February only in leap years', () => {
    expect(parsePartialDate('2012-02-29')).toEqual({ year: 2012, month: 2, day: 29 });
    expect(parsePartialDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parsePartialDate('2013-02-29')).toBe('day 29 is not a day of 2013-02 (it has 28 days)');
    expect(parsePartialDate('1900-02-29')).toBe('day 29 is not a day of 1900-02 (it has 28 days)');
  });

  it('knows the length of every month of every year, as the calendar does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const lastDay = new Date(0);
        lastDay.setUTCFullYear(year, month, 0);
        const last = lastDay.getUTCDate();
        const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
        return (
          typeof parsePartialDate(`${text}-${last}`) === 'object' &&
          typeof parsePartialDate(`${text}-${last + 1}`) === 'string'
        );
      }),
    );
  });

  it.each([
    '',
    'garbage',
    '12',
    '2012-1',
    '2012-11-1',
    '2012/11/19',
    '19-11-2012',
    ' 2012',
    '2012-11-19T10:00',
    '20120',
  ])('refuses %j as not a date', (text) => {
    expect(parsePartialDate(text)).toBe(`"${text}" is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD`);
  });
});

describe('precisionOf', () => {
  it('is the finest part given', () => {
    expect(precisionOf({ year: 2005 })).toBe('year');
    expect(precisionOf({ year: 2005, month: 3 })).toBe('month');
    expect(precisionOf({ year: 2005, month: 3, day: 9 })).toBe('day');
  });
});

describe('startOf and endOf', () => {
  it('cover a whole year for a year-only date', () => {
    expect(startOf({ year: 2005 })).toBe(1104537600000);
    expect(endOf({ year: 2005 })).toBe(1136073600000);
    expect(startOf({ year: 2005 })).toBe(Date.UTC(2005, 0, 1));
    expect(endOf({ year: 2005 })).toBe(Date.UTC(2006, 0, 1));
  });

  it('cover a whole month for a month-only date, across the year end', () => {
    expect(startOf({ year: 2012, month: 11 })).toBe(Date.UTC(2012, 10, 1));
    expect(endOf({ year: 2012, month: 11 })).toBe(Date.UTC(2012, 11, 1));
    expect(startOf({ year: 2012, month: 12 })).toBe(Date.UTC(2012, 11, 1));
    expect(endOf({ year: 2012, month: 12 })).toBe(1356998400000);
  });

  it('cover one day of 86 400 000 ms for a day date', () => {
    expect(startOf({ year: 2012, month: 11, day: 19 })).toBe(1353283200000);
    expect(endOf({ year: 2012, month: 11, day: 19 })).toBe(1353369600000);
    expect(endOf({ year: 2012, month: 11, day: 19 }) - startOf({ year: 2012, month: 11, day: 19 })).toBe(86_400_000);
  });

  it('roll the last day of a month and of a leap February over correctly', () => {
    expect(endOf({ year: 2012, month: 12, day: 31 })).toBe(Date.UTC(2013, 0, 1));
    expect(endOf({ year: 2012, month: 2, day: 29 })).toBe(Date.UTC(2012, 2, 1));
  });
});

describe('years before 100', () => {
  it('are themselves, not 1900 to 1999 as Date.UTC reads them', () => {
    expect(startOf({ year: 50 })).toBe(Date.parse('0050-01-01T00:00:00Z'));
    expect(endOf({ year: 99 })).toBe(Date.parse('0100-01-01T00:00:00Z'));
    expect(endOf({ year: 0, month: 2 })).toBe(Date.parse('0000-03-01T00:00:00Z'));
    expect(utc(1, 11, 32)).toBe(Date.parse('0002-01-01T00:00:00Z'));
    expect(utc(2012, 10, 19)).toBe(Date.UTC(2012, 10, 19));
  });
});

describe('formatPartialDate', () => {
  it('writes the date at the precision it is known', () => {
    expect(formatPartialDate({ year: 2005 })).toBe('2005');
    expect(formatPartialDate({ year: 2012, month: 11 })).toBe('November 2012');
    expect(formatPartialDate({ year: 2012, month: 1, day: 9 })).toBe('9 January 2012');
    expect(formatPartialDate({ year: 2012, month: 12, day: 31 })).toBe('31 December 2012');
  });
});
