import { useMemo } from 'react';
import type { Model } from '../data/model';
import type { TimelineMetrics } from './timeline-geometry';
import { shapePath } from '../ui/shapes';
import { pathExtent, type Box, type MarkGeometry } from './mark-geometry';

/** How the marks are drawn at `metrics`: the reach of each category's shape, worked out once per size. */
export function useMarkGeometry(model: Model, metrics: TimelineMetrics): MarkGeometry {
  const { markRadius, barHalf } = metrics;
  return useMemo(() => {
    const extents = new Map<string, Box>(
      model.categories.map((c) => [c.id, pathExtent(shapePath(c.shape, markRadius))]),
    );
    const round: Box = { x1: -markRadius, x2: markRadius, y1: -markRadius, y2: markRadius };
    return { markRadius, barHalf, shapeExtent: (category) => extents.get(category) ?? round };
  }, [model.categories, markRadius, barHalf]);
}
