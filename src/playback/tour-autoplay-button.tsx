import { DEFAULT_AUTOPLAY_SECONDS, useTourAutoplay } from './use-tour-autoplay';
import './playback.css';

/** Starts the active tour moving on by itself; while it does, the same button pauses it. */
export function TourAutoplayButton({ seconds = DEFAULT_AUTOPLAY_SECONDS }: { seconds?: number }) {
  const autoplay = useTourAutoplay(seconds);
  if (autoplay.playing) {
    return (
      <button type="button" className="tour-autoplay" onClick={autoplay.pause}>
        <span aria-hidden="true">❚❚</span> Pause tour
      </button>
    );
  }
  return (
    <button
      type="button"
      className="tour-autoplay"
      onClick={autoplay.play}
      disabled={!autoplay.canPlay}
      title={`Move to the next stop every ${seconds} seconds`}
    >
      <span aria-hidden="true">▶</span> Play tour
    </button>
  );
}
