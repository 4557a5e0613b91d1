import type { Problem } from '../data/problems';
import { formatProblem } from '../data/problems';

const SHOWN = 50;

/** The problems found in a dataset, the first fifty of them, each saying where it is. */
export function ProblemList({ problems }: { problems: Problem[] }) {
  return (
    <>
      <h2>Problems found</h2>
      <ul>
        {problems.slice(0, SHOWN).map((problem, i) => (
          <li key={i}>{formatProblem(problem)}</li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>…and {problems.length - SHOWN} more.</p>}
    </>
  );
}
