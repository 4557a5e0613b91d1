import { describe, expect, it } from 'vitest';
import type { DatasetFigures } from './bench-run';
import { createRows, formatTable, median, percentile } from './bench-table';

function figures(overrides: Partial<DatasetFigures> = {}): DatasetFigures {
  return {
    interactive: [900],
    fetched: [100],
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
        figures: figures({ interactive: [1200], select: [50, 120], zoomFrames: [40] }),
      },
    ]);
    const cells = (start: string) => rows.find((r) => r.measure.startsWith(start))!.cells;
    expect(cells('Load')).toEqual(['1200 ms ✗', '1200 ms ✓']);
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
