import { beforeEach, describe, expect, it } from 'vitest';
import { setTimeWindow, showModel, toggleCategory } from './actions';
import {
  advancePlayhead,
  pausePlayback,
  setPlaybackSpeed,
  startPlayback,
  stepPlayhead,
  stopPlayback,
  togglePlayback,
} from './playback-actions';
import { appStore, resetAppStore } from './store';
import { selectTimeWindow } from './selectors';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';
import { buildModel } from '../../tests/fixtures/build-dataset';

const DAY = 86_400_000;
const model = loadMiniModel();
const state = () => appStore.getState();
const start = (id: string) => model.byId.get(id)!.startMs;

// The mini dataset runs from 1 January 2005 to 21 November 2012. In time order its events are:
// labour-estimate 2005, hostile-strings 2007-07-07, law-passed 2008-02, fishermen-return-home 2009-03-15,
// two-city-campaign 2010-06, roundtable-in-siem-reap 2011-05-10, visit-to-bangkok 2012-11-18,
// summit-in-phnom-penh 2012-11-19 (to 20 November). Diplomacy: hostile-strings, roundtable, visit, summit.
const EXTENT_FROM = Date.UTC(2005, 0, 1);
const EXTENT_TO = Date.UTC(2012, 10, 21);

const A = Date.UTC(2008, 0, 1);
const B = Date.UTC(2010, 0, 1); // B - A = 731 days
const WIDTH = B - A;

beforeEach(() => {
  resetAppStore();
  showModel(model);
});

describe('startPlayback, pausePlayback, stopPlayback', () => {
  it('starts at the first event when the window begins before it, leaving the window alone', () => {
    startPlayback();
    expect(state()).toMatchObject({ playhead: EXTENT_FROM, playing: true, timeWindow: null });
  });

  it("starts at the window's start when the window begins after the first event", () => {
    setTimeWindow([A, B]);
    startPlayback();
    expect(state()).toMatchObject({ playhead: A, playing: true, timeWindow: [A, B] });
  });

  it('pauses where it is, and plays on from there', () => {
    setTimeWindow([A, B]);
    startPlayback();
    advancePlayhead(1000);
    pausePlayback();
    expect(state()).toMatchObject({ playhead: A + 90 * DAY, playing: false });
    startPlayback();
    expect(state()).toMatchObject({ playhead: A + 90 * DAY, playing: true });
  });

  it('toggles between playing and paused', () => {
    togglePlayback();
    expect(state().playing).toBe(true);
    togglePlayback();
    expect(state()).toMatchObject({ playing: false, playhead: EXTENT_FROM });
  });

  it('brings the window to a playhead the user moved away from, at 20 % of it', () => {
    setTimeWindow([A, B]);
    startPlayback();
    pausePlayback();
    setTimeWindow([B, B + WIDTH]);
    startPlayback();
    expect(state().timeWindow).toEqual([A - WIDTH * 0.2, A + WIDTH * 0.8]);
  });

  it('starts again from the beginning once it has reached the end', () => {
    startPlayback();
    advancePlayhead(1e9);
    expect(state()).toMatchObject({ playhead: EXTENT_TO, playing: false });
    startPlayback();
    expect(state()).toMatchObject({ playhead: EXTENT_FROM, playing: true });
  });

  it('stop takes the playhead away', () => {
    startPlayback();
    stopPlayback();
    expect(state()).toMatchObject({ playhead: null, playing: false });
  });

  it('does nothing before a dataset is shown', () => {
    resetAppStore();
    startPlayback();
    expect(state()).toMatchObject({ playhead: null, playing: false });
  });
});

describe('advancePlayhead', () => {
  it('moves the playhead by the speed in days per second', () => {
    setTimeWindow([A, B]);
    startPlayback();
    advancePlayhead(1000);
    expect(state().playhead).toBe(A + 90 * DAY);
    setPlaybackSpeed(30);
    advancePlayhead(500);
    expect(state().playhead).toBe(A + 105 * DAY);
  });

  it('does nothing without a playhead', () => {
    advancePlayhead(1000);
    expect(state().playhead).toBeNull();
  });

  it('keeps the window while the playhead is within its first 80 %', () => {
    setTimeWindow([A, B]);
    startPlayback();
    setPlaybackSpeed(WIDTH * 0.8);
    advancePlayhead(1000 / DAY);
    expect(state().playhead).toBe(A + WIDTH * 0.8);
    expect(state().timeWindow).toEqual([A, B]);
  });

  it('slides the window, keeping its width, once the playhead passes 80 %: the playhead then sits at 20 %', () => {
    setTimeWindow([A, B]);
    startPlayback();
    setPlaybackSpeed(365);
    advancePlayhead(1000);
    expect(state().timeWindow).toEqual([A, B]);
    advancePlayhead(1000);
    const playhead = A + 730 * DAY;
    expect(state().playhead).toBe(playhead);
    expect(state().timeWindow).toEqual([playhead - WIDTH * 0.2, playhead + WIDTH * 0.8]);
  });

  it("follows from the whole dataset's window too", () => {
    startPlayback();
    const [from, to] = selectTimeWindow(state());
    setPlaybackSpeed(365);
    while (state().timeWindow === null) advancePlayhead(100);
    const [nextFrom, nextTo] = state().timeWindow!;
    // The window keeps its width and slides forward, as far as the bounds around the dataset let it.
    expect(nextTo - nextFrom).toBe(to - from);
    expect(nextFrom).toBeGreaterThan(from);
    expect(state().playhead).toBeGreaterThan(nextFrom);
    expect(state().playhead).toBeLessThan(nextFrom + (to - from) * 0.8);
  });

  it("pauses at the end of the dataset's extent", () => {
    startPlayback();
    setPlaybackSpeed(365);
    for (let i = 0; i < 100 && state().playing; i++) advancePlayhead(100);
    expect(state()).toMatchObject({ playhead: EXTENT_TO, playing: false });
    advancePlayhead(1000);
    expect(state().playhead).toBe(EXTENT_TO);
  });
});

