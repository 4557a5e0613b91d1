import { useDebugValue, useSyncExternalStore } from 'react';
import { appStore, type AppState } from './store';

const getState = () => appStore.getState();

/**
 * Reads the app store with a small selector; wrap selectors that build arrays in `useShallow`. Hydrating a prerendered
 * page reads the store as it is (zustand's own hook would read the state the store was created with, "loading"): the
 * page puts the prerendered model and view in the store before it hydrates.
 */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const read = () => selector(getState());
  const slice = useSyncExternalStore(appStore.subscribe, read, read);
  useDebugValue(slice);
  return slice;
}
