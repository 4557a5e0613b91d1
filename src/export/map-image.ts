import type { Category } from '../data/schema';
import type { ModelEvent } from '../data/model';
import { shapePath } from '../ui/shapes';
import { countriesPath, type CountryShape } from './basemap-path';
import { createHeading, createLegend, FONT, INK, type ImageCaption } from './image-caption';
import type { MapFrame } from './map-frame';
import { LABEL_SIZE, MARKER_RADIUS, layoutMapImage } from './map-layout';
import { approximateTextWidth, serializeSvg, svgElement } from './svg-document';
import { MAP_COLORS } from '../ui/map-colors';

/** The size of a map image: 16:9, for slides. */
export const MAP_IMAGE_SIZE = { width: 1600, height: 900 };

// The colours of the map on screen.
const { ocean: OCEAN, land: LAND, border: BORDER } = MAP_COLORS;
const HALO = '#ffffff';

export interface MapImageInput {
  events: readonly ModelEvent[];
  categoryById: ReadonlyMap<string, Category>;
  frame: MapFrame;
  countries: readonly CountryShape[];
  caption: ImageCaption;
  /** Credits for what the map is drawn from, e.g. "Country shapes: Natural Earth". */
  attribution: string;
}

function createMarkers(input: MapImageInput): SVGGElement {
  const group = svgElement('g');
  const layout = layoutMapImage(input.events, input.frame);
  for (const journey of layout.journeys) {
    const color = input.categoryById.get(journey.category)?.color ?? INK;
    const stroke = { d: journey.d, fill: 'none', 'stroke-linecap': 'round' };
    group.append(
      svgElement('path', { ...stroke, stroke: HALO, 'stroke-width': 6, 'stroke-opacity': 0.8 }),
      svgElement('path', { ...stroke, stroke: color, 'stroke-width': 3 }),
      svgElement('path', {
        d: 'M7,0 L-6,-5.5 L-3,0 L-6,5.5 Z',
        transform: `translate(${journey.tip[0]},${journey.tip[1]}) rotate(${journey.angle}) scale(1.5)`,
        fill: color,
        stroke: INK,
        'stroke-width': 0.6,
        'stroke-linejoin': 'round',
      }),
    );
  }
  for (const marker of layout.markers) {
    const category = input.categoryById.get(marker.category);
    const g = svgElement('g', { transform: `translate(${marker.x},${marker.y})` });
    g.append(
      svgElement('title', {}, marker.title),
      svgElement('circle', { r: MARKER_RADIUS, fill: HALO, stroke: INK, 'stroke-width': 1.5 }),
    );
    if (category) {
      g.append(
        svgElement('path', {
          d: shapePath(category.shape, MARKER_RADIUS - 3),
          fill: category.color,
          stroke: INK,
          'stroke-width': 0.8,
        }),
      );
    }
    group.append(g);
  }
  const labels = svgElement('g', {
    'font-size': LABEL_SIZE,
    'font-weight': 600,
    fill: INK,
    stroke: HALO,
    'stroke-width': 4,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  });
  for (const label of layout.labels) {
    labels.append(svgElement('text', { x: label.x, y: label.y, 'text-anchor': label.anchor }, label.text));
  }
  group.append(labels);
  return group;
}

/** The caption in a white panel at the top left, with the legend under the title. */
function createCaptionPanel(caption: ImageCaption, frame: MapFrame): SVGGElement {
  const textWidth = Math.max(
    approximateTextWidth(caption.title, 18) * 1.1,
    approximateTextWidth(caption.subtitle, 13),
    240,
  );
  const width = Math.min(frame.width - 32, textWidth + 32);
  const legend = createLegend(caption.categories, 32, 70, width - 32);
  const height = 62 + (legend.height ? legend.height + 8 : 0);
  const panel = svgElement('g');
  panel.append(
    svgElement('rect', { x: 16, y: 16, width, height, rx: 6, fill: HALO, 'fill-opacity': 0.92, stroke: BORDER }),
    createHeading(caption, 32, 20),
    legend.group,
  );
  return panel;
}

/**
 * A standalone SVG map of the events in `frame`: Natural Earth's countries, each place as its category's shape, journeys
 * as curved arrows, the busiest places' names, a caption with a legend, and the credits.
 */
export function createMapSvg(input: MapImageInput): string {
  const { width, height } = input.frame;
  const root = svgElement('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': `${input.caption.title}: map. ${input.caption.subtitle}`,
    'font-family': FONT,
  });
  const attributionWidth = approximateTextWidth(input.attribution, 12) + 16;
  root.append(
    svgElement('title', {}, `${input.caption.title}: map`),
    svgElement('rect', { width, height, fill: OCEAN }),
    svgElement('path', {
      d: countriesPath(input.countries, input.frame),
      fill: LAND,
      'fill-rule': 'evenodd',
      stroke: BORDER,
      'stroke-width': 0.8,
      'stroke-linejoin': 'round',
    }),
    createMarkers(input),
    createCaptionPanel(input.caption, input.frame),
    svgElement('rect', {
      x: width - attributionWidth,
      y: height - 22,
      width: attributionWidth,
      height: 22,
      fill: HALO,
      'fill-opacity': 0.8,
    }),
    svgElement(
      'text',
      { x: width - 8, y: height - 7, 'text-anchor': 'end', 'font-size': 12, fill: INK },
      input.attribution,
    ),
  );
  return serializeSvg(root);
}
