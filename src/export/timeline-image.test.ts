import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTimelineSvg, findTimelineSvg } from './timeline-image';
import type { ImageCaption } from './image-caption';

const SVG_NS = 'http://www.w3.org/2000/svg';

function element(name: string, attributes: Record<string, string>, text?: string): Element {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A timeline drawing shaped like src/timeline/timeline.tsx renders it, with one hostile title. */
function drawTimeline(): SVGSVGElement {
  const section = document.createElement('section');
  section.setAttribute('aria-label', 'Timeline');
  const svg = element('svg', { class: 'timeline-svg', width: '900', height: '120', role: 'presentation' });
  const axis = element('g', { class: 'timeline-axis', 'aria-hidden': 'true' });
  axis.append(element('text', { x: '3', y: '16', class: 'major' }, '2012'));
  const mark = element('g', {
    class: 'timeline-mark',
    role: 'button',
    tabindex: '0',
    'aria-label': '<img src=x onerror=alert(1)>, 7 July 2007',
    'data-event-id': 'hostile-strings',
  });
  mark.append(
    element('rect', { class: 'hit', x: '0', y: '0', width: '10', height: '10' }),
    element('path', { class: 'shape', d: 'M0,0L5,5Z', fill: '#1f5fa8' }),
    element('text', { class: 'label', x: '12', y: '4' }, '<img src=x onerror=alert(1)>'),
  );
  svg.append(axis, mark);
  section.append(svg);
  document.body.append(section);
  return svg as SVGSVGElement;
}

const caption: ImageCaption = {
  title: 'A small test dataset',
  subtitle: 'Showing 1 Jan 2005 – 1 Jan 2013 · All 8 events',
  categories: [{ id: 'diplomacy', label: 'Diplomacy', color: '#1f5fa8', shape: 'circle' }],
};

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

/** What a browser computes from styles.css for these elements; jsdom computes few SVG properties itself. */
const COMPUTED: Record<string, Record<string, string>> = {
  'timeline-svg': { fill: 'rgb(0, 0, 0)', stroke: 'none', 'font-family': 'system-ui', 'font-size': '16px' },
  'timeline-axis': {},
  major: { fill: 'rgb(27, 27, 27)', 'font-size': '11px', 'font-weight': '700' },
  'timeline-mark': {},
  hit: { fill: 'rgba(0, 0, 0, 0)', stroke: 'none' },
  shape: { fill: 'rgb(31, 95, 168)', stroke: 'rgb(27, 27, 27)', 'stroke-width': '1px' },
  label: { fill: 'rgb(27, 27, 27)', 'font-size': '11px', 'paint-order': 'stroke' },
};

/** Inherited properties as a browser resolves them: the element's own value, else its parent's. */
function computed(element: Element | null, name: string): string {
  if (!element || element.localName === 'section') return '';
  const own = COMPUTED[element.getAttribute('class')?.split(' ')[0] ?? element.localName] ?? {};
  return own[name] ?? computed(element.parentElement, name);
}

function fakeComputedStyle(element: Element): CSSStyleDeclaration {
  return { display: 'inline', getPropertyValue: (name: string) => computed(element, name) } as CSSStyleDeclaration;
}

beforeEach(() => {
  document.body.replaceChildren();
  vi.spyOn(window, 'getComputedStyle').mockImplementation(fakeComputedStyle);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createTimelineSvg', () => {
  it('finds the timeline’s drawing in its region', () => {
    const svg = drawTimeline();
    expect(findTimelineSvg()).toBe(svg);
  });

  it('makes a standalone SVG: white, captioned, the drawing below, a legend at the foot', () => {
    const { svg, width, height } = createTimelineSvg(drawTimeline(), caption);
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    expect([width, root.getAttribute('width')]).toEqual([900, '900']);
    expect(Number(root.getAttribute('height'))).toBe(height);
    expect(height).toBeGreaterThan(120 + 56);
    expect(root.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#ffffff');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual([caption.title, caption.subtitle, '2012', '<img src=x onerror=alert(1)>', 'Diplomacy']);
    const drawing = root.querySelector(':scope > svg')!;
    expect(drawing.getAttribute('y')).toBe('56');
    expect(drawing.getAttribute('viewBox')).toBe('0 0 900 120');
  });

  it('keeps data as text, names each mark in a <title>, and drops what only the page needs', () => {
    const doc = parse(createTimelineSvg(drawTimeline(), caption).svg);
    expect(doc.querySelector('img')).toBeNull();
    const mark = doc.querySelector('svg svg g:not([font-family])')!.nextElementSibling!;
    expect(mark.querySelector(':scope > title')?.textContent).toBe('<img src=x onerror=alert(1)>, 7 July 2007');
    for (const name of ['class', 'role', 'tabindex', 'aria-label', 'data-event-id']) {
      expect(doc.querySelector(`svg svg [${name}]`), name).toBeNull();
    }
    expect(mark.querySelector('path')?.getAttribute('fill')).toBe('rgb(31, 95, 168)');
  });

  it('inlines the computed styles where they differ from what an element inherits, and drops invisible shapes', () => {
    const doc = parse(createTimelineSvg(drawTimeline(), caption).svg);
    const drawing = doc.documentElement.querySelector(':scope > svg')!;
    expect(drawing.getAttribute('font-family')).toBe('system-ui');
    expect(drawing.getAttribute('fill')).toBeNull();
    const [year, label] = [...drawing.querySelectorAll('text')];
    expect([year.getAttribute('font-size'), year.getAttribute('font-weight')]).toEqual(['11', '700']);
    expect([label.getAttribute('fill'), label.getAttribute('paint-order')]).toEqual(['rgb(27, 27, 27)', 'stroke']);
    const shape = drawing.querySelector('path')!;
    expect([shape.getAttribute('stroke'), shape.getAttribute('stroke-width')]).toEqual(['rgb(27, 27, 27)', '1']);
    expect(drawing.querySelector('rect')).toBeNull();
  });

  it('leaves the page’s drawing as it was', () => {
    const source = drawTimeline();
    const before = new XMLSerializer().serializeToString(source);
    createTimelineSvg(source, caption);
    expect(new XMLSerializer().serializeToString(source)).toBe(before);
  });
});
