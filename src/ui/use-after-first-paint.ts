import { useEffect, useState } from 'react';

/**
 * False until the page has painted and the browser has a moment to spare (or a second has passed), then true: for
 * parts of the page no one needs at first sight, so that their code loads and renders after the first view. Also
 * false in a prerendered page and while it hydrates.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(function waitForIdle() {
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => setReady(true), { timeout: 1000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(() => setReady(true), 200);
    return () => window.clearTimeout(timer);
  }, []);
  return ready;
}
