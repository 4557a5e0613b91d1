import { parseJson } from './parse';
import { describeProblems, formatProblem, type Problem } from './problems';
import { tourFileSchema, tourSchema, unknownStopEvents, type Tour, type TourFile } from './tour-schema';

/** The tours that can be shown, and a sentence naming every problem of those left out (null when none were). */
export interface ToursReading {
  tours: TourFile;
  note: string | null;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The problems of each tour by its place in the file, and those of the file as a whole (under -1); and the file as
 * the schema gives it, when the schema passes it.
 */
function checkTours(json: unknown, ids: ReadonlySet<string>) {
  const byTour = new Map<number, Problem[]>();
  const add = (tour: number, problem: Problem) => byTour.set(tour, [...(byTour.get(tour) ?? []), problem]);
  const checked = tourFileSchema.safeParse(json, { reportInput: true });
  if (!checked.success) {
    const problems = describeProblems(checked.error, json);
    checked.error.issues.forEach((issue, i) => {
      const [top, index] = issue.path;
      add(top === 'tours' && typeof index === 'number' ? index : -1, problems[i]);
    });
  }
  for (const { tour, problem } of unknownStopEvents(json, ids)) add(tour, problem);
  return { byTour, file: checked.success ? checked.data : null };
}

/** No tours, and why: the file could not be fetched or read. */
export const noTours = (reason: string): ToursReading => ({
  tours: { tours: [] },
  note: `No guided tours are shown: ${reason}`,
});

/**
 * Reads the tours file a dataset names without ever refusing the dataset: the tours with problems (a stop naming an
 * event that is not there, a field that is wrong) are left out, and the note says which and why, problem by problem,
 * as an import does. A file that cannot be read at all (not JSON, or not a list of tours) leaves out every tour.
 */
export function readTours(text: string, file: string, dataset: { events: readonly { id: string }[] }): ToursReading {
  const json = parseJson(text, file);
  if (!json.ok) return noTours(`${json.title} ${json.problems.map(formatProblem).join(' ')}`.trim());
  const { byTour, file: checked } = checkTours(json.value, new Set(dataset.events.map((e) => e.id)));
  if (byTour.size === 0 && checked) return { tours: checked, note: null };
  // In the file's order, tour by tour.
  const problems = [...byTour].sort(([a], [b]) => a - b).flatMap(([, list]) => list);
  const all = problems.map(formatProblem).join('; ');
  if (byTour.has(-1)) return noTours(`${file} has ${plural(problems.length, 'problem')}: ${all}.`);
  const raw = (json.value as { tours: unknown[] }).tours;
  const tours = raw.flatMap((tour, i): Tour[] => (byTour.has(i) ? [] : [tourSchema.parse(tour)]));
  const left = byTour.size;
  const verb = left === 1 ? 'has problems and is' : 'have problems and are';
  return { tours: { tours }, note: `${plural(left, 'tour')} in ${file} ${verb} left out: ${all}.` };
}
