import { Resvg } from '@resvg/resvg-js';
import type { Model, ModelEvent } from '../src/data/model';
import { shapePath } from '../src/ui/shapes';
import { renderMapMarkup } from './preview-map';
import {
  COLORS,
  el,
  escapeXml,
  fitWidth,
  FONT_FAMILY,
  FONT_FILES,
  fontAttrs,
  measureText,
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  round,
  wrapText,
  type TextStyle,
} from './preview-svg';

export interface PreviewOptions {
  /** The least distance across the map, so that a single place shows its region. Default 1500 km. */
  minExtentKm?: number;
}

const PANEL_WIDTH = 500;
const TEXT_X = 60;
const TEXT_WIDTH = PANEL_WIDTH - TEXT_X - 44;

/** Lines of text whose first line's top is at `top`. */
function textBlock(lines: string[], top: number, lineHeight: number, style: TextStyle, fill: string): string {
  const spans = lines.map((line, i) =>
    el('tspan', { x: TEXT_X, y: round(top + lineHeight * i + style.size * 0.93) }, escapeXml(line)),
  );
  return el('text', { ...fontAttrs(style), fill }, spans.join(''));
}

/** A range too long for a line breaks after its dash, so that no date is split. */
function dateLines(label: string, style: TextStyle): string[] {
  const parts = label.split(' – ');
  if (measureText(label, style) <= TEXT_WIDTH || parts.length !== 2) return wrapText(label, style, TEXT_WIDTH, 2).lines;
  return [fitWidth(`${parts[0]} –`, style, TEXT_WIDTH), fitWidth(parts[1], style, TEXT_WIDTH)];
}

/** The largest size at which the whole title fits `height`; at the smallest, a title still too long is cut short. */
function titleLines(title: string, height: number) {
  const sizes = [50, 44, 38, 33, 29];
  for (const size of sizes) {
    const style = { size, bold: true };
    const lineHeight = Math.round(size * 1.2);
    const wrapped = wrapText(title, style, TEXT_WIDTH, Math.max(1, Math.floor(height / lineHeight)));
    if (wrapped.complete || size === sizes[sizes.length - 1]) return { lines: wrapped.lines, lineHeight, style };
  }
  throw new Error('no title size');
}

function panelMarkup(event: ModelEvent, model: Model): string {
  const category = model.categoryById.get(event.record.category)!;
  const categoryStyle = { size: 24, bold: true };
  const footerStyle = { size: 19 };
  const footer = wrapText(`Waymark · ${model.meta.title}`, footerStyle, TEXT_WIDTH, 2).lines;
  const footerTop = PREVIEW_HEIGHT - 48 - footer.length * 25;
  const dateStyle = { size: 27 };
  const label = event.dateLabel;
  const date = dateLines(label.charAt(0).toUpperCase() + label.slice(1), dateStyle);
  const titleTop = 138;
  const title = titleLines(event.record.title, footerTop - 62 - date.length * 36 - titleTop);
  const dateTop = titleTop + title.lines.length * title.lineHeight + 18;
  return [
    el('rect', { x: 0, y: 0, width: PANEL_WIDTH, height: PREVIEW_HEIGHT, fill: COLORS.panel }),
    el('rect', { x: 0, y: 0, width: 14, height: PREVIEW_HEIGHT, fill: COLORS.accent }),
    el('rect', { x: PANEL_WIDTH - 2, y: 0, width: 2, height: PREVIEW_HEIGHT, fill: COLORS.line }),
    el('path', { d: shapePath(category.shape, 13), transform: `translate(${TEXT_X + 13} 80)`, fill: category.color }),
    el(
      'text',
      { x: TEXT_X + 38, y: 88, ...fontAttrs(categoryStyle), fill: category.color },
      escapeXml(fitWidth(category.label, categoryStyle, TEXT_WIDTH - 38)),
    ),
    textBlock(title.lines, titleTop, title.lineHeight, title.style, COLORS.ink),
    textBlock(date, dateTop, 36, dateStyle, COLORS.muted),
    el('rect', { x: TEXT_X, y: footerTop - 18, width: 48, height: 4, fill: COLORS.accent }),
    textBlock(footer, footerTop, 25, footerStyle, COLORS.muted),
  ].join('');
}

/**
 * The 1200×630 link preview of an event, as SVG: its places on Natural Earth's countries (from the basemap TopoJSON)
 * in its category's shape and colour, a journey as a curved arrow, and its title, date and category beside them.
 */
export function renderPreviewSvg(
  event: ModelEvent,
  model: Model,
  basemap: string,
  options: PreviewOptions = {},
): string {
  // No clip paths nor group opacity: resvg 2.6 can panic on them (ending the process). The panel, drawn last,
  // covers whatever of the map reaches under it.
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      viewBox: `0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}`,
    },
    renderMapMarkup(event, model, basemap, { left: PANEL_WIDTH, minExtentKm: options.minExtentKm ?? 1500 }) +
      panelMarkup(event, model),
  );
}

/** Draws a preview SVG as PNG with the bundled DejaVu fonts only, so that every machine draws the same image. */
export function renderPreviewPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'original' },
  });
  return resvg.render().asPng();
}
