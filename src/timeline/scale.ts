import { DAY_MS } from '../data/dates';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { utcDay, utcMonth } from 'd3-time';

export function createTimeScale(window: [number, number], width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain(window)
    .range([0, Math.max(1, width)]);
}

/** The time at pixel `x` (UTC ms). */
export function timeAt(scale: ScaleTime<number, number>, x: number): number {
  return scale.invert(x).getTime();
}

const formatYear = utcFormat('%Y');
const formatMonth = utcFormat('%b');
const formatDay = utcFormat('%-d %b');

/** Tick label at the coarsest unit that changes there: the year on 1 January, the month on the 1st, else the day. */
export function formatTick(date: Date): string {
  if (utcMonth.floor(date).getTime() === date.getTime()) {
    return date.getUTCMonth() === 0 ? formatYear(date) : formatMonth(date);
  }
  return formatDay(date);
}

export interface Tick {
  x: number;
  label: string;
  major: boolean;
}

/** About one tick per 90 px, labelled at their own precision. */
export function createTicks(scale: ScaleTime<number, number>, width: number): Tick[] {
  const count = Math.max(2, Math.floor(width / 90));
  let dates = scale.ticks(count);
  // Dates are known to the day at best: never tick inside a day.
  if (dates.length > 1 && dates[1].getTime() - dates[0].getTime() < DAY_MS) dates = scale.ticks(utcDay);
  return dates.map((date) => ({
    x: scale(date),
    label: formatTick(date),
    major: date.getUTCMonth() === 0 && date.getUTCDate() === 1,
  }));
}
