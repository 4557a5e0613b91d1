import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelOptions, type LabelRequest } from './label-placement';
import type { Box } from './mark-geometry';

/** Every character 5 px wide: widths are easy to count. */
const measure = (text: string) => [...text].length * 5;
const options: LabelOptions = { width: 500, height: 10, offset: 4, gap: 2, minChars: 4, measure };

/** A mark 10 px wide whose box is its whole extent, in the row centred on `y`. */
function mark(left: number, y = 10): Box {
  return { x1: left, x2: left + 10, y1: y - 5, y2: y + 5 };
}

function request(id: string, text: string, box: Box): LabelRequest {
  return { id, text, y: (box.y1 + box.y2) / 2, left: box.x1, right: box.x2 };
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('placeLabels', () => {
  it('puts a label that fits whole after its event, `offset` px from it', () => {
    const a = mark(0);
    const placed = placeLabels([request('a', 'Alpha beta', a)], [a], options).get('a')!;
    expect(placed).toEqual({
      id: 'a',
      text: 'Alpha beta',
      full: true,
      side: 'right',
      x: 14,
      box: { x1: 14, x2: 64, y1: 5, y2: 15 },
    });
  });

  it('shortens the second of two labels that would collide, at a word, to the room the first leaves', () => {
    // "b" has a mark 6 px after it, so its label must go before it, where "a"'s label (14..64) already is.
    const [a, b, c] = [mark(0), mark(100), mark(116)];
    const alone = placeLabels([request('b', 'Gamma delta', b)], [a, b, c], options).get('b')!;
    expect(alone).toMatchObject({ text: 'Gamma delta', full: true, side: 'left', x: 96 });
    expect(alone.box.x1).toBe(41);

    const both = placeLabels([request('a', 'Alpha beta', a), request('b', 'Gamma delta', b)], [a, b, c], options);
    expect(both.get('a')!.box).toEqual({ x1: 14, x2: 64, y1: 5, y2: 15 });
    // From 64 + 2 (the gap) to 96 there are 30 px: "Gamma…" is 6 characters, 30 px.
    expect(both.get('b')).toMatchObject({ text: 'Gamma…', full: false, side: 'left', x: 96 });
    expect(both.get('b')!.box).toEqual({ x1: 66, x2: 96, y1: 5, y2: 15 });
    expect(overlaps(both.get('a')!.box, both.get('b')!.box)).toBe(false);
  });

  it('hides the second label when what is left is too short to tell anything', () => {
    // A small mark in the lane under "a": its label's box (13..23) crosses "a"'s (5..15), which leaves it no room.
    const a = mark(0, 10);
    const b: Box = { x1: 20, x2: 30, y1: 16, y2: 20 };
    const placed = placeLabels([request('a', 'Alpha beta', a), request('b', 'Gamma delta', b)], [a, b], options);
    expect(placed.get('a')!.box).toEqual({ x1: 14, x2: 64, y1: 5, y2: 15 });
    expect(placed.has('b')).toBe(false);
    // Alone, it would have gone after its mark.
    expect(placeLabels([request('b', 'Gamma delta', b)], [a, b], options).get('b')!.x).toBe(34);
  });

  it('places a label near the right edge to the left of its event, ending `offset` px before it', () => {
    const a = mark(180);
    const placed = placeLabels([request('a', 'Omega', a)], [a], { ...options, width: 200 }).get('a')!;
    expect(placed).toEqual({
      id: 'a',
      text: 'Omega',
      full: true,
      side: 'left',
      x: 176,
      box: { x1: 151, x2: 176, y1: 5, y2: 15 },
    });
  });

  it('shortens a label that fits on neither side whole on the roomier side, never past the edges', () => {
    const a = mark(60);
    // Right: 74..200 is 126 px; left: 0..56 is 56 px. The title is 150 px.
    const title = 'Thirty characters of a title!';
    const placed = placeLabels([request('a', title, a)], [a], { ...options, width: 200 }).get('a')!;
    expect(placed.side).toBe('right');
    expect(placed.text).toBe('Thirty characters of a…');
    expect(placed.box).toEqual({ x1: 74, x2: 189, y1: 5, y2: 15 });
    expect(placed.box.x2).toBeLessThanOrEqual(200);
  });

  it('gives no label to an event off either side of the drawing, nor one that would start outside it', () => {
    const before = mark(-60);
    const after = mark(510);
    const placed = placeLabels([request('before', 'Early', before), request('after', 'Late', after)], [], options);
    expect([...placed.keys()]).toEqual([]);
    // One whose box reaches into the drawing from the left still gets a label after it.
    const reaching = mark(-5);
    expect(placeLabels([request('reaching', 'Early', reaching)], [], options).get('reaching')!.x).toBe(9);
  });

  it('never covers an uncertainty box in its row, its own included', () => {
    // "a" is a mark at 45..55 in its uncertainty box 0..100; "b"'s box starts at 150 in the same row.
    const ownBox: Box = { x1: 0, x2: 100, y1: 6, y2: 14 };
    const otherBox: Box = { x1: 150, x2: 300, y1: 6, y2: 14 };
    const a: LabelRequest = { id: 'a', text: 'Alpha beta', y: 10, left: 0, right: 100 };
    const placed = placeLabels([a], [mark(45), ownBox, otherBox], options).get('a')!;
    // After its own box (100 + 4) and 2 px before the other (148): 44 px hold "Alpha…" (30 px).
    expect(placed).toMatchObject({ text: 'Alpha…', side: 'right', x: 104 });
    expect(placed.box).toEqual({ x1: 104, x2: 134, y1: 5, y2: 15 });
    expect(overlaps(placed.box, ownBox)).toBe(false);
    expect(overlaps(placed.box, otherBox)).toBe(false);
  });

  it('is blocked by what lies in the next lane only where the label reaches into it', () => {
    // A tall mark in the lane below (centre 26, reaching up to 14) crosses the label's box (5..15); a bar there
    // (22..30) does not.
    const a = mark(0, 10);
    const tall: Box = { x1: 40, x2: 50, y1: 14, y2: 38 };
    const bar: Box = { x1: 40, x2: 200, y1: 22, y2: 30 };
    expect(placeLabels([request('a', 'Alpha beta', a)], [a, bar], options).get('a')!.text).toBe('Alpha beta');
    const blocked = placeLabels([request('a', 'Alpha beta', a)], [a, tall], options).get('a')!;
    // 14..38 is all there is before the tall mark: "Alpha…" (30 px) does not fit in 24 px, nothing does.
    expect(blocked).toBeUndefined();
  });

  it('uses a request’s own measure (a bold label is wider)', () => {
    const a = mark(0);
    const wide = (text: string) => [...text].length * 8;
    const placed = placeLabels([{ ...request('a', 'Alpha', a), measure: wide }], [a], options).get('a')!;
    expect(placed.box).toEqual({ x1: 14, x2: 54, y1: 5, y2: 15 });
  });
});
