import { useMemo } from 'react';
import type { TimeScale } from './scale';
import type { ModelEvent } from '../data/model';
import { useAppStore } from '../state/use-app-store';
import { createTimeIndex } from './time-index';
import { planCanvas, type CanvasArea, type CanvasPlan } from './canvas-plan';

/**
 * What the canvas shows of `events` (null: the SVG draws them): the density or the marks. The index is built once per
 * filtered set, the plan once per frame.
 */
export function useCanvasPlan(
  events: readonly ModelEvent[] | null,
  scale: TimeScale,
  area: CanvasArea,
): CanvasPlan | null {
  const model = useAppStore((s) => s.model)!;
  const index = useMemo(() => events && createTimeIndex(events, model.events), [events, model]);
  const categoryIds = useMemo(() => model.categories.map((c) => c.id), [model]);
  return useMemo(
    () => (index && area.width > 0 ? planCanvas(index, scale, area, categoryIds) : null),
    [index, scale, area, categoryIds],
  );
}
