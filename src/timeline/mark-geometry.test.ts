import { describe, expect, it } from 'vitest';
import { itemBoxes, pathExtent, unionBox, type MarkGeometry } from './mark-geometry';
import { layoutTimeline } from './layout';
import { createTimeScale } from './scale';
import { shapePath } from '../ui/shapes';
import { buildModel } from '../../tests/fixtures/build-dataset';

describe('pathExtent', () => {
  it('reads how far d3’s symbols reach: a star further than its radius, a circle as far as its arc', () => {
    expect(pathExtent('M0,-9.835L9.353,-3.039L5.781,7.956L-5.781,7.956L-9.353,-3.039Z')).toEqual({
      x1: -9.353,
      x2: 9.353,
      y1: -9.835,
      y2: 7.956,
    });
    expect(pathExtent('M6.573,0A6.573,6.573,0,1,1,-6.573,0A6.573,6.573,0,1,1,6.573,0')).toEqual({
      x1: -6.573,
      x2: 6.573,
      y1: -6.573,
      y2: 6.573,
    });
  });

  it('follows relative h and v, as d3’s square writes them', () => {
    const square = pathExtent('M-5.37,-5.37h10.741v10.741h-10.741Z');
    expect([square.x1, square.y1]).toEqual([-5.37, -5.37]);
    expect(square.x2).toBeCloseTo(5.371, 9);
    expect(square.y2).toBeCloseTo(5.371, 9);
  });

  it('agrees with the shapes the marks draw', () => {
    const star = pathExtent(shapePath('star', 6));
    expect(star.y1).toBeCloseTo(-9.835, 3);
    const diamond = pathExtent(shapePath('diamond', 6));
    expect([diamond.x2, diamond.y2]).toEqual([5.237, 9.07]);
  });
});

describe('itemBoxes', () => {
  // 2000-01-01 .. 2010-01-01 over 3653 px: a day is a pixel.
  const scale = createTimeScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], 3653);
  const square = { x1: -5, x2: 5, y1: -5, y2: 5 };
  const geometry: MarkGeometry = { markRadius: 6, barHalf: 4, shapeExtent: () => square };
  const model = buildModel([
    { id: 'year', start: '2001' },
    { id: 'span', start: '2003-01-01', end: '2003-01-31' },
    { id: 'day', start: '2005-01-01' },
  ]);
  const layout = layoutTimeline(model.events, scale);
  const boxesOf = (id: string) =>
    itemBoxes(
      layout.items.find((i) => i.id === id)!,
      model.byId.get(id)!,
      50,
      geometry,
    );

  it('gives a year-only event its mark and its uncertainty box, each with half its 1 px outline', () => {
    // 2001 is days 366..731: the mark sits at 548.5.
    expect(boxesOf('year')).toEqual([
      { x1: 543, x2: 554, y1: 44.5, y2: 55.5 },
      { x1: 365.5, x2: 731.5, y1: 45.5, y2: 54.5 },
    ]);
  });

  it('gives a span its mark and its bar, and a day its mark alone', () => {
    // 2003-01-01 is day 1096; the bar ends after 31 January, day 1127.
    expect(boxesOf('span')).toEqual([
      { x1: 1096.5, x2: 1107.5, y1: 44.5, y2: 55.5 },
      { x1: 1095.5, x2: 1127.5, y1: 45.5, y2: 54.5 },
    ]);
    expect(boxesOf('day')).toHaveLength(1);
    expect(unionBox(boxesOf('span'))).toEqual({ x1: 1095.5, x2: 1127.5, y1: 44.5, y2: 55.5 });
  });
});
