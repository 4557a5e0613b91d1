import { selectLinkedView } from './selectors';
import type { AppState, LinkedView } from './store';

/** The `?data=` value that reopens the current dataset: only a file beside the app can travel in a link. */
export function selectDataParam(state: Pick<AppState, 'dataOrigin'>): string | null {
  return state.dataOrigin.kind === 'url' ? state.dataOrigin.path : null;
}

/** What the address and every link hold: the linked view, and which dataset beside the app it is a view of. */
export function selectAddressView(state: AppState): LinkedView {
  return { ...selectLinkedView(state), data: selectDataParam(state) };
}
