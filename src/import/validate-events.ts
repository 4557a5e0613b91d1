import type * as z from 'zod/mini';
import { datasetSchema, type Category, type Dataset, type EventRecord, type Source } from '../data/schema';
import { describeProblems, type Problem } from '../data/problems';
import type { Candidate } from './candidate';

/** Events validated per call: a few hundred keep each call short, so progress can be reported between them. */
export const CHUNK_SIZE = 500;

export interface Context {
  meta: Dataset['meta'];
  categories: Category[];
  sources: Source[];
}

export type Outcome = { event: EventRecord } | { problems: Problem[] };

/** The problems of one candidate, in the reader's words where it had some for a field. */
function problemsOf(candidate: Candidate, issues: z.core.$ZodIssue[], input: unknown): Problem[] {
  const known = new Set(candidate.problems.map((p) => p.where));
  const found = issues.map((issue) => ({
    where: candidate.where(issue.path.slice(2)),
    message: describeProblems({ issues: [issue] }, input)[0].message,
  }));
  // A field the reader could not read was left out, so the schema may call it missing: the reader's word stands.
  return [...candidate.problems, ...found.filter((p) => !known.has(p.where))];
}

/**
 * Validates events as one dataset with the file's categories and sources, so the dataset schema's own rules
 * (unknown category or source, end before start, journeys) speak for each event, in their words. The events given
 * must have distinct ids; a repeated id is the caller's to report.
 */
export function validateChunk(
  entries: { candidate: Candidate; event: Record<string, unknown> }[],
  context: Context,
): Outcome[] {
  const input = { ...context, events: entries.map((e) => e.event) };
  const result = datasetSchema.safeParse(input, { reportInput: true });
  const issues = new Map<number, z.core.$ZodIssue[]>();
  for (const issue of result.error?.issues ?? []) {
    // Only issues inside an event: the categories and sources were checked before they were offered.
    if (issue.path[0] !== 'events' || typeof issue.path[1] !== 'number') continue;
    // Ids are distinct here but for ones that are not text at all, and those are reported for that.
    if (issue.path[2] === 'id' && issue.message.endsWith('is used twice')) continue;
    issues.set(issue.path[1], [...(issues.get(issue.path[1]) ?? []), issue]);
  }
  const outcomes: (Outcome | undefined)[] = entries.map(({ candidate }, i) =>
    issues.has(i) || candidate.problems.length
      ? { problems: problemsOf(candidate, issues.get(i) ?? [], input) }
      : undefined,
  );
  // zod returns no data when any event fails, and the valid ones need its output (trimmed text): read them again.
  const valid = entries.filter((_, i) => !outcomes[i]);
  // A row the reader found fault with can still pass the schema (it left the bad field out): skip its output too.
  const parsed = result.success
    ? result.data.events.filter((_, i) => !outcomes[i])
    : valid.length
      ? validateValid(valid, context)
      : [];
  let next = 0;
  return outcomes.map((outcome) => outcome ?? { event: parsed[next++] });
}

function validateValid(entries: { event: Record<string, unknown> }[], context: Context): EventRecord[] {
  return datasetSchema.parse({ ...context, events: entries.map((e) => e.event) }).events;
}
