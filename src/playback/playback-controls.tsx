import { useEffect, useState, type ChangeEvent } from 'react';
import { appStore, type AppState } from '../state/store';
import { useAppStore } from '../state/use-app-store';
import { setPlaybackSpeed, stepPlayhead, stopPlayback, togglePlayback } from '../state/playback-actions';
import { usePlayback } from './use-playback';
import './playback.css';

/** Speeds a teacher can choose, in days of history per second. */
export const SPEEDS = [
  { daysPerSecond: 7, label: '1 week/s' },
  { daysPerSecond: 30, label: '1 month/s' },
  { daysPerSecond: 90, label: '3 months/s' },
  { daysPerSecond: 365, label: '1 year/s' },
];

/** While playing, the date is announced at most this often, however fast the months go by. */
const ANNOUNCE_INTERVAL_MS = 1000;

const formatDay = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function monthOf(time: number): number {
  const date = new Date(time);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

function describe(state: AppState): string {
  if (state.playhead === null) return '';
  return `${state.playing ? 'Playing' : 'Paused'}: ${formatDay.format(state.playhead)}`;
}

/**
 * The playhead's date for screen readers and eyes: on play, pause, a step, and while playing when a new month begins
 * (at most once a second). Not every frame: it listens to the store outside React and re-renders only then.
 */
function usePlaybackAnnouncement(): string {
  const [text, setText] = useState(() => describe(appStore.getState()));
  useEffect(function announcePlayhead() {
    let announcedAt = 0;
    return appStore.subscribe((state, previous) => {
      if (state.playhead === previous.playhead && state.playing === previous.playing) return;
      const gliding = state.playing && previous.playing && state.playhead !== null && previous.playhead !== null;
      if (gliding) {
        const newMonth = monthOf(state.playhead!) !== monthOf(previous.playhead!);
        if (!newMonth || performance.now() - announcedAt < ANNOUNCE_INTERVAL_MS) return;
      }
      announcedAt = performance.now();
      setText(describe(state));
    });
  }, []);
  return text;
}

/** Play through time: play or pause, step from event to event, stop, and the speed. Runs the playback loop. */
export function PlaybackControls() {
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const announcement = usePlaybackAnnouncement();
  usePlayback();

  const speeds = SPEEDS.some((s) => s.daysPerSecond === speed)
    ? SPEEDS
    : [...SPEEDS, { daysPerSecond: speed, label: `${speed} days/s` }].sort((a, b) => a.daysPerSecond - b.daysPerSecond);

  return (
    <div className="playback" role="group" aria-label="Playback">
      <button type="button" className="playback-toggle" onClick={togglePlayback}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" onClick={() => stepPlayhead(-1)} aria-label="Step back" title="Step back">
        |◀
      </button>
      <button type="button" onClick={() => stepPlayhead(1)} aria-label="Step forward" title="Step forward">
        ▶|
      </button>
      <button type="button" onClick={stopPlayback} aria-label="Stop" title="Stop">
        ■
      </button>
      <label className="playback-speed">
        Speed{' '}
        <select
          value={speed}
          onChange={(event: ChangeEvent<HTMLSelectElement>) => setPlaybackSpeed(Number(event.target.value))}
        >
          {speeds.map((s) => (
            <option key={s.daysPerSecond} value={s.daysPerSecond}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <p className="playback-date" role="status">
        {announcement}
      </p>
    </div>
  );
}
