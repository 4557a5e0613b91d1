import type { Box } from './mark-geometry';
import type { PlacedLabel } from './label-placement';
import type { FontMetrics } from './text-measure';
import { placeFullLabel } from './full-label';
import { LABEL_OFFSET } from './plan-labels';

interface Props {
  text: string;
  /** What the event draws. */
  extent: Box;
  /** The centre of its lane. */
  y: number;
  placed: PlacedLabel | undefined;
  width: number;
  height: number;
  font: FontMetrics;
  bold: boolean;
}

/**
 * The whole title of the hovered or focused event, above everything else on a backing, so that a shortened label
 * (or one there was no room for) can be read. Its accessible name already says it: this is for the eyes only.
 */
export function TimelineFullLabel({ text, extent, y, placed, width, height, font, bold }: Props) {
  const lineHeight = font.ascent + font.descent;
  const label = placeFullLabel(text, { left: extent.x1, right: extent.x2, y }, placed, {
    width,
    height,
    lineHeight,
    offset: LABEL_OFFSET,
    padding: 4,
    measure: font.measure,
  });
  const shift = (font.ascent - font.descent) / 2;
  return (
    <g className={bold ? 'timeline-full-label is-selected' : 'timeline-full-label'} aria-hidden="true">
      <rect
        x={label.box.x1}
        y={label.box.y1}
        width={label.box.x2 - label.box.x1}
        height={label.box.y2 - label.box.y1}
        rx={3}
      />
      <text>
        {label.lines.map((line, i) => (
          <tspan key={i} x={label.x} y={label.lineYs[i] + shift}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
