import type { TimeScale } from './scale';
import type { BandModel } from '../data/model';
import { readableTextColor } from '../ui/colors';

export const BAND_HEIGHT = 24;
const CHAR_WIDTH = 6.2;

/** A categorical status over time (e.g. a country's yearly ranking) as coloured periods under the axis. */
export function TimelineBand({
  band,
  scale,
  y,
  width,
}: {
  band: BandModel;
  scale: TimeScale;
  y: number;
  width: number;
}) {
  const height = BAND_HEIGHT - 6;
  return (
    <g
      className="timeline-band"
      transform={`translate(0,${y})`}
      role="list"
      aria-label={`${band.seriesLabel}: ${band.title}`}
    >
      {band.periods.map((period) => {
        const x1 = Math.max(-2, scale(period.startMs));
        const x2 = Math.min(width + 2, scale(period.endMs));
        if (x2 <= 0 || x1 >= width) return null;
        const certainX = Math.min(x2, Math.max(x1, scale(period.certainFromMs)));
        const text = `${period.levelLabel}`;
        const fits = x2 - certainX > text.length * CHAR_WIDTH + 8;
        const description = `${period.label}: ${period.levelLabel}, from ${period.dateLabel}`;
        return (
          <g key={period.label} role="listitem" aria-label={description}>
            <title>{`${band.seriesLabel} — ${description}`}</title>
            {certainX > x1 && (
              <rect
                x={x1}
                y={0}
                width={certainX - x1}
                height={height}
                fill={period.color}
                opacity={0.4}
                className="band-uncertain"
              />
            )}
            <rect x={certainX} y={0} width={Math.max(0, x2 - certainX)} height={height} fill={period.color} />
            <line x1={x1} x2={x1} y1={0} y2={height} className="band-edge" />
            {fits && (
              <text x={certainX + 4} y={height - 5} fill={readableTextColor(period.color)} className="band-label">
                {text}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
