import { useMemo, useSyncExternalStore } from 'react';
import type { TimelineMetrics } from './timeline-geometry';
import { createFontMetrics, type FontMetrics } from './text-measure';

export interface TimelineFonts {
  label: FontMetrics;
  /** The selection's label, in bold. */
  labelBold: FontMetrics;
  band: FontMetrics;
  /** The axis's ticks, measured in bold (the years are). */
  tick: FontMetrics;
}

const subscribe = () => () => {};
let pageFamily: string | null = null;

/** The page's font-family, which the drawing inherits (read once: it does not change). */
function readPageFamily(): string | null {
  return (pageFamily ??= getComputedStyle(document.documentElement).fontFamily || null);
}

/**
 * The fonts the drawing's text is measured in, at the sizes of `metrics`. On the server, and in the render that
 * hydrates a prerendered page, nothing can be measured: widths are approximate there, so that both agree.
 */
export function useTimelineFonts(metrics: TimelineMetrics): TimelineFonts {
  const family = useSyncExternalStore(subscribe, readPageFamily, () => null);
  const { labelSize, bandLabelSize, tickSize } = metrics;
  return useMemo(
    () => ({
      label: createFontMetrics(labelSize, family),
      labelBold: createFontMetrics(labelSize, family, 700),
      band: createFontMetrics(bandLabelSize, family, 600),
      tick: createFontMetrics(tickSize, family, 700),
    }),
    [labelSize, bandLabelSize, tickSize, family],
  );
}
