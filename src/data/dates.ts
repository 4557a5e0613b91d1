/** Calendar dates at the precision a source gives: `2012`, `2012-11` or `2012-11-19`. */
/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1-12) of `year`, by the Gregorian calendar's rule; no Date made, as it runs for every date loaded. */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/**
 * Date.UTC for any year: Date.UTC reads years 0 to 99 as 1900 to 1999, so those are set on a Date instead (the year
 * 0050 is not 1950). `monthIndex` and `day` may overflow, as with Date.UTC.
 */
export function utc(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** Parses a partial ISO date; returns a sentence a teacher understands when it is not one. */
export function parsePartialDate(text: string): PartialDate | string {
  const match = DATE_PATTERN.exec(text);
  if (!match) return `"${text}" is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `month ${month} is not a month (use 01 to 12)`;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `day ${day} is not a day of ${text.slice(0, 7)} (it has ${last} days)`;
  return { year, month, day };
}

export function precisionOf(date: PartialDate): Precision {
  if (date.day !== undefined) return 'day';
  if (date.month !== undefined) return 'month';
  return 'year';
}

/** The first instant (UTC ms) that the date can mean. */
export function startOf(date: PartialDate): number {
  return utc(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The instant (UTC ms) just after the last moment the date can mean. */
export function endOf(date: PartialDate): number {
  if (date.day !== undefined) return utc(date.year, date.month! - 1, date.day + 1);
  if (date.month !== undefined) return utc(date.year, date.month, 1);
  return utc(date.year + 1, 0, 1);
}

/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2012", "November 2012", "19 November 2012": the date at the precision it is known. */
export function formatPartialDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  const month = MONTHS[date.month - 1];
  if (date.day === undefined) return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}
