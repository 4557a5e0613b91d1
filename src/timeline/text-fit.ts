/** The width of `text` in px, in the font it is drawn in. */
export type Measure = (text: string) => number;

export const ELLIPSIS = '…';

const graphemes =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;
const words =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;

/** The offsets just after each user-perceived character of `text` (code points where Intl.Segmenter is missing). */
export function graphemeEnds(text: string): number[] {
  if (graphemes) return Array.from(graphemes.segment(text), (s) => s.index + s.segment.length);
  const ends: number[] = [];
  let end = 0;
  for (const character of text) ends.push((end += character.length));
  return ends;
}

/** The offsets just after each word of `text`: where a cut leaves whole words. */
export function wordEnds(text: string): number[] {
  if (words) {
    return Array.from(words.segment(text))
      .filter((s) => s.isWordLike)
      .map((s) => s.index + s.segment.length);
  }
  return Array.from(text.matchAll(/[\p{L}\p{N}]+/gu), (m) => m.index + m[0].length);
}

/** Spaces and the punctuation that should not stand before an ellipsis ("Tech firms,…"). */
const TRAILING = /[\s,;:.\-–—(/]+$/u;

function shortened(text: string, end: number): string {
  return text.slice(0, end).replace(TRAILING, '') + ELLIPSIS;
}

function countGraphemes(text: string): number {
  return graphemeEnds(text).length;
}

export interface FittedText {
  text: string;
  /** Whether `text` is the whole of what was asked for. */
  full: boolean;
}

/**
 * `text` whole if it is at most `maxWidth` wide, else its longest beginning that ends with a whole word and fits with
 * an ellipsis after it; null when that would keep fewer than `minChars` characters, a label too short to tell
 * anything. Never inside a word: a shortened label stays words of the event's accessible name, which is what speech
 * input users say (WCAG 2.5.3, as axe checks it).
 */
export function fitText(text: string, maxWidth: number, measure: Measure, minChars = 4): FittedText | null {
  if (measure(text) <= maxWidth) return { text, full: true };
  // The last word end that fits (the shortened text grows with the end): a binary search.
  const ends = wordEnds(text).filter((end) => end < text.length);
  let [low, high, best] = [0, ends.length - 1, -1];
  while (low <= high) {
    const k = (low + high) >>> 1;
    if (measure(shortened(text, ends[k])) <= maxWidth) [best, low] = [k, k + 1];
    else high = k - 1;
  }
  if (best < 0) return null;
  const fitted = shortened(text, ends[best]);
  return countGraphemes(fitted) - 1 >= minChars ? { text: fitted, full: false } : null;
}

/** The longest beginning of `text` that fits in `maxWidth` with an ellipsis, cut between any two characters. */
function cutAnywhere(text: string, maxWidth: number, measure: Measure): string {
  const ends = graphemeEnds(text);
  let [low, high, best] = [1, ends.length - 1, 0];
  while (low <= high) {
    const k = (low + high) >>> 1;
    if (measure(shortened(text, ends[k - 1])) <= maxWidth) [best, low] = [k, k + 1];
    else high = k - 1;
  }
  return best > 0 ? shortened(text, ends[best - 1]) : '';
}

/**
 * `text` in lines of at most `maxWidth` px, broken between words; a word wider than a line is cut short with an
 * ellipsis, so that every line fits.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (measure(longer) <= maxWidth) line = longer;
    else {
      if (line) lines.push(line);
      line = measure(word) <= maxWidth ? word : cutAnywhere(word, maxWidth, measure);
    }
  }
  if (line) lines.push(line);
  return lines;
}
