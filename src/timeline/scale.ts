import { DAY_MS } from '../data/dates';
import { utcDay, utcMonth } from 'd3-time';
import { createTimeScale, type TimeScale } from '../ui/time-scale';

export { createTimeScale, type TimeScale };

/** The time at pixel `x` (UTC ms). */
export function timeAt(scale: TimeScale, x: number): number {
  return scale.invert(x).getTime();
}

/** English month abbreviations, as d3-time-format's `%b` writes them (Intl's en-GB writes "Sept"). */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Tick label at the coarsest unit that changes there: the year on 1 January, the month on the 1st, else the day. */
export function formatTick(date: Date): string {
  const month = MONTHS[date.getUTCMonth()];
  if (utcMonth.floor(date).getTime() === date.getTime()) {
    return date.getUTCMonth() === 0 ? String(date.getUTCFullYear()) : month;
  }
  return `${date.getUTCDate()} ${month}`;
}

export interface Tick {
  x: number;
  label: string;
  major: boolean;
}

/** About one tick per 90 px, labelled at their own precision. */
export function createTicks(scale: TimeScale, width: number): Tick[] {
  const count = Math.max(2, Math.floor(width / 90));
  let dates = scale.ticks(count);
  // Dates are known to the day at best: never tick inside a day.
  if (dates.length > 1 && dates[1].getTime() - dates[0].getTime() < DAY_MS) {
    const [from, to] = scale.domain();
    dates = utcDay.range(utcDay.ceil(from), new Date(to.getTime() + 1));
  }
  return dates.map((date) => ({
    x: scale(date),
    label: formatTick(date),
    major: date.getUTCMonth() === 0 && date.getUTCDate() === 1,
  }));
}

/** The ticks whose label, `offset` px after the tick in the given measure, ends inside the drawing's `width`. */
export function ticksWithRoom(ticks: readonly Tick[], width: number, measure: (text: string) => number, offset = 3) {
  return ticks.filter((tick) => tick.x + offset + measure(tick.label) <= width);
}
