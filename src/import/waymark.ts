import type * as z from 'zod/mini';
import { categorySchema, metaSchema, sourceSchema } from '../data/schema';
import { describeProblems, type Problem } from '../data/problems';
import type { Candidate, Reading } from './candidate';
import { isObject, kindOf, type Json } from './json-fields';

type Issue = z.core.$ZodIssue;

/** Problems worded exactly as when the app loads a dataset (`Event 13 ("id"), field start`), at `prefix` in the file. */
function problemsAt(json: Json, prefix: PropertyKey[], issues: Issue[]): Problem[] {
  return describeProblems({ issues: issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })) }, json);
}

const whereAt = (json: Json, path: PropertyKey[]) =>
  problemsAt(json, path, [{ code: 'custom', path: [], message: '', input: undefined }])[0].where;

/** The valid items of a list (categories, sources), with a problem for each invalid or repeated one. */
function salvageList<T extends { id: string }>(
  json: Json,
  key: 'categories' | 'sources',
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } } },
  problems: Problem[],
): T[] {
  const items = json[key];
  if (!Array.isArray(items)) {
    problems.push({
      where: whereAt(json, [key]),
      message: items === undefined ? 'is missing' : `should be a list, not ${kindOf(items)}`,
    });
    return [];
  }
  const valid = new Map<string, T>();
  items.forEach((item, i) => {
    const result = schema.safeParse(item);
    if (!result.success) return void problems.push(...problemsAt(json, [key, i], result.error.issues));
    if (valid.has(result.data.id)) {
      problems.push({ where: whereAt(json, [key, i, 'id']), message: `"${result.data.id}" is used twice` });
    } else valid.set(result.data.id, result.data);
  });
  return [...valid.values()];
}

/**
 * Reads Waymark's own JSON with the dataset schema, item by item, so that one bad event (or category, or source)
 * does not keep the rest from opening. A file's band and tours are dropped: they name files beside the dataset,
 * and an opened file has nothing beside it.
 */
export function readWaymark(json: Json, fileName: string): Reading {
  const problems: Problem[] = [];
  const meta = metaSchema.safeParse(json.meta);
  if (!meta.success) problems.push(...problemsAt(json, ['meta'], meta.error.issues));
  const categories = salvageList(json, 'categories', categorySchema, problems);
  const sources = salvageList(json, 'sources', sourceSchema, problems);
  const events = Array.isArray(json.events) ? json.events : [];
  const candidates = events.map((item: unknown, i): Candidate => {
    const where = (path: readonly PropertyKey[]) => whereAt(json, ['events', i, ...path]);
    if (isObject(item)) return { event: item, where, problems: [] };
    return {
      event: {},
      where,
      problems: [{ where: where([]), message: `should be a group of fields, not ${kindOf(item)}` }],
    };
  });
  if (!candidates.length) {
    const fatal = `${fileName} has no events: its "events" list is ${Array.isArray(json.events) ? 'empty' : 'missing'}.`;
    return { candidates, categories: [], sources: [], problems, fatal };
  }
  const reading: Reading = { candidates, categories, sources, problems, generateIds: false };
  if (meta.success) {
    const ownMeta = { ...meta.data };
    delete ownMeta.band;
    delete ownMeta.tours;
    reading.meta = ownMeta;
  }
  return reading;
}
