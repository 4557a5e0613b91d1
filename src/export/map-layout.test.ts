import { describe, expect, it } from 'vitest';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';
import { frameToFit, project, toScreen } from './map-frame';
import { layoutMapImage } from './map-layout';

const model = loadMiniModel();
const points = model.events.flatMap((e) => e.located.map((p) => project(p.lat, p.lon)));
const frame = frameToFit(points, { width: 1600, height: 900 });

describe('layoutMapImage', () => {
  it('puts one marker per place and category, in a ring where categories share a place', () => {
    const layout = layoutMapImage(model.events, frame);
    const phnomPenh = layout.markers.filter((m) => m.key.startsWith('11.56,104.92:'));
    expect(phnomPenh.map((m) => m.category).sort()).toEqual(['diplomacy', 'law-policy', 'repatriation']);
    const [cx, cy] = toScreen(frame, project(11.56, 104.92));
    for (const marker of phnomPenh) expect(Math.hypot(marker.x - cx, marker.y - cy)).toBeCloseTo(8, 0);
    expect(phnomPenh[0].title).toBe('Phnom Penh: 4 events');
    expect(layout.markers.filter((m) => m.key.startsWith('11.56,104.92:') === false)).toHaveLength(6);
  });

  it('draws a journey as a curve from origin to just short of the destination, with the arrow’s angle', () => {
    const [journey] = layoutMapImage(model.events, frame).journeys;
    expect(journey.key).toBe('fishermen-return-home');
    const [ox, oy] = toScreen(frame, project(-3.7, 128.18));
    expect(journey.d.startsWith(`M${Math.round(ox * 10) / 10},${Math.round(oy * 10) / 10} Q`)).toBe(true);
    const [dx, dy] = toScreen(frame, project(11.56, 104.92));
    expect(Math.hypot(journey.tip[0] - dx, journey.tip[1] - dy)).toBeCloseTo(12, 0);
  });

  it('names the busiest places first, without overlapping names', () => {
    const { labels } = layoutMapImage(model.events, frame);
    expect(labels[0].text).toBe('Phnom Penh');
    expect(new Set(labels.map((l) => l.text)).size).toBe(labels.length);
  });

  it('leaves out places outside the frame', () => {
    const close = frameToFit([project(46.2, 6.14)], { width: 1600, height: 900 });
    const layout = layoutMapImage(model.events, close);
    expect(layout.markers.map((m) => m.title)).toEqual(['Geneva: 1 event']);
  });
});
