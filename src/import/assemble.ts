import type { Dataset, EventRecord } from '../data/schema';
import type { Problem } from '../data/problems';
import type { ImportFormat, ImportResult } from './import-types';
import type { Candidate, Reading } from './candidate';
import { createImportMeta } from './import-meta';
import type { ReportProgress } from './progress';
import { createIdAllocator, slugify } from './slug';
import { CHUNK_SIZE, validateChunk, type Context, type Outcome } from './validate-events';

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
 * Every candidate's outcome. Those with an id seen before are refused for it, and validated in a later round of
 * their own, so that each round's events have distinct ids and the schema's only complaints are about each event.
 */
function validateAll(candidates: Candidate[], ids: unknown[], context: Context, report: ReportProgress): Outcome[] {
  const outcomes: Outcome[] = new Array(candidates.length);
  const firstWith = new Map<unknown, number>();
  const seen = new Map<unknown, number>();
  const rounds: number[][] = [];
  candidates.forEach((candidate, i) => {
    const whole = candidate.where([]);
    if (candidate.problems.some((p) => p.where === whole)) return void (outcomes[i] = { problems: candidate.problems });
    const round = typeof ids[i] === 'string' ? (seen.get(ids[i]) ?? 0) : 0;
    seen.set(ids[i], round + 1);
    (rounds[round] ??= []).push(i);
    if (!firstWith.has(ids[i])) firstWith.set(ids[i], i);
  });
  let done = 0;
  for (const round of rounds) {
    for (let start = 0; start < round.length; start += CHUNK_SIZE) {
      const chunk = round.slice(start, start + CHUNK_SIZE);
      const checked = validateChunk(
        chunk.map((i) => ({ candidate: candidates[i], event: { ...candidates[i].event, id: ids[i] } })),
        context,
      );
      chunk.forEach((i, k) => (outcomes[i] = checked[k]));
      done += chunk.length;
      report('validating', done / candidates.length);
    }
  }
  candidates.forEach((candidate, i) => {
    const first = firstWith.get(ids[i]);
    if (first === undefined || first === i || typeof ids[i] !== 'string') return;
    const duplicate = {
      where: candidate.where(['id']),
      message: `"${ids[i]}" is used twice (first in ${candidates[first].where([])})`,
    };
    const outcome = outcomes[i];
    outcomes[i] = { problems: [duplicate, ...('problems' in outcome ? outcome.problems : [])] };
  });
  return outcomes;
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
  const ids = assignIds(candidates, reading.generateIds ?? true);
  report('validating', 0);
  const outcomes = validateAll(
    candidates,
    ids,
    { meta, categories: reading.categories, sources: reading.sources },
    report,
  );
  report('validating', 1);
  const events: EventRecord[] = [];
  const problems: Problem[] = [...reading.problems];
  for (const outcome of outcomes) {
    if ('event' in outcome) events.push(outcome.event);
    else problems.push(...outcome.problems);
  }
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