describe('setPlaybackSpeed', () => {
  it('sets the days per second, ignoring speeds that are not positive numbers', () => {
    expect(state().speed).toBe(90);
    setPlaybackSpeed(365);
    expect(state().speed).toBe(365);
    for (const speed of [0, -30, Number.NaN, Infinity]) setPlaybackSpeed(speed);
    expect(state().speed).toBe(365);
  });
});

describe('stepPlayhead', () => {
  it('begins at the first event in the window and selects it', () => {
    expect(stepPlayhead(1)).toBe(true);
    expect(state()).toMatchObject({ playhead: start('labour-estimate'), selectedId: 'labour-estimate' });
    stepPlayhead(1);
    expect(state()).toMatchObject({ playhead: start('hostile-strings'), selectedId: 'hostile-strings' });
  });

  it('jumps to the next or previous event start from a playhead between events', () => {
    setTimeWindow([Date.UTC(2009, 5, 1), Date.UTC(2011, 5, 1)]);
    startPlayback();
    pausePlayback();
    stepPlayhead(1);
    expect(state()).toMatchObject({ playhead: start('two-city-campaign'), selectedId: 'two-city-campaign' });
    stepPlayhead(-1);
    stepPlayhead(-1);
    expect(state()).toMatchObject({ playhead: start('law-passed'), selectedId: 'law-passed' });
  });

  it('steps only among the filtered events', () => {
    toggleCategory('diplomacy');
    stepPlayhead(1);
    stepPlayhead(1);
    expect(state().selectedId).toBe('law-passed'); // not hostile-strings, a diplomacy event
    stepPlayhead(1);
    stepPlayhead(1);
    expect(state().selectedId).toBe('two-city-campaign');
    expect(stepPlayhead(1)).toBe(false);
    expect(state().selectedId).toBe('two-city-campaign');
  });

  it('takes events that start together one by one', () => {
    showModel(
      buildModel([
        { id: 'first', start: '2010-01-01' },
        { id: 'second', start: '2010-01-01' },
        { id: 'later', start: '2011' },
      ]),
    );
    const visited = [1, 1, 1, -1, -1].map((direction) => {
      stepPlayhead(direction as 1 | -1);
      return state().selectedId;
    });
    expect(visited).toEqual(['first', 'second', 'later', 'second', 'first']);
  });

  it('does not step back before the first event', () => {
    stepPlayhead(1);
    expect(stepPlayhead(-1)).toBe(false);
    expect(state()).toMatchObject({ playhead: EXTENT_FROM, selectedId: 'labour-estimate' });
  });

  it('first shows the event the playhead has reached but not yet selected', () => {
    startPlayback(); // at 1 January 2005, when labour-estimate begins
    stepPlayhead(1);
    expect(state()).toMatchObject({ playhead: EXTENT_FROM, selectedId: 'labour-estimate' });
  });

  it('pauses playback after the last event', () => {
    startPlayback();
    const visited: (string | null)[] = [];
    while (stepPlayhead(1)) visited.push(state().selectedId);
    expect(visited).toEqual(model.events.map((e) => e.id));
    expect(state()).toMatchObject({ selectedId: 'summit-in-phnom-penh', playing: false });
  });

  it('moves the window with the playhead, which sits at 20 %', () => {
    setTimeWindow([A, B]);
    startPlayback();
    stepPlayhead(1); // law-passed
    stepPlayhead(1); // fishermen-return-home, still inside the first 80 %
    expect(state().timeWindow).toEqual([A, B]);
    stepPlayhead(1); // two-city-campaign, after the window
    const playhead = start('two-city-campaign');
    expect(state().timeWindow).toEqual([playhead - WIDTH * 0.2, playhead + WIDTH * 0.8]);
  });
});
