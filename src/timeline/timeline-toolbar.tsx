import type { ReactNode } from 'react';
import type { BandModel } from '../data/model';
import { panTimeWindow, setTimeWindow, zoomTimeWindow } from '../state/actions';

/** The timeline's heading, its buttons, what the app adds (playback) and the band's caption. */
export function TimelineToolbar({ band, extra }: { band: BandModel | undefined; extra?: ReactNode }) {
  return (
    <div className="timeline-toolbar">
      <h2 className="panel-heading">Timeline</h2>
      <div className="timeline-buttons" role="group" aria-label="Move the time window">
        <button type="button" onClick={() => panTimeWindow(-0.25)} aria-label="Earlier" title="Earlier">
          ◀
        </button>
        <button type="button" onClick={() => panTimeWindow(0.25)} aria-label="Later" title="Later">
          ▶
        </button>
        <button type="button" onClick={() => zoomTimeWindow(0.5)} aria-label="Zoom in on time" title="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomTimeWindow(2)} aria-label="Zoom out on time" title="Zoom out">
          −
        </button>
        <button type="button" onClick={() => setTimeWindow(null)} title="Show the whole time span">
          All time
        </button>
      </div>
      {extra}
      {band && (
        <p className="band-caption">
          Band: {band.seriesLabel}, {band.title}
        </p>
      )}
    </div>
  );
}
