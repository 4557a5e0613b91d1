import { StrictMode, Suspense, lazy, useLayoutEffect, useRef } from 'react';
import { App } from './app';
import { ViewBoundary } from './view-boundary';

const PresenterView = lazy(() => import('../present/presenter-view').then((m) => ({ default: m.PresenterView })));

interface RootProps {
  baseUrl: string;
  /** The teacher's second window (`?presenter=1`) instead of the app. */
  presenter?: boolean;
  /**
   * Called once the first render is in the page (hydrated, for a prerendered one), before the browser paints it:
   * a link's own view set here replaces the prerendered one without a frame of the wrong content.
   */
  onShown?: () => void;
}

function Shown({ onShown }: { onShown: () => void }) {
  const called = useRef(false);
  useLayoutEffect(() => {
    if (called.current) return;
    called.current = true;
    onShown();
  }, [onShown]);
  return null;
}

/** The whole page, as the browser renders or hydrates it and as the build prerenders it (render-page.tsx). */
export function Root({ baseUrl, presenter = false, onShown }: RootProps) {
  return (
    <StrictMode>
      <ViewBoundary name="App">
        {presenter ? (
          <Suspense fallback={<p>Loading the presenter view…</p>}>
            <PresenterView />
          </Suspense>
        ) : (
          <App baseUrl={baseUrl} />
        )}
      </ViewBoundary>
      {onShown && <Shown onShown={onShown} />}
    </StrictMode>
  );
}
