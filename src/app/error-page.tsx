import { Suspense, lazy } from 'react';
import type { LoadFailure } from '../data/load-result';
import { useAppStore } from '../state/use-app-store';

/** The list of problems loads with the failure: what went wrong is said at once, in the heading and the alert. */
const ProblemList = lazy(() => import('./problem-list').then((m) => ({ default: m.ProblemList })));

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
        <Suspense fallback={<p>Listing the problems…</p>}>
          <ProblemList problems={failure.problems} />
        </Suspense>
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
