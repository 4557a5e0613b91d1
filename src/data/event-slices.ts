/**
 * A dataset's JSON text cut at its events, so that the page can parse a large one a batch of events at a time, each
 * batch a short task, instead of in one JSON.parse that held the page for 300 ms at 100,000 events. One pass over the
 * text finds the top-level `events` array and the comma after each of its items (skipping strings whole); nothing is
 * parsed here. Anything unusual (a text that is not an object, an `events` that is not an array, a string left open)
 * gives null, and the caller reads the text whole: this is a shortcut, never a second judge of what is valid JSON.
 */
export interface EventSlices {
  /** How many events the array holds. */
  count: number;
  /** The text with the events array emptied (`[]` in its place): everything but the events, to parse whole. */
  rest: string;
  /** The events, `size` at a time, each batch the text of a JSON array. */
  batches(size: number): Generator<string>;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** Where the string that opens at `from` closes: the next quote not escaped by an odd run of backslashes; -1 if none. */
function stringEnd(text: string, from: number): number {
  for (let at = text.indexOf('"', from + 1); at >= 0; at = text.indexOf('"', at + 1)) {
    let before = at - 1;
    while (text.charCodeAt(before) === BACKSLASH) before--;
    if ((at - 1 - before) % 2 === 0) return at;
  }
  return -1;
}

/** A key as JSON.parse reads it: escapes (`"ev\u0065nts"`) decoded. */
const keyOf = (text: string, from: number, to: number) => {
  const raw = text.slice(from + 1, to);
  return raw.includes('\\') ? (JSON.parse(text.slice(from, to + 1)) as string) : raw;
};

export function sliceEvents(text: string): EventSlices | null {
  let depth = 0;
  let first = true;
  /** The last string read in the top-level object: when an array opens there, its key. */
  let key = '';
  /** The events array being read: where it opens, and where each item ends (at its comma, or the closing bracket). */
  let reading: { open: number; ends: number[] } | null = null;
  let found: { open: number; close: number; ends: number[] } | null = null;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      const end = stringEnd(text, at);
      if (end < 0) return null;
      if (depth === 1) key = keyOf(text, at, end);
      at = end;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      if (first && code !== OPEN_OBJECT) return null;
      first = false;
      depth++;
      if (depth === 2 && code === OPEN_ARRAY && key === 'events') reading = { open: at, ends: [] };
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      if (depth === 2 && reading) {
        reading.ends.push(at);
        // The last `events` wins, as in JSON.parse.
        found = { open: reading.open, close: at, ends: reading.ends };
        reading = null;
      }
      depth--;
      if (depth < 0) return null;
    } else if (code === COMMA && depth === 2 && reading) {
      reading.ends.push(at);
    }
  }
  if (!found || depth !== 0) return null;
  const { open, close, ends } = found;
  const empty = text.slice(open + 1, close).trim() === '';
  const count = empty ? 0 : ends.length;
  return {
    count,
    rest: text.slice(0, open) + '[]' + text.slice(close + 1),
    *batches(size: number) {
      for (let from = 0; from < count; from += size) {
        const start = from === 0 ? open : ends[from - 1];
        const end = ends[Math.min(from + size, count) - 1];
        yield `[${text.slice(start + 1, end)}]`;
      }
    },
  };
}
