import { parsePartialDate } from '../data/dates';
import { isObject, kindOf, textOf } from './json-fields';

/**
 * A Waymark date from TimelineJS's date object (`{"year": "1963", "month": "8", "day": "9"}`, numbers or strings).
 * Hours and minutes are dropped: Waymark keeps dates to the day.
 */
export function readTimelineDate(value: unknown): { date?: string } | { error: string } {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) return { error: `should be a group of fields like {"year": 2012}, not ${kindOf(value)}` };
  const [year, month, day] = ['year', 'month', 'day'].map((key) => textOf(value[key]));
  if (!year) return { error: 'has no year' };
  for (const [name, part] of [
    ['year', year],
    ['month', month],
    ['day', day],
  ]) {
    if (part && !/^-?\d+$/.test(part)) return { error: `${name} ${part} is not a whole number` };
  }
  if (Number(year) < 0 || Number(year) > 9999)
    return { error: `year ${year} is outside the years 0 to 9999 that Waymark can show` };
  if (day && !month) return { error: 'has a day but no month' };
  const date = [year.padStart(4, '0'), month && month.padStart(2, '0'), day && day.padStart(2, '0')]
    .filter(Boolean)
    .join('-');
  const checked = parsePartialDate(date);
  return typeof checked === 'string' ? { error: `${date} is not a date: ${checked}` } : { date };
}
