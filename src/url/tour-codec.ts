// The default import: lz-string is CommonJS, and Node (the build's prerender) gives it no named exports.
import LZString from 'lz-string';
import * as z from 'zod/mini';
import { tourStopSchema, type Tour } from '../data/tour-schema';
import { CUSTOM_TOUR_ID } from '../state/store';

/** The compact form a home-made tour takes in a link: short keys, then LZ-compressed into URL-safe text. */
const compactTourSchema = z.object({
  t: z.string().check(z.minLength(1), z.maxLength(200)),
  d: z.optional(z.string().check(z.maxLength(2000))),
  s: z
    .array(z.tuple([z.string(), z.optional(z.string().check(z.maxLength(1000)))]))
    .check(z.minLength(1), z.maxLength(200)),
});

export function encodeCustomTour(tour: Pick<Tour, 'title' | 'description' | 'stops'>): string {
  const compact = {
    t: tour.title,
    d: tour.description || undefined,
    s: tour.stops.map((stop) => (stop.note?.trim() ? [stop.event, stop.note] : [stop.event])),
  };
  return LZString.compressToEncodedURIComponent(JSON.stringify(compact));
}

/** Reads a home-made tour from a link; null if it is damaged or names events this dataset does not have. */
export function decodeCustomTour(text: string, eventIds: Pick<ReadonlySet<string>, 'has'>): Tour | null {
  let json: unknown;
  try {
    json = JSON.parse(LZString.decompressFromEncodedURIComponent(text) ?? '');
  } catch {
    return null;
  }
  const parsed = compactTourSchema.safeParse(json);
  if (!parsed.success) return null;
  // A blank note is no note: it must not make the whole tour unreadable.
  const stops = parsed.data.s.map(([event, note]) => ({ event, ...(note?.trim() ? { note: note.trim() } : {}) }));
  if (!stops.every((stop) => eventIds.has(stop.event) && tourStopSchema.safeParse(stop).success)) return null;
  return {
    id: CUSTOM_TOUR_ID,
    title: parsed.data.t.trim() || 'My tour',
    description: parsed.data.d?.trim() || 'A tour made in Waymark.',
    stops,
  };
}
