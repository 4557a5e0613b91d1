import { describe, expect, it } from 'vitest';
import { layoutPrintMap } from './print-map-layout';
import { buildModel } from '../../tests/fixtures/build-dataset';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';

const nullIsland = { name: 'Null Island', country: 'GH', lat: 0, lon: 0 };

describe('layoutPrintMap', () => {
  it('is null without places', () => {
    expect(layoutPrintMap([])).toBeNull();
  });

  it('centres a single place in a frame of at least 8 degrees, widened to a readable shape', () => {
    const model = buildModel([{ id: 'one', start: '2000', places: [nullIsland] }]);
    const layout = layoutPrintMap(model.events, 640)!;
    // 8° tall; 8 / 0.6 = 13.33° wide at 48 px per degree.
    expect(layout.width).toBe(640);
    expect(layout.height).toBe(384);
    expect(layout.marks).toEqual([{ key: '0,0:a', x: 320, y: 192, category: 'a' }]);
    expect(layout.meridians.map((m) => m.label)).toEqual(['6°W', '4°W', '2°W', '0°', '2°E', '4°E', '6°E']);
    expect(layout.meridians[0].x).toBe(32);
    expect(layout.parallels).toEqual([
      { y: 0, label: '4°N' },
      { y: 96, label: '2°N' },
      { y: 192, label: '0°' },
      { y: 288, label: '2°S' },
      { y: 384, label: '4°S' },
    ]);
    expect(layout.labels).toEqual([{ key: '0,0', x: 329, y: 195.5, text: 'Null Island', anchor: 'start' }]);
  });

  it('rings the categories that share a place and draws journeys from origin to destination', () => {
    const model = buildModel([
      { id: 'one', start: '2000', places: [nullIsland] },
      { id: 'two', start: '2001', category: 'b', places: [nullIsland] },
      {
        id: 'trip',
        start: '2002',
        places: [
          { ...nullIsland, role: 'origin' },
          { name: 'North', country: 'GH', lat: 4, lon: 0, role: 'destination' },
        ],
      },
    ]);
    const layout = layoutPrintMap(model.events, 640)!;
    const atZero = layout.marks.filter((m) => m.key.startsWith('0,0:'));
    expect(atZero.map((m) => m.category)).toEqual(['a', 'b']);
    expect(atZero[0].x).toBeCloseTo(atZero[1].x, 5);
    expect(Math.abs(atZero[0].y - atZero[1].y)).toBe(10);
    expect(layout.journeys).toHaveLength(1);
    const [trip] = layout.journeys;
    expect(trip.x1).toBe(trip.x2);
    expect(trip.y1 - trip.y2).toBeCloseTo(4 * (layout.height / 8), 0);
  });

  it('keeps every place inside the frame and labels that do not overlap', () => {
    const layout = layoutPrintMap(loadMiniModel().events)!;
    for (const mark of layout.marks) {
      expect(mark.x).toBeGreaterThan(0);
      expect(mark.x).toBeLessThan(layout.width);
      expect(mark.y).toBeGreaterThan(0);
      expect(mark.y).toBeLessThan(layout.height);
    }
    const texts = layout.labels.map((l) => l.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts[0]).toBe('Phnom Penh');
  });
});
