import { useEffect } from 'react';
import { useAppStore } from '../state/use-app-store';
import { advancePlayhead, stepPlayhead } from '../state/playback-actions';
import { prefersReducedMotion } from '../ui/motion';

/** A frame longer than this (a background tab, a breakpoint) counts as this long, so history does not leap. */
const MAX_FRAME_MS = 100;
/** Under reduced motion, how long each event stays before the next. */
export const STEP_INTERVAL_MS = 2000;

/**
 * Runs playback while the store says it is playing: one animation frame loop that moves the playhead on by each
 * frame's time; under prefers-reduced-motion nothing glides, and the playhead steps from event to event instead.
 * Stops when playback pauses or the component using it unmounts. Use it once, where the playback controls are.
 */
export function usePlayback() {
  const playing = useAppStore((s) => s.playing);

  useEffect(
    function runPlayback() {
      if (!playing) return;
      if (prefersReducedMotion()) {
        stepPlayhead(1);
        const timer = window.setInterval(() => stepPlayhead(1), STEP_INTERVAL_MS);
        return () => window.clearInterval(timer);
      }
      let frame = 0;
      let last: number | null = null;
      const tick = (now: number) => {
        if (last !== null) advancePlayhead(Math.min(now - last, MAX_FRAME_MS));
        last = now;
        frame = requestAnimationFrame(tick);
      };
      frame = requestAnimationFrame(tick);
      return () => cancelAnimationFrame(frame);
    },
    [playing],
  );
}
