import { HatchPattern } from './timeline-band';

const LEGEND_HATCH_ID = 'timeline-band-legend-hatch';

/** Says what the band's hatching means, beside the band's caption: "hatched: start known only to the year". */
export function BandLegend({ meaning }: { meaning: string }) {
  return (
    <span className="band-legend">
      <svg className="band-legend-swatch" width={22} height={12} aria-hidden="true">
        <defs>
          <HatchPattern id={LEGEND_HATCH_ID} />
        </defs>
        <rect width={22} height={12} fill="#6b6557" />
        <rect width={22} height={12} fill={`url(#${LEGEND_HATCH_ID})`} />
      </svg>
      hatched: start known only to {meaning}
    </span>
  );
}
