import type { KeyboardEvent } from 'react';
import type { BandModel } from '../data/model';
import type { BandSegment } from './band-layout';

/** The id of the band's hatching, for the periods whose start is known only to the year or month. */
export const HATCH_ID = 'timeline-band-hatch';

/** Diagonal white lines over a segment's own colour: the colour still says the level. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={6} height={6} fill="none" />
      <line x1={0} y1={0} x2={0} y2={6} stroke="#ffffff" strokeWidth={2} strokeOpacity={0.5} />
    </pattern>
  );
}

interface Props {
  band: BandModel;
  segments: BandSegment[];
  y: number;
  width: number;
  height: number;
  labelSize: number;
  /** The index of the segment that has focus, or null; told when the focus moves. */
  onFocusSegment: (index: number | null) => void;
  /** ArrowDown: the keyboard goes back down to the events. */
  onArrowDown: () => void;
}

const segmentOf = (target: EventTarget) => (target as Element).closest?.('[data-band-index]');

/**
 * A categorical status over time (e.g. a country's yearly ranking) as coloured periods under the axis, each named in
 * words. The segments are reached from the events with ArrowUp and walked with ArrowLeft and ArrowRight.
 */
export function TimelineBand({ band, segments, y, width, height, labelSize, onFocusSegment, onArrowDown }: Props) {
  const barHeight = height - 6;

  function onKeyDown(event: KeyboardEvent<SVGGElement>) {
    const current = segmentOf(event.target);
    const all = [...event.currentTarget.querySelectorAll<SVGGElement>('[data-band-index]')];
    const at = current ? all.indexOf(current as SVGGElement) : -1;
    const move: Record<string, number> = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: all.length - 1 };
    if (event.key in move) all[Math.max(0, Math.min(all.length - 1, move[event.key]))]?.focus();
    else if (event.key === 'ArrowDown') onArrowDown();
    else return;
    event.preventDefault();
  }

  return (
    <g
      className="timeline-band"
      transform={`translate(0,${y})`}
      role="list"
      aria-label={`${band.seriesLabel}: ${band.title}`}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const index = segmentOf(event.target)?.getAttribute('data-band-index');
        onFocusSegment(index == null ? null : Number(index));
      }}
      onBlur={() => onFocusSegment(null)}
    >
      {segments.map((segment) => (
        <g
          key={segment.key}
          className="band-segment"
          role="listitem"
          tabIndex={-1}
          aria-label={segment.name}
          data-band-index={segment.index}
          data-x1={segment.x1}
          data-x2={segment.x2}
        >
          <title>{`${band.seriesLabel} — ${segment.name}`}</title>
          <rect x={segment.x1} y={0} width={segment.x2 - segment.x1} height={barHeight} fill={segment.color} />
          {segment.certainX > segment.x1 && (
            <rect
              className="band-uncertain"
              x={segment.x1}
              y={0}
              width={segment.certainX - segment.x1}
              height={barHeight}
              fill={`url(#${HATCH_ID})`}
            />
          )}
          <line x1={segment.x1} x2={segment.x1} y1={0} y2={barHeight} className="band-edge" />
          {['band-focus', 'band-focus is-inner'].map((className) => (
            <rect
              key={className}
              className={className}
              x={Math.max(2, segment.x1 + 2)}
              y={2}
              width={Math.max(0, Math.min(segment.x2, width - 2) - Math.max(2, segment.x1 + 2))}
              height={barHeight - 4}
            />
          ))}
          {segment.label && (
            <text
              x={segment.label.x}
              y={barHeight / 2}
              dy="0.35em"
              fontSize={labelSize}
              fill={segment.textColor}
              stroke={segment.color}
              className="band-label"
            >
              {segment.label.text}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}
