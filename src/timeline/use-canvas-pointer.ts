import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { hoverEvent, selectEvent, zoomTimeWindow } from '../state/actions';
import type { CanvasArea, CanvasPlan } from './canvas-plan';
import { hitTestCanvas } from './canvas-hit-test';

/** How far a click on the density zooms in, around the bin clicked. */
const BIN_CLICK_ZOOM = 0.25;

/**
 * Hover and click for what the canvas draws. The SVG above the canvas receives the pointer (it also carries the
 * gestures, which swallow the click that ends a drag); this hit-tests against the current plan. Returns the density
 * bin under the pointer, which the canvas outlines.
 */
export function useCanvasPointer(target: RefObject<SVGSVGElement | null>, plan: CanvasPlan, area: CanvasArea) {
  const [hoveredBin, setHoveredBin] = useState<number | null>(null);
  const latest = useRef({ plan, area });
  useLayoutEffect(function keepLatest() {
    latest.current = { plan, area };
  });

  useEffect(
    function attachPointer() {
      const svg = target.current;
      if (!svg) return;
      const hitAt = (event: MouseEvent) => {
        const box = svg.getBoundingClientRect();
        return hitTestCanvas(
          latest.current.plan,
          latest.current.area,
          event.clientX - box.left,
          event.clientY - box.top,
        );
      };
      function onMove(event: PointerEvent) {
        if (svg!.classList.contains('is-dragging')) return;
        const hit = hitAt(event);
        svg!.style.cursor = hit ? 'pointer' : '';
        hoverEvent(hit?.kind === 'event' ? hit.id : null);
        setHoveredBin(hit?.kind === 'bin' ? hit.bin : null);
      }
      function onLeave() {
        svg!.style.cursor = '';
        hoverEvent(null);
        setHoveredBin(null);
      }
      function onClick(event: MouseEvent) {
        const hit = hitAt(event);
        if (hit?.kind === 'event') selectEvent(hit.id);
        else if (hit?.kind === 'bin') zoomTimeWindow(BIN_CLICK_ZOOM, (hit.from + hit.to) / 2);
      }
      svg.addEventListener('pointermove', onMove);
      svg.addEventListener('pointerleave', onLeave);
      svg.addEventListener('click', onClick);
      return () => {
        svg.removeEventListener('pointermove', onMove);
        svg.removeEventListener('pointerleave', onLeave);
        svg.removeEventListener('click', onClick);
        svg.style.cursor = '';
      };
    },
    [target],
  );
  return hoveredBin;
}
