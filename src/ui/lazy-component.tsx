import { lazy, useState, type ComponentType } from 'react';

/**
 * A component whose code loads on demand, like React.lazy, but which renders at once when its code has already
 * arrived (it was preloaded). React.lazy suspends even then, and React holds each Suspense reveal back for up to
 * 300 ms: with a preloaded map that was most of the time between the timeline and the map appearing.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed load (a dropped connection) may be tried again on the next render.
        loading = null;
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function LazyComponent(props: P) {
    // Chosen once per mount: switching from one to the other would mount the view afresh.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? (Lazy as unknown as ComponentType<P>));
    return <Component {...props} />;
  }
  return { Component: LazyComponent, preload };
}
