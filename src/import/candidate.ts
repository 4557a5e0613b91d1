import type { Category, Dataset, Source } from '../data/schema';
import type { Problem } from '../data/problems';

/** One event as a format's reader built it from a row or item, before it is validated. */
export interface Candidate {
  /**
   * The event's fields, loosely typed: validation decides. `id` may be left out, and one is then made from the
   * title; `sources` and `category` must be ids of the reading's sources and categories.
   */
  event: Record<string, unknown>;
  /** Where a field of the event is in the file, as the user knows it: `["start"]` gives `row 14, column start`. */
  where(path: readonly PropertyKey[]): string;
  /**
   * What was wrong while reading the item (a date that is no date): then it is not valid. A problem with the whole
   * item (a ragged row, `where([])`) stands alone: its fields are not worth checking.
   */
  problems: Problem[];
}

/** How one file reads: its candidate events and the categories and sources they refer to. */
export interface Reading {
  candidates: Candidate[];
  categories: Category[];
  sources: Source[];
  /** The dataset's title when the file gives one (a TimelineJS title slide); else the file name is used. */
  title?: string;
  /** The file's own meta, when it has a valid one (Waymark JSON). */
  meta?: Dataset['meta'];
  /** Whether events without an id get one made from their title: not in Waymark JSON, where an id is required. */
  generateIds?: boolean;
  /** Problems with the file as a whole rather than one event. */
  problems: Problem[];
  /** Set when nothing in the file can be read; the sentence says why. */
  fatal?: string;
  /** How many events the file holds, when `fatal` is set and there are no candidates to count. */
  total?: number;
}

/** Where one item of a format is: its label, then the file's own name for the event field the path starts with. */
export function createWhere(label: string, fieldNames: (path: readonly PropertyKey[]) => string | undefined) {
  return (path: readonly PropertyKey[]) => {
    const field = path.length ? fieldNames(path) : undefined;
    return field ? `${label}, ${field}` : label;
  };
}

/** The event field a path ends in, looking through places: `["places", 0, "lat"]` gives `lat`, `["sources", 0]` gives `sources`. */
export function eventField(path: readonly PropertyKey[]): string {
  if (path[0] === 'places' && typeof path[2] === 'string') return path[2] === 'name' ? 'place' : path[2];
  return String(path[0]);
}

/**
 * The summary of an event whose file gives none: its title, which is all the file says of it. An event with no
 * title either is refused for that, and the stand-in keeps a second, empty-summary problem from echoing it.
 */
export const summaryOr = (summary: string, title: string) => summary || title || '(no title)';

/**
 * How sure an imported event is when its file does not say: "high" (Waymark's "the sources state it plainly"), since
 * the file is the source and states it plainly; a confidence column or property says otherwise.
 */
export const IMPORTED_CONFIDENCE = 'high';
