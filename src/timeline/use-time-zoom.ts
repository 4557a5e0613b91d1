import { useEffect, useRef, type RefObject } from 'react';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { setTimeWindow } from '../state/actions';

/**
 * Wheel, drag and pinch on `element` move the time window, through d3-zoom. The d3 transform is kept relative to a
 * fixed reference scale over `reference`, and is reset from the store whenever the window changes elsewhere.
 */
export function useTimeZoom(
  element: RefObject<SVGSVGElement | null>,
  window: [number, number],
  reference: [number, number],
  width: number,
) {
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [refFrom, refTo] = reference;

  useEffect(
    function attachZoom() {
      const svg = element.current;
      if (!svg || width <= 0) return;
      const referenceScale = scaleUtc().domain([refFrom, refTo]).range([0, width]);
      const span = refTo - refFrom;
      const behaviourNow = zoom<SVGSVGElement, unknown>()
        .scaleExtent([0.25, span / (86_400_000 * 2)])
        .filter((event: Event) => !(event.type === 'dblclick' && (event.target as Element).closest('[data-event-id]')))
        .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
          if (!event.sourceEvent) return;
          const [from, to] = event.transform.rescaleX(referenceScale).domain();
          setTimeWindow([from.getTime(), to.getTime()]);
        });
      behaviour.current = behaviourNow;
      const selection = select(svg);
      selection.call(behaviourNow);
      return () => {
        selection.on('.zoom', null);
        behaviour.current = null;
      };
    },
    [element, refFrom, refTo, width],
  );

  const [from, to] = window;
  useEffect(
    function syncTransform() {
      const svg = element.current;
      if (!svg || !behaviour.current || width <= 0) return;
      const k = (refTo - refFrom) / (to - from);
      const x = (-(from - refFrom) / (refTo - refFrom)) * width * k;
      behaviour.current.transform(select(svg), zoomIdentity.translate(x, 0).scale(k));
    },
    [element, from, to, refFrom, refTo, width],
  );
}
