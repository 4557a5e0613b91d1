import { createHeading, createLegend, type ImageCaption } from './image-caption';
import { serializeSvg, svgElement } from './svg-document';

/** The timeline's drawing: the `<svg>` in the region named "Timeline" (src/timeline/timeline.tsx). */
export const TIMELINE_SVG_SELECTOR = 'section[aria-label="Timeline"] svg';

export function findTimelineSvg(root: ParentNode = document): SVGSVGElement | null {
  return root.querySelector<SVGSVGElement>(TIMELINE_SVG_SELECTOR);
}

/** The properties that decide how SVG looks, copied from the page's style sheets onto the copy as attributes. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'paint-order',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
];
/** Initial values, which the copy's root need not state. */
const INITIAL: Record<string, string> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linejoin': 'miter',
  'stroke-linecap': 'butt',
  'paint-order': 'normal',
  visibility: 'visible',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
};
const NOT_DRAWN = new Set(['title', 'desc', 'defs', 'metadata', 'style', 'script']);
/** What only the live page needs: classes (their style is now inline), roles, focus, hooks for tests and handlers. */
const PAGE_ONLY = ['class', 'style', 'role', 'tabindex', 'aria-pressed', 'aria-hidden', 'data-event-id', 'data-testid'];
const TRANSPARENT = new Set(['none', 'transparent', 'rgba(0, 0, 0, 0)']);
const SHAPES = new Set(['rect', 'circle', 'ellipse', 'path', 'line', 'polygon', 'polyline']);

const withoutPx = (value: string) => value.replace(/(\d)px\b/g, '$1');

/**
 * Copies the computed style of `original` and its descendants onto `copy` (a deep clone of it) as presentation
 * attributes, stating a property only where it differs from what the element inherits. Elements that are not shown,
 * or draw nothing (the marks' transparent hit areas), are removed; an element's aria-label becomes its `<title>`.
 */
function inlineStyles(original: Element, copy: Element, inherited: Record<string, string>): void {
  if (NOT_DRAWN.has(original.localName)) return;
  const style = getComputedStyle(original);
  if (style.display === 'none') return copy.remove();
  const own: Record<string, string> = {};
  for (const property of INHERITED) {
    const value = withoutPx(style.getPropertyValue(property));
    own[property] = value || inherited[property];
    // jsdom computes few properties: without a value, the element's own attribute stays.
    if (!value) continue;
    if (value === inherited[property]) copy.removeAttribute(property);
    else copy.setAttribute(property, value);
  }
  const opacity = style.getPropertyValue('opacity');
  if (opacity && opacity !== '1') copy.setAttribute('opacity', opacity);
  if (SHAPES.has(copy.localName) && TRANSPARENT.has(own.fill) && TRANSPARENT.has(own.stroke)) return copy.remove();

  // Children are paired from a snapshot taken before the copy changes: a removed child or an added title must not
  // shift the pairs.
  const copies = [...copy.children];
  const label = copy.getAttribute('aria-label');
  if (label && copy.localName !== 'svg' && !copy.querySelector(':scope > title')) {
    copy.prepend(svgElement('title', {}, label));
  }
  copy.removeAttribute('aria-label');
  for (const name of PAGE_ONLY) copy.removeAttribute(name);

  [...original.children].forEach((child, i) => inlineStyles(child, copies[i], own));
}

const HEADING = 56;
const MARGIN = 16;

/**
 * A standalone SVG of the timeline as it is drawn now: a copy of its `<svg>` with the page's styles inlined, on white,
 * under the dataset's title and the time window, above a legend of the categories.
 */
export function createTimelineSvg(
  source: SVGSVGElement,
  caption: ImageCaption,
): { svg: string; width: number; height: number } {
  const width = Number(source.getAttribute('width')) || source.clientWidth || 800;
  const height = Number(source.getAttribute('height')) || source.clientHeight || 200;

  const drawing = source.cloneNode(true) as SVGSVGElement;
  inlineStyles(source, drawing, INITIAL);
  drawing.setAttribute('x', '0');
  drawing.setAttribute('y', String(HEADING));
  drawing.setAttribute('width', String(width));
  drawing.setAttribute('height', String(height));
  drawing.setAttribute('viewBox', `0 0 ${width} ${height}`);

  const legend = createLegend(caption.categories, MARGIN, HEADING + height + 12, width - 2 * MARGIN);
  const total = Math.ceil(HEADING + height + (legend.height ? legend.height + 20 : 8));
  const root = svgElement('svg', {
    width,
    height: total,
    viewBox: `0 0 ${width} ${total}`,
    role: 'img',
    'aria-label': `${caption.title}: timeline. ${caption.subtitle}`,
  });
  root.append(
    svgElement('title', {}, `${caption.title}: timeline`),
    svgElement('rect', { width, height: total, fill: '#ffffff' }),
    createHeading(caption, MARGIN, 6),
    drawing,
    legend.group,
  );
  return { svg: serializeSvg(root), width, height: total };
}
