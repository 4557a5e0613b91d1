import * as z from 'zod/mini';
import { between, dateSchema, slugSchema, text } from './schema';
import type { Problem } from './problems';

export const tourStopSchema = z.object({
  /** The id of the event this stop shows. */
  event: slugSchema,
  /** A short note for the teacher, shown in the presenter view and the handout. */
  note: z.optional(text(1000)),
  /** Where the map looks; without it the map fits the event. */
  map: z.optional(
    z.object({
      lat: between(-85, 85, 'latitude'),
      lon: between(-180, 180, 'longitude'),
      zoom: between(0, 18, 'zoom'),
    }),
  ),
  /** The timeline's window; without it the timeline keeps its window, moving only to bring the event into view. */
  window: z.optional(z.object({ from: dateSchema, to: dateSchema })),
});

export const tourSchema = z.object({
  id: slugSchema,
  title: text(200),
  description: text(2000),
  stops: z.array(tourStopSchema).check(z.minLength(1, 'needs at least one stop')),
});

/** Guided tours through a dataset: ordered stops, each an event with an optional view and a note. */
export const tourFileSchema = z.object({ tours: z.array(tourSchema) }).check(
  z.superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.tours.forEach((tour, i) => {
      if (seen.has(tour.id))
        ctx.addIssue({
          code: 'custom',
          path: ['tours', i, 'id'],
          message: `"${tour.id}" is used twice`,
          input: tour.id,
        });
      seen.add(tour.id);
      tour.stops.forEach((stop, j) => {
        if (stop.window && stop.window.to <= stop.window.from) {
          ctx.addIssue({
            code: 'custom',
            path: ['tours', i, 'stops', j, 'window'],
            message: 'the window ends before it begins',
            input: stop.window,
          });
        }
      });
    });
  }),
);

export type TourStop = z.infer<typeof tourStopSchema>;
export type Tour = z.infer<typeof tourSchema>;
export type TourFile = z.infer<typeof tourFileSchema>;

/**
 * Every stop that names an event not in `ids`, by the place of its tour in the file: read from the JSON as it is, so
 * that a tour with other problems has this one named too. For the strict check (`parseTourFile`) and for the reading
 * that leaves such tours out (`readTours`).
 */
export function unknownStopEvents(json: unknown, ids: ReadonlySet<string>): { tour: number; problem: Problem }[] {
  const tours = (json as { tours?: unknown } | null)?.tours;
  if (!Array.isArray(tours)) return [];
  return tours.flatMap((tour: { id?: unknown; stops?: unknown } | null, i) => {
    if (!Array.isArray(tour?.stops)) return [];
    const name = `Tour ${i + 1}${typeof tour.id === 'string' ? ` ("${tour.id}")` : ''}`;
    return tour.stops.flatMap((stop: { event?: unknown } | null, j) =>
      typeof stop?.event !== 'string' || ids.has(stop.event)
        ? []
        : [
            {
              tour: i,
              problem: {
                where: `${name}, stop ${j + 1}, field event`,
                message: `"${stop.event}" is not one of the events`,
              },
            },
          ],
    );
  });
}
