import { describe, expect, it } from 'vitest';
import { laneHeightFor, roomMetrics, SCREEN_METRICS, wholeLaneHeight } from './timeline-geometry';

describe('the timeline’s sizes', () => {
  it('draws for a room with labels of 18 px at least, 24 at most, and lanes 1.6 to 2 labels tall', () => {
    expect(roomMetrics(1256).labelSize).toBe(18);
    expect(roomMetrics(1896).labelSize).toBe(21);
    expect(roomMetrics(3000).labelSize).toBe(24);
    expect(roomMetrics(1896)).toMatchObject({ minLane: 34, maxLane: 42, markRadius: 9 });
    expect(SCREEN_METRICS).toMatchObject({ labelSize: 11, minLane: 16, maxLane: 26 });
  });

  it('shares the height among the lanes within the bounds it is given', () => {
    // 170 px for 10 lanes of at least 34 px: 34 each (the rest scrolls); for 4 lanes, 42.5 is capped at 42.
    expect(laneHeightFor(170, 10, 34, 42)).toBe(34);
    expect(laneHeightFor(170, 4, 34, 42)).toBe(42);
    expect(laneHeightFor(170, 5, 34, 42)).toBe(34);
  });

  it('fills the height with whole lanes when they do not all fit', () => {
    // 90 px, lanes of at least 29: three lanes of 30 show, the others scroll.
    expect(wholeLaneHeight(90, 12, 29, 36)).toBe(30);
    // All fit: shared as laneHeightFor shares them.
    expect(wholeLaneHeight(90, 2, 29, 36)).toBe(36);
    expect(wholeLaneHeight(164, 15, 16, 26)).toBe(16.4);
    // Less room than one lane: the least height.
    expect(wholeLaneHeight(20, 3, 29, 36)).toBe(29);
    // With the padding under the lanes: 90 + 8 px hold three lanes of 32.67, and no lane peeks in the padding.
    expect(wholeLaneHeight(90, 12, 29, 36, 8)).toBeCloseTo(98 / 3, 9);
    expect(wholeLaneHeight(152, 15, 16, 26, 8)).toBe(16);
  });
});
