import { bisector } from 'd3-array';
import type { ModelEvent } from '../data/model';
import type { AppState } from './store';
import { selectFilteredEvents, selectTimedEvents } from './selectors';

const byStart = bisector((event: ModelEvent) => event.startMs);

let lastFiltered: ModelEvent[] | null = null;
let lastResult: ModelEvent[] = [];

/**
 * The filtered events that have begun by the playhead (all of them when there is no playhead), in time order. The
 * playhead moves every frame, but the result is the same array until an event is added or taken away, so the map
 * redraws only then.
 */
export function selectEventsUntilPlayhead(state: Pick<AppState, 'model' | 'filters' | 'playhead'>): ModelEvent[] {
  if (state.playhead === null) return selectFilteredEvents(state);
  const filtered = selectTimedEvents(state);
  // The filtered events keep the model's order, by start, so those that have begun are a prefix.
  const count = byStart.right(filtered, state.playhead);
  if (filtered === lastFiltered && count === lastResult.length) return lastResult;
  lastFiltered = filtered;
  lastResult = count === filtered.length ? filtered : filtered.slice(0, count);
  return lastResult;
}

/** True when the event has not begun yet at the playhead. */
export function isAfterPlayhead(event: ModelEvent, playhead: number | null): boolean {
  return playhead !== null && event.startMs > playhead;
}
