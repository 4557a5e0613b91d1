import { utcTicks } from 'd3-time';

/**
 * A linear map from time (UTC ms, or a Date) to pixels, with d3-time's calendar ticks: the part of d3-scale's
 * `scaleUtc` the views use. d3-scale itself brings d3-interpolate, d3-color and d3-time-format along (9 KB gzipped
 * of the first view's code) for colour and string interpolation the timeline never does; `time-scale.test.ts` holds
 * this one to scaleUtc's answers.
 */
export interface TimeScale {
  (time: number | Date): number;
  invert(x: number): Date;
  domain(): [Date, Date];
  range(): [number, number];
  /** About `count` ticks at calendar boundaries (years, months, days, …), as scaleUtc().ticks(count) gives. */
  ticks(count: number): Date[];
}

/** The scale of `window` (UTC ms) over `[0, width]`; a width under 1 px counts as 1. */
export function createTimeScale([from, to]: readonly [number, number], width: number): TimeScale {
  const right = Math.max(1, width);
  const span = to - from;
  // Computed as d3 does (through the fraction of the window), so that the ends map exactly onto 0 and the width. A
  // window of no length maps every time to the middle.
  const scale = ((time: number | Date) => (span === 0 ? right / 2 : right * ((+time - from) / span))) as TimeScale;
  scale.invert = (x) => {
    const t = x / right;
    return new Date(from * (1 - t) + to * t);
  };
  scale.domain = () => [new Date(from), new Date(to)];
  scale.range = () => [0, right];
  scale.ticks = (count) => utcTicks(new Date(from), new Date(to), count);
  return scale;
}
