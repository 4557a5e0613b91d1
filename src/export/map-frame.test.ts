import { describe, expect, it } from 'vitest';
import { frameBounds, frameOfView, frameToFit, project, toScreen, zoomOfFrame } from './map-frame';

const SIZE = { width: 1600, height: 900 };

describe('map frames', () => {
  it('projects like Leaflet: the equator at 0, Mercator stretching towards the poles', () => {
    expect(project(0, 10)[0]).toBe(10);
    expect(project(0, 10)[1]).toBeCloseTo(0, 12);
    expect(project(45, 0)[1]).toBeCloseTo(50.499, 3);
    expect(project(90, 0)).toEqual(project(85, 0));
  });

  it('keeps the centre and zoom of the view on screen, scaled so the whole panel fits the image', () => {
    const frame = frameOfView({ lat: 0, lon: 100, zoom: 3 }, { width: 800, height: 600 }, SIZE);
    // At zoom 3 the world is 2048 px wide; the 800 x 600 panel fits 1600 x 900 at 1.5 times its size.
    expect(frame.scale).toBeCloseTo((2048 / 360) * 1.5, 9);
    expect(zoomOfFrame(frame)).toBeCloseTo(3 + Math.log2(1.5), 9);
    expect(toScreen(frame, project(0, 100))).toEqual([800, 450]);
  });

  it('fits the points with padding, no closer than the largest zoom', () => {
    const points = [project(10, 100), project(20, 110)];
    const frame = frameToFit(points, SIZE, 80, 12);
    const [x0, y0] = toScreen(frame, points[0]);
    const [x1, y1] = toScreen(frame, points[1]);
    expect(Math.min(x0, y1)).toBeGreaterThanOrEqual(80 - 1e-9);
    expect(Math.max(x1 - x0, y0 - y1)).toBeCloseTo(900 - 160, 9);
    const single = frameToFit([project(11.56, 104.92)], SIZE, 80, 6);
    expect(zoomOfFrame(single)).toBeCloseTo(6, 9);
  });

  it('shows the whole world when there is nothing to fit', () => {
    const [west, , east] = frameBounds(frameToFit([], SIZE));
    expect(east - west).toBeCloseTo(360, 9);
  });
});
