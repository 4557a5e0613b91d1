import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether `query` matches, following the window as it changes. False on the server and while a prerendered page
 * hydrates (the HTML was rendered for no screen in particular), so that only what follows hydration depends on it.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}
