import type * as z from 'zod/mini';

/** One thing wrong with a data file, in words a teacher understands. */
export interface Problem {
  /** Where it is, e.g. `Event 13 ("obama-visits-rangoon"), field start`. */
  where: string;
  message: string;
}

const NOUNS: Record<string, string> = {
  events: 'Event',
  categories: 'Category',
  sources: 'Source',
  places: 'place',
  series: 'Series',
  entries: 'entry',
  levels: 'Level',
  tours: 'Tour',
  stops: 'stop',
};

function describePath(path: readonly PropertyKey[], input: unknown): string {
  const parts: string[] = [];
  let node: unknown = input;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'string' && typeof next === 'number' && NOUNS[key] && !(key === 'sources' && i > 0)) {
      const item = node && typeof node === 'object' ? (node as unknown[])[next] : undefined;
      const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      parts.push(`${NOUNS[key]} ${next + 1}${typeof id === 'string' ? ` ("${id}")` : ''}`);
      node = item;
      i++;
    } else if (typeof key === 'number') {
      parts.push(`item ${key + 1}`);
    } else {
      parts.push(`field ${String(key)}`);
    }
  }
  return parts.join(', ') || 'The file';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const received = (issue as { input?: unknown }).input;
    if (received === undefined) return 'is missing';
    return `should be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a group of fields' : `a ${issue.expected}`}, not ${received === null ? 'null' : Array.isArray(received) ? 'a list' : typeof received}`;
  }
  if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'unrecognized_keys') return `has unknown fields: ${issue.keys.join(', ')}`;
  return issue.message;
}

/** Turns zod's issues into plain sentences that name the event and field. */
export function describeProblems(error: { issues: z.core.$ZodIssue[] }, input: unknown): Problem[] {
  return error.issues.map((issue) => ({ where: describePath(issue.path, input), message: describeIssue(issue) }));
}

export function formatProblem(problem: Problem): string {
  return `${problem.where}: ${problem.message}`;
}
