import type { DatasetFigures } from './bench-run';

/** Nearest-rank percentile (p in 0..100) of unsorted values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (values: readonly number[]) => percentile(values, 50);

export interface Column {
  /** e.g. "bundled (53)" or "100,000". */
  title: string;
  bundled: boolean;
  figures: DatasetFigures;
}

export interface Row {
  measure: string;
  cells: string[];
  target: string;
}

const ms = (value: number) =>
  Number.isFinite(value) ? `${value < 100 ? value.toFixed(1) : value.toFixed(0)} ms` : '–';
const mark = (ok: boolean | null) => (ok === null ? '' : ok ? ' ✓' : ' ✗');

/** A vsync at 60 Hz is 16.7 ms; rAF timestamps jitter by a fraction of a millisecond around it. */
const FRAME_BUDGET = 16.7;
const FRAME_JITTER = 0.3;

function spread(values: readonly number[], check?: (median: number, p95: number) => boolean): string {
  const [m, p] = [median(values), percentile(values, 95)];
  return `${ms(m)} / ${ms(p)}${mark(check && values.length ? check(m, p) : null)}`;
}

/** One row per measure, one cell per dataset, each figure marked ✓ or ✗ against its target where it has one. */
export function createRows(columns: readonly Column[]): Row[] {
  const row = (measure: string, target: string, cell: (column: Column) => string): Row => ({
    measure,
    target,
    cells: columns.map(cell),
  });
  const loadTarget = (c: Column) => (c.bundled ? 1000 : 2000);
  return [
    row('Dataset downloaded / modelled (unchecked) / checked (median)', '', (c) => {
      const times = c.figures.modelled.filter(Number.isFinite);
      const modelled = times.length ? ms(median(times)) : '–';
      return `${ms(median(c.figures.fetched))} / ${modelled} / ${ms(median(c.figures.checked))}`;
    }),
    row('Views drawn: timeline / map (median)', 'bundled < 1,000 ms', (c) => {
      const drawn = Math.max(median(c.figures.timelineDrawn), median(c.figures.mapDrawn));
      return `${ms(median(c.figures.timelineDrawn))} / ${ms(median(c.figures.mapDrawn))}${mark(c.bundled ? drawn < 1000 : null)}`;
    }),
    row('Load → interactive: drawn and a click answered (median)', '≤ 2,000 ms (bundled ≤ 1,000)', (c) => {
      const value = median(c.figures.interactive);
      return `${ms(value)}${mark(value <= loadTarget(c))}`;
    }),
    row('Select a list row → next frame (median / p95)', 'p95 < 100 ms', (c) =>
      spread(c.figures.select, (_, p95) => p95 < 100),
    ),
    row('Filter: toggle a category → count + frame (median / p95)', 'p95 < 100 ms', (c) =>
      spread(c.figures.category, (_, p95) => p95 < 100),
    ),
    row('Filter: type a search word → count + frame (median / p95)', 'p95 < 100 ms', (c) =>
      spread(c.figures.search, (_, p95) => p95 < 100),
    ),
    row('Timeline wheel zoom, frame time (median / p95)', 'median ≤ 16.7 ms', (c) =>
      spread(c.figures.zoomFrames, (m) => m <= FRAME_BUDGET + FRAME_JITTER),
    ),
    row('Map drag pan, frame time (median / p95)', 'median ≤ 16.7 ms', (c) =>
      spread(c.figures.panFrames, (m) => m <= FRAME_BUDGET + FRAME_JITTER),
    ),
    row('Long tasks > 100 ms after load (longest task)', '0', (c) => {
      const { longTasksAfterLoad: count, longestTaskAfterLoad: longest } = c.figures;
      return `${count} (${ms(longest)})${mark(count === 0)}`;
    }),
    row('Longest task while loading', '', (c) => ms(c.figures.longestTaskDuringLoad)),
    row('JS heap used after GC', '', (c) => `${(c.figures.heapBytes / 1024 / 1024).toFixed(1)} MB`),
  ];
}

/** Plain-text table: measure, one column per dataset, target. */
export function formatTable(titles: readonly string[], rows: readonly Row[]): string {
  const header = ['measure', ...titles, 'target'];
  const lines = [header, ...rows.map((r) => [r.measure, ...r.cells, r.target])];
  const widths = header.map((_, i) => Math.max(...lines.map((line) => [...line[i]].length)));
  const pad = (text: string, i: number) =>
    i === 0 || i === header.length - 1 ? text.padEnd(widths[i]) : text.padStart(widths[i]);
  const format = (line: string[]) => line.map(pad).join('  ').trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.slice(1).map(format)].join('\n');
}

/** Waymark's figure over the peer's, e.g. `0.41x`; `–` when either is missing. */
export function formatRatio(waymark: number, peer: number): string {
  return Number.isFinite(waymark) && Number.isFinite(peer) && peer > 0 ? `${(waymark / peer).toFixed(2)}x` : '–';
}

export interface PeerComparison {
  /** e.g. "bundled (53 events)" or "2,000 events". */
  title: string;
  waymark: { ready: number[]; next: number[] };
  peer: { ready: number[]; next: number[] };
  /** The most Waymark's ready time may be, as a share of the peer's (0.5: half). */
  readyRatio: number;
  /** The most Waymark's next-event INP may be, in ms; none to mark it. */
  nextLimit?: number;
}

/**
 * Rows of the side-by-side table: per size, the median time to ready of each, and the longest "next event"
 * interaction (INP: input to the next paint), each with Waymark's figure over the peer's, marked against its target.
 */
export function createPeerRows(comparisons: readonly PeerComparison[]): Row[] {
  return comparisons.flatMap(({ title, waymark, peer, readyRatio, nextLimit }) => {
    const [ready, peerReady] = [median(waymark.ready), median(peer.ready)];
    const worst = (values: number[]) => (values.length ? Math.max(...values) : NaN);
    const [inp, peerInp] = [worst(waymark.next), worst(peer.next)];
    return [
      {
        measure: `Ready, ${title} (median of ${waymark.ready.length} / ${peer.ready.length})`,
        cells: [ms(ready), ms(peerReady), `${formatRatio(ready, peerReady)}${mark(ready <= readyRatio * peerReady)}`],
        target: `≤ ${readyRatio}x`,
      },
      {
        measure: `Next event, INP (longest of ${waymark.next.length} / ${peer.next.length}), ${title}`,
        cells: [
          `${ms(inp)}${nextLimit === undefined ? '' : mark(inp < nextLimit)}`,
          ms(peerInp),
          formatRatio(inp, peerInp),
        ],
        target: nextLimit === undefined ? '' : `< ${nextLimit} ms`,
      },
    ];
  });
}
