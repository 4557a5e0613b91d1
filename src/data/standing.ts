import type { BandFile } from './schema';
import { createBandModel, type BandPeriod } from './model';

/**
 * Standing through time (see issue 16): every series of a band file, keyed by country, for the map to fill each
 * country with its level at the time in focus. Nothing here knows what the levels mean: a band file of any
 * categorical status (tiers, a freedom index) gives the same.
 */
export interface StandingSeries {
  id: string;
  label: string;
  /** ISO 3166-1 alpha-2 code of the country the series is about. */
  country: string;
  periods: BandPeriod[];
}

export interface Standing {
  title: string;
  levels: BandFile['levels'];
  series: StandingSeries[];
}

export function createStanding(file: BandFile): Standing {
  const series = file.series.map((s): StandingSeries => {
    const band = createBandModel(file, { file: '', series: s.id })!;
    return { id: s.id, label: s.label, country: s.country, periods: band.periods };
  });
  return { title: file.title, levels: file.levels, series };
}

/** A series' level at an instant: its period, and whether that period's start is known only roughly there. */
export interface LevelAt {
  period: BandPeriod;
  /**
   * True between the period's first possible start and the day it is known to hold (an entry dated to the year
   * only): the level may still have been the one before.
   */
  uncertain: boolean;
}

/**
 * The level of `series` at `time` (UTC ms): the last period that has begun by then. Null before the first; the last
 * period holds after its nominal end, as a status stays until it changes.
 */
export function levelAt(series: Pick<StandingSeries, 'periods'>, time: number): LevelAt | null {
  let found: BandPeriod | null = null;
  for (const period of series.periods) {
    if (period.startMs > time) break;
    found = period;
  }
  return found ? { period: found, uncertain: time < found.certainFromMs } : null;
}
