import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MAP_COLORS } from '../src/ui/map-colors';

const require = createRequire(import.meta.url);

/** The size link previews are shown at (Open Graph, Twitter's large card). */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The app's colours (src/styles.css and the map's basemap style). */
export const COLORS = {
  ...MAP_COLORS,
  panel: '#fffdf8',
  line: '#c9c2b2',
  ink: '#1b1b1b',
  muted: '#4d4a44',
  accent: '#1f3a5f',
};

/** The TrueType files resvg draws previews with (regular, bold), so that every machine draws the same image. */
export const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
);
export const FONT_FAMILY = 'DejaVu Sans';

export interface TextStyle {
  size: number;
  bold?: boolean;
}

/** Advance widths read from a TrueType file's `hmtx` table, through its Unicode (format 4) character map. */
class FontMetrics {
  private readonly data: DataView;
  private readonly unitsPerEm: number;
  private readonly hmtx: number;
  private readonly metricCount: number;
  private readonly cmap: number;
  private readonly cache = new Map<number, number>();

  constructor(file: string) {
    const bytes = readFileSync(file);
    this.data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const tables = new Map<string, number>();
    for (let i = 0; i < this.u16(4); i++) {
      tables.set(bytes.toString('latin1', 12 + i * 16, 16 + i * 16), this.u32(20 + i * 16));
    }
    this.unitsPerEm = this.u16(tables.get('head')! + 18);
    this.metricCount = this.u16(tables.get('hhea')! + 34);
    this.hmtx = tables.get('hmtx')!;
    const cmap = tables.get('cmap')!;
    let unicode = 0;
    for (let i = 0; i < this.u16(cmap + 2); i++) {
      const record = cmap + 4 + i * 8;
      const subtable = cmap + this.u32(record + 4);
      if (this.u16(record) === 3 && this.u16(record + 2) === 1 && this.u16(subtable) === 4) unicode = subtable;
    }
    if (!unicode) throw new Error(`${file} has no Unicode character map`);
    this.cmap = unicode;
  }

  /** Width of `text` in px at `size`, without kerning: a slight overestimate, which is the safe side. */
  measure(text: string, size: number): number {
    let units = 0;
    for (const char of text) units += this.advance(char.codePointAt(0)!);
    return (units / this.unitsPerEm) * size;
  }

  private advance(code: number): number {
    let width = this.cache.get(code);
    if (width === undefined) {
      width = this.u16(this.hmtx + Math.min(this.glyphOf(code), this.metricCount - 1) * 4);
      this.cache.set(code, width);
    }
    return width;
  }

  /** The glyph of a character in the Basic Multilingual Plane; glyph 0 (the missing-glyph box) otherwise. */
  private glyphOf(code: number): number {
    const segments = this.u16(this.cmap + 6) / 2;
    const ends = this.cmap + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    for (let i = 0; i < segments; i++) {
      if (this.u16(ends + i * 2) < code) continue;
      const start = this.u16(starts + i * 2);
      if (start > code) return 0;
      const delta = this.u16(deltas + i * 2);
      const rangeOffset = this.u16(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = this.u16(rangeOffsets + i * 2 + rangeOffset + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  }

  private u16(offset: number): number {
    return this.data.getUint16(offset);
  }

  private u32(offset: number): number {
    return this.data.getUint32(offset);
  }
}

let fonts: { regular: FontMetrics; bold: FontMetrics } | undefined;

/** How wide `text` is drawn in DejaVu Sans, in px. */
export function measureText(text: string, style: TextStyle): number {
  fonts ??= { regular: new FontMetrics(FONT_FILES[0]), bold: new FontMetrics(FONT_FILES[1]) };
  return fonts[style.bold ? 'bold' : 'regular'].measure(text, style.size);
}

/** `text`, shortened with an ellipsis until it fits `width`. */
export function fitWidth(text: string, style: TextStyle, width: number): string {
  if (measureText(text, style) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && measureText(`${chars.join('').trimEnd()}…`, style) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Greedy word wrap to `width`; a word too long for a line is broken. Past `maxLines` the last line ends with an
 * ellipsis and `complete` is false.
 */
export function wrapText(
  text: string,
  style: TextStyle,
  width: number,
  maxLines: number,
): { lines: string[]; complete: boolean } {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measureText(candidate, style) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (measureText(line, style) > width) {
      const chars = [...line];
      let cut = chars.length - 1;
      while (cut > 1 && measureText(chars.slice(0, cut).join(''), style) > width) cut--;
      lines.push(chars.slice(0, cut).join(''));
      line = chars.slice(cut).join('');
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, complete: true };
  const kept = lines.slice(0, maxLines);
  const last = fitWidth(`${kept[maxLines - 1]} ${lines[maxLines]}`, style, width);
  kept[maxLines - 1] = last.endsWith('…') ? last : fitWidth(`${last}…`, style, width);
  return { lines: kept, complete: false };
}

/** Text safe inside an XML element or a quoted attribute; the control characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  );
}

export type Point = [number, number];
export type Attrs = Record<string, string | number>;

/** An SVG element; attribute values are escaped here, `content` is markup (escape text with `escapeXml`). */
export function el(name: string, attrs: Attrs, content?: string): string {
  const list = Object.entries(attrs)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  return content === undefined ? `<${name}${list}/>` : `<${name}${list}>${content}</${name}>`;
}

export function fontAttrs(style: TextStyle): Attrs {
  return { 'font-family': FONT_FAMILY, 'font-size': style.size, ...(style.bold ? { 'font-weight': 700 } : {}) };
}

/** Tenths of a pixel are plenty, and keep the markup short. */
export const round = (n: number) => Math.round(n * 10) / 10;
export const pathOf = (points: Point[]) => `M${points.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}`;
