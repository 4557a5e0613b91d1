import { describe, expect, it } from 'vitest';
import type { DatasetFigures } from './bench-run';
import { createPeerRows, createRows, formatRatio, formatTable, median, percentile } from './bench-table';

function figures(overrides: Partial<DatasetFigures> = {}): DatasetFigures {
  return {
    interactive: [900],
    fetched: [100],
    modelled: [],
    checked: [300],
    timelineDrawn: [400],
    mapDrawn: [600],
    select: [10, 20, 30],
    category: [10],
    search: [10],
    zoomFrames: [16.7, 16.6, 16.7],
    panFrames: [16.7],
    heapBytes: 20 * 1024 * 1024,
    longTasksAfterLoad: 0,
    longestTaskAfterLoad: 50,
    longestTaskDuringLoad: 300,
    ...overrides,
  };
}

describe('percentile', () => {
  it('takes the nearest rank, whatever the order', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(median(values)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('createRows', () => {
  it('marks each figure against its target, with the bundled dataset held to 1 s', () => {
    const rows = createRows([
      { title: 'bundled', bundled: true, figures: figures({ interactive: [1200] }) },
      {
        title: '100,000',
        bundled: false,
        figures: figures({ interactive: [1200], select: [50, 120], zoomFrames: [40], modelled: [250, 200, 220] }),
      },
    ]);
    const cells = (start: string) => rows.find((r) => r.measure.startsWith(start))!.cells;
    expect(cells('Load')).toEqual(['1200 ms ✗', '1200 ms ✓']);
    expect(cells('Dataset downloaded')).toEqual(['100 ms / – / 300 ms', '100 ms / 220 ms / 300 ms']);
    expect(cells('Select')).toEqual(['20.0 ms / 30.0 ms ✓', '50.0 ms / 120 ms ✗']);
    expect(cells('Timeline wheel zoom')).toEqual(['16.7 ms / 16.7 ms ✓', '40.0 ms / 40.0 ms ✗']);
    expect(cells('Long tasks')).toEqual(['0 (50.0 ms) ✓', '0 (50.0 ms) ✓']);
    expect(cells('JS heap')).toEqual(['20.0 MB', '20.0 MB']);
  });
});

describe('formatTable', () => {
  it('lines up a column per dataset between the measure and its target', () => {
    const text = formatTable(['a', 'bb'], [{ measure: 'm', cells: ['1 ms', '22 ms'], target: '≤ 5' }]);
    expect(text.split('\n')).toEqual([
      'measure     a     bb  target',
      '-------  ----  -----  ------',
      'm        1 ms  22 ms  ≤ 5',
    ]);
  });
});

describe('the side-by-side rows', () => {
  it('gives Waymark over the peer as a ratio, or a dash without both figures', () => {
    expect(formatRatio(200, 400)).toBe('0.50x');
    expect(formatRatio(123, 1000)).toBe('0.12x');
    expect(formatRatio(NaN, 400)).toBe('–');
    expect(formatRatio(200, 0)).toBe('–');
  });

  it('marks ready against its share of the peer, and the next-event INP against its limit', () => {
    const rows = createPeerRows([
      {
        title: '2,000 events',
        waymark: { ready: [300, 200, 250], next: [20, 40, 30] },
        peer: { ready: [2400, 2000, 2200], next: [600, 700] },
        readyRatio: 0.125,
        nextLimit: 50,
      },
      {
        title: 'bundled',
        waymark: { ready: [300], next: [60] },
        peer: { ready: [400], next: [] },
        readyRatio: 0.5,
      },
    ]);
    expect(rows.map((r) => r.measure)).toEqual([
      'Ready, 2,000 events (median of 3 / 3)',
      'Next event, INP (longest of 3 / 2), 2,000 events',
      'Ready, bundled (median of 1 / 1)',
      'Next event, INP (longest of 1 / 0), bundled',
    ]);
    expect(rows[0].cells).toEqual(['250 ms', '2200 ms', '0.11x ✓']);
    expect(rows[0].target).toBe('≤ 0.125x');
    expect(rows[1].cells).toEqual(['40.0 ms ✓', '700 ms', '0.06x']);
    expect(rows[2].cells).toEqual(['300 ms', '400 ms', '0.75x ✗']);
    expect(rows[3].cells).toEqual(['60.0 ms', '–', '–']);
    expect(rows[3].target).toBe('');
  });
});
