import type { BandSegment } from './band-layout';
import type { FontMetrics } from './text-measure';
import { placeTooltipBelow } from './full-label';

/** The focused band segment's name, under the band on a backing: the keyboard's counterpart of its <title>. */
export function BandTooltip({
  segment,
  top,
  width,
  font,
  fontSize,
}: {
  segment: BandSegment;
  top: number;
  width: number;
  font: FontMetrics;
  fontSize: number;
}) {
  const tip = placeTooltipBelow(segment.name, segment, top, {
    width,
    lineHeight: font.ascent + font.descent,
    padding: 4,
    measure: font.measure,
  });
  const shift = (font.ascent - font.descent) / 2;
  return (
    <g className="band-tooltip" aria-hidden="true" fontSize={fontSize}>
      <rect x={tip.box.x1} y={tip.box.y1} width={tip.box.x2 - tip.box.x1} height={tip.box.y2 - tip.box.y1} rx={3} />
      <text>
        {tip.lines.map((line, i) => (
          <tspan key={i} x={tip.x} y={tip.lineYs[i] + shift}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
