import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False on the server and while a prerendered page hydrates, true in every render after (and at once in a page
 * rendered afresh): for what must wait until the page runs, like Leaflet, without breaking the match with the HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
