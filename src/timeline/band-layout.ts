import type { TimeScale } from './scale';
import type { BandModel, BandPeriod } from '../data/model';
import { contrastRatio } from '../ui/contrast';
import type { Measure } from './text-fit';

/** One period of the band as drawn. */
export interface BandSegment {
  key: string;
  /** Its index in the band's periods. */
  index: number;
  period: BandPeriod;
  x1: number;
  x2: number;
  /** Where its start becomes certain: x1..certainX is drawn hatched. */
  certainX: number;
  color: string;
  /** Black or white, whichever contrasts more with `color`. */
  textColor: string;
  /** The level's label and where it starts, when it fits inside the segment; null when it does not. */
  label: { text: string; x: number } | null;
  /** What the segment says in words: its accessible name and its tooltip. */
  name: string;
}

/** Black or white text on `background`, whichever contrasts more, with the contrast ratio it gives. */
export function textColorOn(background: string): { color: string; contrast: number } {
  const black = contrastRatio(background, '#000000');
  const white = contrastRatio(background, '#ffffff');
  return black >= white ? { color: '#000000', contrast: black } : { color: '#ffffff', contrast: white };
}

const DAY_MS = 86_400_000;

/** What a period's start is known to: 'day', or 'month' or 'year' when its start is uncertain (drawn hatched). */
export function startPrecision(period: BandPeriod): 'day' | 'month' | 'year' {
  const uncertain = period.certainFromMs - period.startMs;
  return uncertain <= 0 ? 'day' : uncertain >= 365 * DAY_MS ? 'year' : 'month';
}

export function describePeriod(period: BandPeriod): string {
  const precision = startPrecision(period);
  const uncertain = precision === 'day' ? '' : ` (start known only to the ${precision})`;
  return `${period.label}: ${period.levelLabel}, from ${period.dateLabel}${uncertain}`;
}

/**
 * The band's periods that show in the window, clipped to it (a little beyond, so that no edge line is drawn at the
 * drawing's edge). A level's label sits in the certain part of its segment when it fits there with `padding` on
 * both sides, else at the segment's start when it fits in the whole, else it is left out (the segment's name still
 * says it).
 */
export function layoutBand(
  band: BandModel,
  scale: TimeScale,
  width: number,
  measure: Measure,
  padding = 4,
): BandSegment[] {
  const segments: BandSegment[] = [];
  band.periods.forEach((period, index) => {
    const x1 = Math.max(-2, scale(period.startMs));
    const x2 = Math.min(width + 2, scale(period.endMs));
    if (x2 <= 0 || x1 >= width) return;
    const certainX = Math.min(x2, Math.max(x1, scale(period.certainFromMs)));
    const textWidth = measure(period.levelLabel);
    // Only the part inside the drawing can hold text.
    const [visible1, visible2, certain] = [Math.max(0, x1), Math.min(width, x2), Math.max(0, certainX)];
    const label =
      visible2 - certain >= textWidth + 2 * padding
        ? { text: period.levelLabel, x: certain + padding }
        : visible2 - visible1 >= textWidth + 2 * padding
          ? { text: period.levelLabel, x: visible1 + padding }
          : null;
    segments.push({
      key: `${index}:${period.label}`,
      index,
      period,
      x1,
      x2,
      certainX,
      color: period.color,
      textColor: textColorOn(period.color).color,
      label,
      name: describePeriod(period),
    });
  });
  return segments;
}

/** What the legend says of the hatching: "the year", "the month" or "the year or month"; null when none is hatched. */
export function hatchMeaning(periods: readonly BandPeriod[]): string | null {
  const precisions = new Set(periods.map(startPrecision));
  const [year, month] = [precisions.has('year'), precisions.has('month')];
  return year && month ? 'the year or month' : year ? 'the year' : month ? 'the month' : null;
}

/** The periods whose hatching shows in the drawing: what the legend explains. */
export function hatchedInView(segments: readonly BandSegment[], width: number): BandPeriod[] {
  return segments.filter((s) => Math.min(s.certainX, width) > Math.max(s.x1, 0)).map((s) => s.period);
}
