import { describe, expect, test } from 'vitest';
import { inferDayOrder, parseSpreadsheetDate } from './spreadsheet-dates';

describe('parseSpreadsheetDate', () => {
  test.each([
    ['2012', '2012'],
    ['476', '0476'],
    ['2012-11', '2012-11'],
    ['2012-11-19', '2012-11-19'],
    ['2012-8-9', '2012-08-09'],
    ['2012-11-19T10:30:00Z', '2012-11-19'],
    ['2012-11-19 10:30', '2012-11-19'],
    ['2012-11-19T23:00:00-05:00', '2012-11-19'],
    ['2012/11/19', '2012-11-19'],
    ['2012/11', '2012-11'],
    ['19.11.2012', '2012-11-19'],
    ['3.4.2012', '2012-04-03'],
    ['19/11/2012', '2012-11-19'],
    ['11/19/2012', '2012-11-19'],
    ['5/5/2012', '2012-05-05'],
    ['11/2012', '2012-11'],
    ['19 November 2012', '2012-11-19'],
    ['19th Nov. 2012', '2012-11-19'],
    ['November 19, 2012', '2012-11-19'],
    ['Sept 3 2012', '2012-09-03'],
    ['November 2012', '2012-11'],
    ['nov 2012', '2012-11'],
    ['  2012-11-19  ', '2012-11-19'],
  ])('%j gives %s', (cell, date) => {
    expect(parseSpreadsheetDate(cell)).toEqual({ date });
  });

  test.each([
    ['2012-13-01', '2012-13-01 is not a date: month 13 is not a month (use 01 to 12)'],
    ['2011-02-29', '2011-02-29 is not a date: day 29 is not a day of 2011-02 (it has 28 days)'],
    ['13/13/2012', '13/13/2012 is not a date: month 13 is not a month (use 01 to 12)'],
    ['03/04/2012', '03/04/2012 could be day/month/year or month/day/year; write it as YYYY-MM-DD'],
    ['12/11', '12/11 is not a date (write it as 2012, 2012-11 or 2012-11-19)'],
    ['yesterday', 'yesterday is not a date (write it as 2012, 2012-11 or 2012-11-19)'],
    ['Mayday 2012', 'Mayday 2012 is not a date (write it as 2012, 2012-11 or 2012-11-19)'],
    ['-500', '-500 is not a date (write it as 2012, 2012-11 or 2012-11-19)'],
    ['20121', '20121 is not a date (write it as 2012, 2012-11 or 2012-11-19)'],
  ])('%j is refused: %s', (cell, error) => {
    expect(parseSpreadsheetDate(cell)).toEqual({ error });
  });

  test('the column decides an ambiguous slash date', () => {
    expect(parseSpreadsheetDate('03/04/2012', 'day-first')).toEqual({ date: '2012-04-03' });
    expect(parseSpreadsheetDate('03/04/2012', 'month-first')).toEqual({ date: '2012-03-04' });
    // A date that can only be read one way is read that way whatever the column says.
    expect(parseSpreadsheetDate('19/11/2012', 'month-first')).toEqual({ date: '2012-11-19' });
  });
});

describe('inferDayOrder', () => {
  test.each([
    [['19/11/2012', '03/04/2012'], 'day-first'],
    [['11/19/2012', '03/04/2012'], 'month-first'],
    [['03/04/2012', '05/06/2012'], 'unknown'],
    [['19/11/2012', '11/19/2012'], 'unknown'],
    [['2012-11-19', '19.11.2012', ''], 'unknown'],
  ] as const)('%j is %s', (values, order) => {
    expect(inferDayOrder(values)).toBe(order);
  });
});
