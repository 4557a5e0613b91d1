/**
 * Plain text from the HTML that TimelineJS allows in headlines and text. Written with regular expressions, not
 * DOMParser or any other DOM parsing, because it runs in a Web Worker, which has no DOM; and the result is only ever shown as
 * text, so a tag that slips through is harmless characters, never markup.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  bull: '\u2022',
  middot: '\u00b7',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  deg: '\u00b0',
  eacute: '\u00e9',
  egrave: '\u00e8',
  aacute: '\u00e1',
  agrave: '\u00e0',
  iacute: '\u00ed',
  oacute: '\u00f3',
  uacute: '\u00fa',
  ntilde: '\u00f1',
  ccedil: '\u00e7',
  uuml: '\u00fc',
  ouml: '\u00f6',
  auml: '\u00e4',
  szlig: '\u00df',
};

function decodeCodePoint(code: number): string {
  const invalid = !Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
  return invalid ? '\ufffd' : String.fromCodePoint(code);
}

/** Decodes character references in one pass, so `&amp;lt;` becomes the text `&lt;`, not `<`. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const hex = name[1] === 'x' || name[1] === 'X';
      return decodeCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** A tag: `<` and a letter (or `/` and a letter), then anything up to `>` outside quoted attribute values. */
const TAG = /<\/?[a-z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/gi;
const LINE_END = /<br\s*\/?>|<\/(?:li|tr)\s*>/gi;
const BLOCK_END = /<\/(?:p|div|h[1-6]|blockquote|section|article|ul|ol|table)\s*>/gi;

/**
 * Plain text: tags removed, entities decoded, `<br>` and list items a line break, paragraphs a blank line;
 * `<script>`/`<style>` dropped with their contents.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
      // Whitespace in HTML source is one space; only tags make line breaks.
      .replace(/\s+/g, ' ')
      .replace(LINE_END, '\n')
      .replace(BLOCK_END, '\n\n')
      .replace(TAG, ''),
  )
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of plain text, for titles: every break is a space. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\s+/g, ' ');
}
