import { DAY_MS } from '../data/dates';
import type { ModelEvent } from '../data/model';
import { appStore, type AppState } from './store';
import { clampWindow, selectEvent, setTimeWindow } from './actions';
import { selectTimedEvents, selectTimeWindow } from './selectors';

/** Once the playhead passes this fraction of the window, the window slides on so the playhead sits at FOLLOW_AT. */
const FOLLOW_FROM = 0.8;
const FOLLOW_AT = 0.2;

/** Where playback begins: the playhead if there is one, else the window's start, but not before the first event. */
function startingPoint(state: AppState): number {
  if (state.playhead !== null) return state.playhead;
  const [from] = selectTimeWindow(state);
  const [first, last] = state.model!.extent;
  return from < first || from >= last ? first : from;
}

/** Keeps the playhead in view: a playhead outside the window, or past its 80 %, brings the window to it at 20 %. */
function followPlayhead(playhead: number) {
  const [from, to] = selectTimeWindow(appStore.getState());
  const width = to - from;
  if (playhead >= from && playhead <= from + width * FOLLOW_FROM) return;
  const start = playhead - width * FOLLOW_AT;
  const next = clampWindow([start, start + width]);
  // At the edge of the allowed range the window cannot slide further; writing it again would only re-render.
  if (next[0] !== from || next[1] !== to) setTimeWindow(next);
}

/** Plays from the playhead, or from the window's start; a playhead left at the end starts again from the beginning. */
export function startPlayback() {
  const state = appStore.getState();
  if (!state.model) return;
  const [first, last] = state.model.extent;
  const from = startingPoint(state);
  const playhead = from >= last ? first : from;
  appStore.setState({ playhead, playing: true });
  followPlayhead(playhead);
}

/** Stops moving; the playhead stays, and so does what it revealed. */
export function pausePlayback() {
  if (appStore.getState().playing) appStore.setState({ playing: false });
}

export function togglePlayback() {
  if (appStore.getState().playing) pausePlayback();
  else startPlayback();
}

/** Leaves playback: the playhead goes, and every filtered event shows again. */
export function stopPlayback() {
  appStore.setState({ playhead: null, playing: false });
}

/** Sets how many days of history pass per second of playback. */
export function setPlaybackSpeed(daysPerSecond: number) {
  if (Number.isFinite(daysPerSecond) && daysPerSecond > 0) appStore.setState({ speed: daysPerSecond });
}

/** Moves the playhead on by `ms` of real time at the playback speed; the window follows; at the dataset's end it pauses. */
export function advancePlayhead(ms: number) {
  const state = appStore.getState();
  if (!state.model || state.playhead === null || !(ms > 0)) return;
  const end = state.model.extent[1];
  const playhead = Math.min(end, state.playhead + (state.speed * DAY_MS * ms) / 1000);
  appStore.setState({ playhead, playing: state.playing && playhead < end });
  followPlayhead(playhead);
}

/**
 * The event a step lands on. Events that start together are taken one by one, in time order, from the selected one;
 * otherwise forward goes to the first event that starts at or after `time` (an event the playhead has just reached has
 * not been shown yet), and back to the last that starts before it.
 */
export function findStepTarget(
  events: ModelEvent[],
  time: number,
  selectedId: string | null,
  direction: 1 | -1,
): ModelEvent | null {
  const selected = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
  if (selected !== -1 && events[selected].startMs === time) return events[selected + direction] ?? null;
  if (direction === 1) return events.find((e) => e.startMs >= time) ?? null;
  return events.findLast((e) => e.startMs < time) ?? null;
}

/**
 * Jumps the playhead to the start of the next (1) or previous (-1) filtered event and selects it. Returns false when
 * there is none; stepping forward past the last event pauses playback.
 */
export function stepPlayhead(direction: 1 | -1): boolean {
  const state = appStore.getState();
  if (!state.model) return false;
  const target = findStepTarget(selectTimedEvents(state), startingPoint(state), state.selectedId, direction);
  if (!target) {
    if (direction === 1) pausePlayback();
    return false;
  }
  appStore.setState({ playhead: target.startMs });
  followPlayhead(target.startMs);
  selectEvent(target.id);
  return true;
}
