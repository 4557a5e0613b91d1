import type * as Mini from 'zod/mini';
import { parsePartialDate } from './dates';

/**
 * An event's schema and the pieces it is made of, made with the zod functions given: zod/mini's for the app (see
 * schema.ts), or classic zod's in the check worker (see fast-event-schema.ts). Both build the same checks in zod's
 * one core; classic zod also compiles each object's checks into one function.
 */
/** The zod functions that the event's schema is made of. */
type ZodFunctions = Pick<
  typeof Mini,
  | 'string'
  | 'number'
  | 'object'
  | 'array'
  | 'optional'
  | 'enum'
  | 'regex'
  | 'superRefine'
  | 'trim'
  | 'minLength'
  | 'maxLength'
  | 'gte'
  | 'lte'
>;

export function defineEventSchemas(z: ZodFunctions) {
  /** A stable, URL-safe identifier: lower-case words joined by hyphens. */
  const slugSchema = z
    .string()
    .check(
      z.regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'must be lower-case letters, digits and hyphens, like "obama-visits-bangkok"',
      ),
    );

  /** A calendar date at the precision known: `2012`, `2012-11` or `2012-11-19`. */
  const dateSchema = z.string().check(
    z.superRefine((value, ctx) => {
      const parsed = parsePartialDate(value);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed, input: value });
    }),
  );

  /** Trimmed text of 1 to `max` characters. */
  const text = (max: number) =>
    z
      .string()
      .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));

  /** A number in [min, max], named in the message. */
  const between = (min: number, max: number, what: string) =>
    z
      .number()
      .check(
        z.gte(min, `${what} must be between ${min} and ${max}`),
        z.lte(max, `${what} must be between ${min} and ${max}`),
      );

  const countrySchema = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be a two-letter ISO country code such as KH'));

  /** A named place. Without coordinates it is listed with its event but not drawn on the map. */
  const placeSchema = z
    .object({
      name: text(120),
      /** ISO 3166-1 alpha-2 country code, upper case. */
      country: z.optional(countrySchema),
      lat: z.optional(between(-90, 90, 'latitude')),
      lon: z.optional(between(-180, 180, 'longitude')),
      /** For journeys: where the journey starts or ends. */
      role: z.optional(z.enum(['origin', 'destination'])),
    })
    .check(
      z.superRefine((place, ctx) => {
        if ((place.lat === undefined) !== (place.lon === undefined)) {
          const missing = place.lat === undefined ? 'lat' : 'lon';
          ctx.addIssue({
            code: 'custom',
            path: [missing],
            message: 'needs both lat and lon, or neither',
            input: place,
          });
        }
      }),
    );

  const eventSchema = z.object({
    id: slugSchema,
    title: text(200),
    /** When it happened; an event without a date is listed but not drawn on the timeline. */
    start: z.optional(dateSchema),
    end: z.optional(dateSchema),
    /**
     * What `start`–`end` means: how long the event lasted (`duration`, the default), or the window of time in which
     * an event whose date is not known happened (`uncertainty`).
     */
    rangeMeans: z.optional(z.enum(['duration', 'uncertainty'])),
    category: slugSchema,
    /** Where it happened; may be empty when no place is known. */
    places: z.array(placeSchema),
    summary: text(2000),
    /** Ids of entries in the dataset's `sources`. */
    sources: z.array(slugSchema).check(z.minLength(1, 'needs at least one source')),
    confidence: z.enum(['high', 'medium', 'low']),
    /** How the date was found, wherever it is inferred rather than stated. */
    dateNote: z.optional(text(1000)),
  });

  return { slugSchema, dateSchema, text, between, countrySchema, placeSchema, eventSchema };
}
