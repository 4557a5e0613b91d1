import type { TimeScale } from '../ui/time-scale';
import { useAppStore } from '../state/use-app-store';
import './playback.css';

/**
 * The playhead on the timeline: a line across the drawing at the instant playback has reached, nothing when playback
 * is off. Render it inside the timeline's SVG, after the marks, so it is drawn on top of them.
 */
export function PlayheadLine({ scale, height }: { scale: TimeScale; height: number }) {
  const playhead = useAppStore((s) => s.playhead);
  if (playhead === null) return null;
  const x = scale(playhead);
  const [left, right] = scale.range();
  if (!(x >= left && x <= right)) return null;
  return (
    <g className="playhead" aria-hidden="true" transform={`translate(${x},0)`}>
      <line y1={0} y2={height} />
      <path d="M-5,0 L5,0 L0,7 Z" />
    </g>
  );
}
