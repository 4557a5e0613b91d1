import { useLayoutEffect, useRef, useState } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * Tracks an element's content box with a ResizeObserver. Until it is measured (on the server, and while a page
 * hydrates) the size is `initial`: a prerendered view is drawn at a likely size, then at the real one before the
 * first paint after hydration.
 */
export function useElementSize<T extends HTMLElement>(initial: Size = { width: 0, height: 0 }) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(initial);
  useLayoutEffect(function observeSize() {
    const element = ref.current;
    if (!element) return;
    const update = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size] as const;
}
