import { useStore } from 'zustand';
import { appStore, type AppState } from './store';

/** Reads the app store with a small selector; wrap selectors that build arrays in `useShallow`. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
