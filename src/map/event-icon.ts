import L from 'leaflet';
import type { Category } from '../data/schema';
import { shapePath } from '../ui/shapes';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const MARKER_SIZE = 24;

interface EventIconOptions extends L.BaseIconOptions {
  category: Category;
  label: string;
}

/**
 * A marker in the category's shape and colour, built from DOM nodes (never an HTML string) so that a title from the
 * data can only ever be text. Every marker gets fresh nodes: Leaflet moves, not copies, an element it is given.
 */
export class EventIcon extends L.Icon<EventIconOptions> {
  constructor(options: Omit<EventIconOptions, 'iconSize' | 'iconAnchor'>) {
    super({ ...options, iconSize: [MARKER_SIZE, MARKER_SIZE], iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2] });
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const root = oldIcon && oldIcon.tagName === 'DIV' ? oldIcon : document.createElement('div');
    root.replaceChildren(createShape(this.options.category));
    root.setAttribute('role', 'button');
    root.setAttribute('aria-label', this.options.label);
    root.tabIndex = -1;
    root.className = `leaflet-marker-icon event-marker ${this.options.className ?? ''}`.trim();
    root.style.width = root.style.height = `${MARKER_SIZE}px`;
    root.style.marginLeft = root.style.marginTop = `${-MARKER_SIZE / 2}px`;
    return root;
  }

  override createShadow(): HTMLElement {
    return null as unknown as HTMLElement;
  }
}

function createShape(category: Category): SVGSVGElement {
  const half = MARKER_SIZE / 2;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'event-marker-shape');
  svg.setAttribute('width', String(MARKER_SIZE));
  svg.setAttribute('height', String(MARKER_SIZE));
  svg.setAttribute('viewBox', `${-half} ${-half} ${MARKER_SIZE} ${MARKER_SIZE}`);
  svg.setAttribute('aria-hidden', 'true');
  const halo = document.createElementNS(SVG_NS, 'circle');
  halo.setAttribute('class', 'event-marker-halo');
  halo.setAttribute('r', String(half - 1));
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', shapePath(category.shape, 7));
  path.setAttribute('fill', category.color);
  svg.append(halo, path);
  return svg;
}

/** A small arrowhead pointing `angle` degrees clockwise from east, for the end of a journey; built as DOM nodes. */
class ArrowIcon extends L.Icon<L.BaseIconOptions & { angle: number; color: string }> {
  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const root = oldIcon && oldIcon.tagName === 'DIV' ? oldIcon : document.createElement('div');
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('width', '16');
    svg.setAttribute('height', '16');
    svg.setAttribute('viewBox', '-8 -8 16 16');
    svg.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', 'M7,0 L-6,-5.5 L-3,0 L-6,5.5 Z');
    path.setAttribute('fill', this.options.color);
    path.setAttribute('stroke', '#1b1b1b');
    path.setAttribute('stroke-width', '0.8');
    path.setAttribute('transform', `rotate(${this.options.angle})`);
    svg.append(path);
    root.replaceChildren(svg);
    root.className = 'leaflet-marker-icon journey-arrow';
    root.style.width = root.style.height = '16px';
    root.style.marginLeft = root.style.marginTop = '-8px';
    return root;
  }

  override createShadow(): HTMLElement {
    return null as unknown as HTMLElement;
  }
}

export function createArrowIcon(angle: number, color: string): ArrowIcon {
  return new ArrowIcon({ angle, color, iconSize: [16, 16], iconAnchor: [8, 8] });
}
