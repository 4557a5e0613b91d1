import type { Category } from '../data/schema';
import { shapePath } from '../ui/shapes';
import { approximateTextWidth, svgElement } from './svg-document';

/** What an exported image says about itself: the dataset, the view, and the categories drawn. */
export interface ImageCaption {
  title: string;
  /** E.g. "Showing 3 Jan 2004 – 5 Feb 2014 · 12 of 53 events, as filtered". */
  subtitle: string;
  categories: readonly Category[];
}

export const INK = '#1b1b1b';
export const MUTED = '#4d4a44';
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

const LEGEND_SIZE = 12;
const LEGEND_ROW = 20;
const LEGEND_GAP = 18;

/** The title and subtitle, as two lines from (x, y) down; the caption is 44 px tall. */
export function createHeading(caption: ImageCaption, x: number, y: number): SVGGElement {
  const group = svgElement('g', { 'font-family': FONT });
  group.append(
    svgElement('text', { x, y: y + 18, 'font-size': 18, 'font-weight': 700, fill: INK }, caption.title),
    svgElement('text', { x, y: y + 38, 'font-size': 13, fill: MUTED }, caption.subtitle),
  );
  return group;
}

/** A legend of the categories as rows of shape and label within `width`; returns the group and its height. */
export function createLegend(
  categories: readonly Category[],
  x: number,
  y: number,
  width: number,
): { group: SVGGElement; height: number } {
  const group = svgElement('g', { 'font-family': FONT, 'font-size': LEGEND_SIZE, fill: INK });
  let [cx, row] = [0, 0];
  for (const category of categories) {
    const itemWidth = LEGEND_SIZE + 6 + approximateTextWidth(category.label, LEGEND_SIZE);
    if (cx > 0 && cx + itemWidth > width) [cx, row] = [0, row + 1];
    const cy = y + row * LEGEND_ROW + LEGEND_SIZE / 2;
    group.append(
      svgElement('path', {
        d: shapePath(category.shape, LEGEND_SIZE / 2 - 1),
        transform: `translate(${x + cx + LEGEND_SIZE / 2},${cy})`,
        fill: category.color,
        stroke: INK,
        'stroke-width': 1,
      }),
      svgElement('text', { x: x + cx + LEGEND_SIZE + 6, y: cy + 4 }, category.label),
    );
    cx += itemWidth + LEGEND_GAP;
  }
  return { group, height: categories.length ? (row + 1) * LEGEND_ROW : 0 };
}
