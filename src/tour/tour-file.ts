import * as z from 'zod/mini';
import { tourFileSchema, tourStopSchema, type Tour, type TourFile, type TourStop } from '../data/tour-schema';
import { describeProblems, formatProblem } from '../data/problems';
import { withoutBom } from '../data/load-result';
import { CUSTOM_TOUR_ID, EMPTY_FILTERS } from '../state/store';
import { serializeUrl } from '../url/codec';

/** What a tour gets when the teacher leaves a field empty; the same words a link's decoder uses. */
export const DEFAULT_TOUR_TITLE = 'My tour';
export const DEFAULT_TOUR_DESCRIPTION = 'A tour made in Waymark.';
/** A tour file is a few kilobytes; anything far larger is not one. */
export const MAX_TOUR_FILE_BYTES = 1_000_000;
/** What a link can carry (see the tour codec). */
export const MAX_STOPS = 200;

/** A stop while it is being edited: the note may be empty. A stop opened from a file keeps its map and window. */
export interface DraftStop extends Omit<TourStop, 'note'> {
  note: string;
}

/** A tour while a teacher builds it: fields may be empty until the tour is made from it. */
export interface TourDraft {
  title: string;
  description: string;
  stops: DraftStop[];
}

export const EMPTY_DRAFT: TourDraft = { title: '', description: '', stops: [] };

/** The tour a draft stands for: trimmed, with defaults for empty fields and without empty notes. */
export function createTourFromDraft(draft: TourDraft): Omit<Tour, 'id'> {
  return {
    title: draft.title.trim() || DEFAULT_TOUR_TITLE,
    description: draft.description.trim() || DEFAULT_TOUR_DESCRIPTION,
    stops: draft.stops.slice(0, MAX_STOPS).map(({ note, ...stop }) => {
      const text = note.trim();
      return text ? { ...stop, note: text } : stop;
    }),
  };
}

export function createDraftFromTour(tour: Omit<Tour, 'id'>): TourDraft {
  return {
    title: tour.title,
    description: tour.description,
    stops: tour.stops.map((stop) => ({ ...stop, note: stop.note ?? '' })),
  };
}

/** A slug for the file name and the tour's id in the file, e.g. "The 2012 trip" -> "the-2012-trip". */
export function slugifyTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || 'my-tour';
}

export function createTourFileName(tour: Pick<Tour, 'title'>): string {
  return `${slugifyTitle(tour.title)}.json`;
}

/** The file a tour downloads as: the shape of the dataset's tours file, with one tour. */
export function serializeTourFile(tour: Omit<Tour, 'id'>): string {
  const { title, description, stops } = tour;
  const file: TourFile = { tours: [{ id: slugifyTitle(title), title, description, stops }] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** An absolute link that opens the app on the tour's first stop: the tour itself travels in it, compressed. */
export function createTourLink(
  location: { origin: string; pathname: string },
  tour: Omit<Tour, 'id'>,
  data: string | null = null,
): string {
  const search = serializeUrl({
    data,
    selectedId: null,
    timeWindow: null,
    mapView: null,
    filters: EMPTY_FILTERS,
    tour: { id: CUSTOM_TOUR_ID, step: 0 },
    customTour: { ...tour, id: CUSTOM_TOUR_ID },
  });
  return `${location.origin}${location.pathname}${search}`;
}

export type TourFileResult =
  { ok: true; tour: Tour; notes: string[] } | { ok: false; title: string; problems: string[] };

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Reads a tour file a teacher opened: every problem is said in words, and every stop must name an event here. */
export function parseTourFileText(text: string, eventIds: ReadonlySet<string>): TourFileResult {
  if (text.length > MAX_TOUR_FILE_BYTES) {
    return { ok: false, title: 'This file is too large to be a tour file.', problems: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(withoutBom(text));
  } catch (error) {
    return {
      ok: false,
      title: 'This is not a tour file: it could not be read as JSON.',
      problems: [(error as Error).message],
    };
  }
  const parsed = tourFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const problems = describeProblems(parsed.error, json).map(formatProblem);
    return { ok: false, title: `This tour file has ${plural(problems.length, 'problem')}.`, problems };
  }
  const [tour, ...others] = parsed.data.tours;
  if (!tour) return { ok: false, title: 'This file holds no tour.', problems: [] };
  const missing = tour.stops.flatMap((stop, i) =>
    eventIds.has(stop.event) ? [] : [`Stop ${i + 1}: there is no event "${stop.event}" in this dataset.`],
  );
  if (missing.length) {
    return {
      ok: false,
      title: `This tour names ${plural(missing.length, 'event')} this dataset does not have.`,
      problems: missing,
    };
  }
  if (tour.stops.length > MAX_STOPS) {
    return {
      ok: false,
      title: `This tour has ${tour.stops.length} stops; a tour can have at most ${MAX_STOPS}.`,
      problems: [],
    };
  }
  const notes = others.length
    ? [`This file holds ${plural(others.length + 1, 'tour')}; the first, "${tour.title}", was opened.`]
    : [];
  return { ok: true, tour, notes };
}

const draftSchema = z.object({
  title: z.string().check(z.maxLength(200)),
  description: z.string().check(z.maxLength(2000)),
  stops: z
    .array(
      z.object({
        event: z.string(),
        note: z.string().check(z.maxLength(1000)),
        map: tourStopSchema.shape.map,
        window: tourStopSchema.shape.window,
      }),
    )
    .check(z.maxLength(MAX_STOPS)),
});

/** Reads a draft kept in the browser's storage; null if it is missing or from another version. */
export function parseDraft(text: string | null): TourDraft | null {
  if (!text) return null;
  try {
    const parsed = draftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function serializeDraft(draft: TourDraft): string {
  return JSON.stringify(draft);
}
