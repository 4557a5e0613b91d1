// zod/mini: the same schemas as classic zod at a quarter of the bundle size (7 KB gzipped instead of 26 KB).
import * as z from 'zod/mini';
import { endOf, parsePartialDate, startOf } from './dates';
import { defineEventSchemas } from './event-schema';

// The functions by name: the zod/mini namespace passed as a value would keep all of zod/mini in the bundle.
const eventSchemas = defineEventSchemas({
  string: z.string,
  number: z.number,
  object: z.object,
  array: z.array,
  optional: z.optional,
  enum: z.enum,
  regex: z.regex,
  superRefine: z.superRefine,
  trim: z.trim,
  minLength: z.minLength,
  maxLength: z.maxLength,
  gte: z.gte,
  lte: z.lte,
});
export const { slugSchema, dateSchema, text, between, placeSchema, eventSchema } = eventSchemas;
const { countrySchema } = eventSchemas;

const colorSchema = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4'));
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye'] as const;

export const categorySchema = z.object({
  id: slugSchema,
  label: text(60),
  /** A CSS hex colour, e.g. `#1f77b4`. */
  color: colorSchema,
  shape: z.enum(SHAPES),
  description: z.optional(text(300)),
});

const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http or https address' });

export const sourceSchema = z.object({
  id: slugSchema,
  title: text(300),
  publisher: text(200),
  author: z.optional(text(200)),
  date: z.optional(dateSchema),
  /** The file name of the source document as it was collected. */
  file: z.optional(text(200)),
  url: z.optional(httpUrlSchema),
  description: z.optional(text(1000)),
});

export const bandRefSchema = z.object({
  /** A band file beside the dataset, e.g. `tip-tiers.json`. */
  file: z.string().check(z.regex(/^[\w.-]+\.json$/, 'must be a .json file name beside the dataset')),
  /** Which series of that file to draw along the time axis. */
  series: slugSchema,
});

export const metaSchema = z.object({
  id: slugSchema,
  title: text(200),
  description: text(2000),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0')),
  authors: z.optional(z.array(text(200))),
  license: z.optional(text(100)),
  band: z.optional(bandRefSchema),
  /** A tours file beside the dataset, e.g. `tours.json`. */
  tours: z.optional(z.string().check(z.regex(/^[\w.-]+\.json$/, 'must be a .json file name beside the dataset'))),
});

type Ctx = z.core.$RefinementCtx;

function endsBeforeStart(start: string, end: string): boolean {
  const from = parsePartialDate(start);
  const to = parsePartialDate(end);
  if (typeof from === 'string' || typeof to === 'string') return false;
  return endOf(to) <= startOf(from);
}

function reportDuplicates(items: { id: string }[], key: string, ctx: Ctx) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `"${item.id}" is used twice`, input: item.id });
    seen.add(item.id);
  });
}

/** What a dataset is checked for beyond each part's own schema: ids that are unique and refer to something. */
function checkReferences(dataset: Dataset, ctx: Ctx) {
  const categoryIds = new Set(dataset.categories.map((c) => c.id));
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  reportDuplicates(dataset.categories, 'categories', ctx);
  reportDuplicates(dataset.sources, 'sources', ctx);
  reportDuplicates(dataset.events, 'events', ctx);
  dataset.events.forEach((event, i) => {
    const issue = (path: PropertyKey[], message: string) =>
      ctx.addIssue({ code: 'custom', path: ['events', i, ...path], message, input: event });
    if (!categoryIds.has(event.category)) issue(['category'], `"${event.category}" is not one of the categories`);
    event.sources.forEach((id, j) => {
      if (!sourceIds.has(id)) issue(['sources', j], `"${id}" is not one of the sources`);
    });
    if (event.end !== undefined && event.start === undefined) issue(['end'], 'has an end but no start');
    if (event.end !== undefined && event.start !== undefined && endsBeforeStart(event.start, event.end)) {
      issue(['end'], `ends (${event.end}) before it starts (${event.start})`);
    }
    const roles = event.places.map((p) => p.role).filter(Boolean);
    if (roles.length > 0 && !(roles.includes('origin') && roles.includes('destination'))) {
      issue(['places'], 'a journey needs one place marked origin and one marked destination');
    }
  });
}

const datasetParts = {
  meta: metaSchema,
  categories: z.array(categorySchema).check(z.minLength(1, 'needs at least one category')),
  sources: z.array(sourceSchema),
};

export const datasetSchema = z
  .object({ ...datasetParts, events: z.array(eventSchema) })
  .check(z.superRefine(checkReferences));

/**
 * The dataset checked in parts, for a large file: `events` (a list of events, checked in slices with `eventSchema`)
 * and `rest` (everything but the events' own fields, and the references between them). A file passes both exactly
 * when it passes `datasetSchema`; a file that fails is checked whole again, for the problems in `datasetSchema`'s
 * order and words.
 */
export const datasetInParts = {
  events: z.array(eventSchema),
  rest: z
    .object({ ...datasetParts, events: z.array(z.unknown()) })
    // The events have passed `events` by then (see check-dataset.ts).
    .check(z.superRefine((dataset, ctx) => checkReferences(dataset as Dataset, ctx))),
};

export const bandLevelSchema = z.object({ id: slugSchema, label: text(60), color: colorSchema });

export const bandEntrySchema = z.object({
  /** What the entry is, e.g. "2010 report". */
  label: text(100),
  /** When the level took effect; the entry lasts until the next one starts. */
  start: dateSchema,
  level: slugSchema,
  /** Where the fact comes from: citations or http(s) addresses. */
  sources: z.array(text(500)).check(z.minLength(1, 'needs at least one source')),
  /** Ids of the dataset's sources that state this entry themselves. */
  statedIn: z.optional(z.array(slugSchema)),
  note: z.optional(text(1000)),
});

export const bandSeriesSchema = z.object({
  id: slugSchema,
  label: text(100),
  country: countrySchema,
  entries: z.array(bandEntrySchema).check(z.minLength(1, 'needs at least one entry')),
});

/** A categorical status over time (such as a yearly ranking), drawn as a band along the time axis. */
export const bandFileSchema = z
  .object({
    title: text(200),
    description: text(2000),
    levels: z.array(bandLevelSchema).check(z.minLength(1, 'needs at least one level')),
    series: z.array(bandSeriesSchema).check(z.minLength(1, 'needs at least one series')),
  })
  .check(
    z.superRefine((band, ctx) => {
      const levels = new Set(band.levels.map((l) => l.id));
      band.series.forEach((series, i) =>
        series.entries.forEach((entry, j) => {
          const path = ['series', i, 'entries', j];
          if (!levels.has(entry.level)) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'level'],
              message: `"${entry.level}" is not one of the levels`,
              input: entry,
            });
          }
          const previous = series.entries[j - 1];
          if (previous && previous.start >= entry.start) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'start'],
              message: 'entries must be in time order',
              input: entry,
            });
          }
        }),
      );
    }),
  );

export type Category = z.infer<typeof categorySchema>;
export type Place = z.infer<typeof placeSchema>;
/** A place with coordinates: one that can be drawn on a map. */
export type LocatedPlace = Place & { lat: number; lon: number };
export type Source = z.infer<typeof sourceSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type BandFile = z.infer<typeof bandFileSchema>;
export type BandRef = z.infer<typeof bandRefSchema>;
