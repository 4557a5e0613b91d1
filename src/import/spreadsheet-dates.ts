import { MONTHS, parsePartialDate } from '../data/dates';

/**
 * Dates as spreadsheets write them. Accepted: ISO at any precision (`2012`, `2012-11`, `2012-11-19`, unpadded
 * `2012-8-9`, with a time that is dropped), year first with slashes (`2012/11/19`), day first with dots
 * (`19.11.2012`), month names (`19 November 2012`, `Nov 19, 2012`, `November 2012`), and slashes with the year last
 * (`19/11/2012`, `11/19/2012`, `11/2012`). Slashes with the year last are the one ambiguous form: `3/4/2012` is
 * 3 April in Britain and March 4 in the US. The column decides: if any of its dates has a first number over 12 it
 * is day first, if any has a second number over 12 it is month first; when neither (or both) shows, an ambiguous
 * date is refused rather than guessed.
 */
export type DayOrder = 'day-first' | 'month-first' | 'unknown';

const YEAR_FIRST =
  /^(\d{1,4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YEAR_LAST = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/;
const MONTH_YEAR = /^(\d{1,2})\/(\d{4})$/;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{1,4})$/i;
const MONTH_NAME_DAY = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{1,4})$/i;
const MONTH_NAME = /^([a-z]+)\.?,?\s+(\d{1,4})$/i;

/** The order a column's slash dates use, from the dates that can only be read one way. */
export function inferDayOrder(values: Iterable<string>): DayOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const match = YEAR_LAST.exec(value.trim());
    if (!match || match[2] !== '/') continue;
    if (Number(match[1]) > 12) dayFirst = true;
    if (Number(match[3]) > 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? 'unknown' : dayFirst ? 'day-first' : 'month-first';
}

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.toLowerCase().startsWith(lower));
  return index < 0 ? undefined : index + 1;
}

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');
const iso = (year: string, month?: number | string, day?: number | string) =>
  [pad(year, 4), month === undefined ? undefined : pad(month), day === undefined ? undefined : pad(day)]
    .filter((part) => part !== undefined)
    .join('-');

/** [year, month?, day?] as written, or an error sentence. */
function readParts(text: string, order: DayOrder): string | [string, (number | string)?, (number | string)?] {
  let m = YEAR_FIRST.exec(text);
  // A year of fewer than four digits only stands alone: `12/11` is not the 11th month of the year 12.
  if (m && (m[2] === undefined || m[1].length === 4)) return [m[1], m[2], m[3]];
  if ((m = MONTH_YEAR.exec(text))) return [m[2], m[1]];
  if ((m = YEAR_LAST.exec(text))) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const dayFirst = m[2] === '.' || a > 12 || (b <= 12 && a !== b && order === 'day-first');
    const monthFirst = b > 12 || (a <= 12 && a !== b && order === 'month-first');
    if (a === b || dayFirst) return [m[4], b, a];
    if (monthFirst) return [m[4], a, b];
    return `${text} could be day/month/year or month/day/year; write it as YYYY-MM-DD`;
  }
  if ((m = DAY_MONTH_NAME.exec(text)) && monthNumber(m[2])) return [m[3], monthNumber(m[2]), m[1]];
  if ((m = MONTH_NAME_DAY.exec(text)) && monthNumber(m[1])) return [m[3], monthNumber(m[1]), m[2]];
  if ((m = MONTH_NAME.exec(text)) && monthNumber(m[1])) return [m[2], monthNumber(m[1])];
  return `${text} is not a date (write it as 2012, 2012-11 or 2012-11-19)`;
}

/** A Waymark date (`2012`, `2012-11`, `2012-11-19`) from a spreadsheet's cell, or a sentence saying why not. */
export function parseSpreadsheetDate(cell: string, order: DayOrder = 'unknown'): { date: string } | { error: string } {
  const text = cell.trim().replace(/\s+/g, ' ');
  const parts = readParts(text, order);
  if (typeof parts === 'string') return { error: parts };
  const date = iso(...parts);
  const checked = parsePartialDate(date);
  return typeof checked === 'string' ? { error: `${text} is not a date: ${checked}` } : { date };
}
