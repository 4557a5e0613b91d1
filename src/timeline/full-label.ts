import type { Box } from './mark-geometry';
import type { PlacedLabel } from './label-placement';
import { wrapText, type Measure } from './text-fit';

export interface FullLabelOptions {
  /** The visible width of the drawing: the label and its backing stay within it. */
  width: number;
  /** The drawing's height: a label of several lines moves up to stay above it. */
  height: number;
  lineHeight: number;
  /** Space between the event and its label, px (as for placed labels). */
  offset: number;
  /** Space between the text and the edge of its backing, px. */
  padding: number;
  measure: Measure;
}

export interface FullLabel {
  lines: string[];
  /** The backing. */
  box: Box;
  /** Where each line starts. */
  x: number;
  /** The vertical centre of each line. */
  lineYs: number[];
}

/**
 * Where a whole title is drawn on a backing when its event is hovered or focused: where its shortened label was (or
 * after the event, or before it when there is no room after), moved inside the drawing, in lines when it is wider
 * than the drawing.
 */
export function placeFullLabel(
  text: string,
  owner: { left: number; right: number; y: number },
  placed: PlacedLabel | undefined,
  options: FullLabelOptions,
): FullLabel {
  const { width, height, lineHeight, offset, padding, measure } = options;
  const maxLine = Math.max(1, width - 2 * padding);
  const lines = measure(text) <= maxLine ? [text] : wrapText(text, maxLine, measure);
  const boxWidth = Math.max(...lines.map(measure)) + 2 * padding;
  const boxHeight = lines.length * lineHeight + 2;
  const fitsAfter = owner.right + offset - padding + boxWidth <= width;
  const fitsBefore = owner.left - offset + padding - boxWidth >= 0;
  const side = placed?.side ?? (fitsAfter || !fitsBefore ? 'right' : 'left');
  const wanted = side === 'right' ? owner.right + offset - padding : owner.left - offset + padding - boxWidth;
  const x1 = Math.max(0, Math.min(wanted, width - boxWidth));
  const y1 = Math.max(0, Math.min(owner.y - lineHeight / 2 - 1, height - boxHeight));
  return {
    lines,
    box: { x1, x2: x1 + boxWidth, y1, y2: y1 + boxHeight },
    x: x1 + padding,
    lineYs: lines.map((_, i) => y1 + 1 + lineHeight * (i + 0.5)),
  };
}

/** A tooltip under a span of the drawing (a band segment): centred on the part of it in view, in lines if need be. */
export function placeTooltipBelow(
  text: string,
  span: { x1: number; x2: number },
  top: number,
  options: Omit<FullLabelOptions, 'height' | 'offset'>,
): FullLabel {
  const { width, lineHeight, padding, measure } = options;
  const maxLine = Math.max(1, width - 2 * padding);
  const lines = measure(text) <= maxLine ? [text] : wrapText(text, maxLine, measure);
  const boxWidth = Math.max(...lines.map(measure)) + 2 * padding;
  const centre = (Math.max(0, span.x1) + Math.min(width, span.x2)) / 2;
  const x1 = Math.max(0, Math.min(centre - boxWidth / 2, width - boxWidth));
  const boxHeight = lines.length * lineHeight + 2 * padding;
  return {
    lines,
    box: { x1, x2: x1 + boxWidth, y1: top, y2: top + boxHeight },
    x: x1 + padding,
    lineYs: lines.map((_, i) => top + padding + lineHeight * (i + 0.5)),
  };
}
