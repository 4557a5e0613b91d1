import { datasetSchema, type Category, type Dataset, type EventRecord, type Source } from '../data/schema';
import { describeProblems, type Problem } from '../data/problems';
import type { ImportFormat, ImportResult } from './import-types';
import type { Candidate, Reading } from './candidate';
import { createImportMeta } from './import-meta';
import type { ReportProgress } from './progress';
import { createIdAllocator, slugify } from './slug';

const hasId = (candidate: Candidate) => typeof candidate.event.id === 'string' && candidate.event.id !== '';

/** Ids for every candidate: its own where it has one, else one made from its title that no other event uses. */
function assignIds(candidates: Candidate[], generate: boolean): unknown[] {
  if (!generate) return candidates.map((c) => c.event.id);
  const allocate = createIdAllocator(candidates.filter(hasId).map((c) => c.event.id as string));
  return candidates.map((c) => {
    if (hasId(c)) return c.event.id as string;
    const title = typeof c.event.title === 'string' ? c.event.title : '';
    return allocate(slugify(title) || 'event');
  });
}

/**
 * Validates one event as a dataset of its own, holding just the categories and sources it names: the dataset
 * schema's own rules (unknown category or source, end before start, journeys) then speak for it, in their words.
 */
function validateEvent(
  event: Record<string, unknown>,
  candidate: Candidate,
  meta: Dataset['meta'],
  categories: Map<string, Category>,
  sources: Map<string, Source>,
): { event: EventRecord } | { problems: Problem[] } {
  const cited = Array.isArray(event.sources) ? event.sources : [];
  const input = {
    meta,
    categories: [categories.get(event.category as string)].filter(Boolean),
    sources: [...new Set(cited)].map((id) => sources.get(id as string)).filter(Boolean),
    events: [event],
  };
  const whole = candidate.where([]);
  if (candidate.problems.some((p) => p.where === whole)) return { problems: candidate.problems };
  const result = datasetSchema.safeParse(input, { reportInput: true });
  if (result.success && !candidate.problems.length) return { event: result.data.events[0] };
  const known = new Set(candidate.problems.map((p) => p.where));
  // Issues outside the event (no category at all when it names an unknown one) only echo the event's own.
  const issues = (result.error?.issues ?? []).filter((issue) => issue.path[0] === 'events');
  const found = issues.map((issue) => ({
    where: candidate.where(issue.path.slice(2)),
    message: describeProblems({ issues: [issue] }, input)[0].message,
  }));
  // A field the reader could not read was left out, so the schema may call it missing: the reader's word stands.
  return { problems: [...candidate.problems, ...found.filter((p) => !known.has(p.where))] };
}

/** Checks every candidate and builds a dataset of the valid ones, with the categories and sources they use. */
export function assembleResult(
  format: ImportFormat,
  fileName: string,
  reading: Reading,
  report: ReportProgress = () => {},
): ImportResult {
  const { candidates } = reading;
  if (reading.fatal) {
    const total = reading.total ?? candidates.length;
    return { format, dataset: null, total, valid: 0, problems: reading.problems, fatal: reading.fatal };
  }
  const meta = reading.meta ?? createImportMeta(fileName, format, reading.title);
  const categories = new Map(reading.categories.map((c) => [c.id, c]));
  const sources = new Map(reading.sources.map((s) => [s.id, s]));
  const ids = assignIds(candidates, reading.generateIds ?? true);
  const firstWith = new Map<unknown, Candidate>();
  const events: EventRecord[] = [];
  const problems = [...reading.problems];
  candidates.forEach((candidate, i) => {
    report('validating', i / candidates.length);
    const id = ids[i];
    const first = typeof id === 'string' ? firstWith.get(id) : undefined;
    if (!first) firstWith.set(id, candidate);
    const duplicate = first && {
      where: candidate.where(['id']),
      message: `"${String(id)}" is used twice (first in ${first.where([])})`,
    };
    const checked = validateEvent({ ...candidate.event, id }, candidate, meta, categories, sources);
    if ('event' in checked && !duplicate) events.push(checked.event);
    else problems.push(...(duplicate ? [duplicate] : []), ...('problems' in checked ? checked.problems : []));
  });
  report('validating', 1);
  const used = new Set(events.flatMap((e) => [e.category, ...e.sources]));
  const dataset: Dataset | null = events.length
    ? {
        meta,
        categories: reading.categories.filter((c) => used.has(c.id)),
        sources: reading.sources.filter((s) => used.has(s.id)),
        events,
      }
    : null;
  return { format, dataset, total: candidates.length, valid: events.length, problems };
}
