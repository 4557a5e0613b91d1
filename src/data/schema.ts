import * as z from 'zod';
import { endOf, parsePartialDate, startOf } from './dates';

/** A stable, URL-safe identifier: lower-case words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens, like "obama-visits-bangkok"');

/** A calendar date at the precision known: `2012`, `2012-11` or `2012-11-19`. */
export const dateSchema = z.string().superRefine((value, ctx) => {
  const parsed = parsePartialDate(value);
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
});

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross'] as const;

export const categorySchema = z.object({
  id: slugSchema,
  label: text(60),
  /** A CSS hex colour, e.g. `#1f77b4`. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4'),
  shape: z.enum(SHAPES),
  description: text(300).optional(),
});

export const placeSchema = z.object({
  name: text(120),
  /** ISO 3166-1 alpha-2 country code, upper case. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO country code such as KH'),
  lat: z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
  lon: z
    .number()
    .min(-180, 'longitude must be between -180 and 180')
    .max(180, 'longitude must be between -180 and 180'),
  /** For journeys: where the journey starts or ends. */
  role: z.enum(['origin', 'destination']).optional(),
});

const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http or https address' });

export const sourceSchema = z.object({
  id: slugSchema,
  title: text(300),
  publisher: text(200),
  author: text(200).optional(),
  date: dateSchema.optional(),
  /** The file name of the source document as it was collected. */
  file: text(200).optional(),
  url: httpUrlSchema.optional(),
  description: text(1000).optional(),
});

export const eventSchema = z.object({
  id: slugSchema,
  title: text(200),
  start: dateSchema,
  end: dateSchema.optional(),
  category: slugSchema,
  places: z.array(placeSchema).min(1, 'needs at least one place'),
  summary: text(2000),
  /** Ids of entries in the dataset's `sources`. */
  sources: z.array(slugSchema).min(1, 'needs at least one source'),
  confidence: z.enum(['high', 'medium', 'low']),
  /** How the date was found, wherever it is inferred rather than stated. */
  dateNote: text(1000).optional(),
});

export const bandRefSchema = z.object({
  /** A band file beside the dataset, e.g. `tip-tiers.json`. */
  file: z.string().regex(/^[\w.-]+\.json$/, 'must be a .json file name beside the dataset'),
  /** Which series of that file to draw along the time axis. */
  series: slugSchema,
});

export const metaSchema = z.object({
  id: slugSchema,
  title: text(200),
  description: text(2000),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
  authors: z.array(text(200)).min(1).optional(),
  license: text(100).optional(),
  band: bandRefSchema.optional(),
});

export const datasetSchema = z
  .object({
    meta: metaSchema,
    categories: z.array(categorySchema).min(1, 'needs at least one category'),
    sources: z.array(sourceSchema),
    events: z.array(eventSchema),
  })
  .superRefine((dataset, ctx) => {
    const categoryIds = new Set(dataset.categories.map((c) => c.id));
    const sourceIds = new Set(dataset.sources.map((s) => s.id));
    reportDuplicates(dataset.categories, 'categories', ctx);
    reportDuplicates(dataset.sources, 'sources', ctx);
    reportDuplicates(dataset.events, 'events', ctx);
    dataset.events.forEach((event, i) => {
      if (!categoryIds.has(event.category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'category'],
          message: `"${event.category}" is not one of the categories`,
        });
      }
      event.sources.forEach((id, j) => {
        if (!sourceIds.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['events', i, 'sources', j],
            message: `"${id}" is not one of the sources`,
          });
        }
      });
      if (event.end !== undefined && endsBeforeStart(event.start, event.end)) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'end'],
          message: `ends (${event.end}) before it starts (${event.start})`,
        });
      }
      const roles = event.places.map((p) => p.role).filter(Boolean);
      if (roles.length > 0 && !(roles.includes('origin') && roles.includes('destination'))) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'places'],
          message: 'a journey needs one place marked origin and one marked destination',
        });
      }
    });
  });

function endsBeforeStart(start: string, end: string): boolean {
  const from = parsePartialDate(start);
  const to = parsePartialDate(end);
  if (typeof from === 'string' || typeof to === 'string') return false;
  return endOf(to) <= startOf(from);
}

function reportDuplicates(items: { id: string }[], key: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `"${item.id}" is used twice` });
    seen.add(item.id);
  });
}

export const bandLevelSchema = z.object({
  id: slugSchema,
  label: text(60),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4'),
});

export const bandEntrySchema = z.object({
  /** What the entry is, e.g. "2010 report". */
  label: text(100),
  /** When the level took effect; the entry lasts until the next one starts. */
  start: dateSchema,
  level: slugSchema,
  /** Where the fact comes from: citations or http(s) addresses. */
  sources: z.array(text(500)).min(1, 'needs at least one source'),
  /** Ids of the dataset's sources that state this entry themselves. */
  statedIn: z.array(slugSchema).optional(),
  note: text(1000).optional(),
});

export const bandSeriesSchema = z.object({
  id: slugSchema,
  label: text(100),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO country code such as KH'),
  entries: z.array(bandEntrySchema).min(1),
});

/** A categorical status over time (such as a yearly ranking), drawn as a band along the time axis. */
export const bandFileSchema = z
  .object({
    title: text(200),
    description: text(2000),
    levels: z.array(bandLevelSchema).min(1),
    series: z.array(bandSeriesSchema).min(1),
  })
  .superRefine((band, ctx) => {
    const levels = new Set(band.levels.map((l) => l.id));
    band.series.forEach((series, i) =>
      series.entries.forEach((entry, j) => {
        if (!levels.has(entry.level)) {
          ctx.addIssue({
            code: 'custom',
            path: ['series', i, 'entries', j, 'level'],
            message: `"${entry.level}" is not one of the levels`,
          });
        }
        const previous = series.entries[j - 1];
        if (previous && previous.start >= entry.start) {
          ctx.addIssue({
            code: 'custom',
            path: ['series', i, 'entries', j, 'start'],
            message: 'entries must be in time order',
          });
        }
      }),
    );
  });

export type Category = z.infer<typeof categorySchema>;
export type Place = z.infer<typeof placeSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type BandFile = z.infer<typeof bandFileSchema>;
export type BandRef = z.infer<typeof bandRefSchema>;
