import type { LoadFailure } from '../data/load-result';
import { formatProblem } from '../data/problems';
import { useAppStore } from '../state/use-app-store';

const SHOWN = 50;

/** A readable page for a dataset that could not be loaded: what is wrong, where, and what to do. */
export function ErrorPage({ failure }: { failure: LoadFailure }) {
  // A link's `?data=` named the dataset: the one shipped with the app is a click away.
  const fromLink = useAppStore((s) => s.dataOrigin.kind === 'url');
  return (
    <main className="error-page" id="main">
      <h1>The dataset could not be opened</h1>
      <p className="error-title" role="alert">
        {failure.title}
      </p>
      {failure.problems.length > 0 && (
        <>
          <h2>Problems found</h2>
          <ul>
            {failure.problems.slice(0, SHOWN).map((problem, i) => (
              <li key={i}>{formatProblem(problem)}</li>
            ))}
          </ul>
          {failure.problems.length > SHOWN && <p>…and {failure.problems.length - SHOWN} more.</p>}
        </>
      )}
      <p>
        Fix the file <code>{failure.file}</code> and reload the page. <code>npm run validate</code> lists every problem
        in the data files.
      </p>
      {fromLink && (
        <p>
          <a href={window.location.pathname}>Open the bundled dataset instead</a>
        </p>
      )}
    </main>
  );
}
