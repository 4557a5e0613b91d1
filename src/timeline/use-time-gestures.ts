import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { setTimeWindow } from '../state/actions';
import { panWindow, pinchWindow, wheelZoomFactor, zoomWindowAt, type TimeWindow } from './gestures';

const DRAG_THRESHOLD = 4;

interface Gesture {
  window: TimeWindow;
  pointers: Map<number, { x0: number; x: number }>;
  dragging: boolean;
}

/**
 * Wheel zooms around the pointer, a drag pans, two fingers pinch. Pointer capture starts only once a drag has begun,
 * so a plain click still reaches the mark under it; the click that ends a drag is swallowed.
 */
export function useTimeGestures(element: RefObject<SVGSVGElement | null>, window: TimeWindow, width: number) {
  const current = useRef({ window, width });
  useLayoutEffect(function keepLatest() {
    current.current = { window, width };
  });
  const hasSize = width > 0;

  useEffect(
    function attachGestures() {
      const svg = element.current;
      if (!svg) return;
      let gesture: Gesture | null = null;
      const localX = (event: PointerEvent | WheelEvent) => event.clientX - svg.getBoundingClientRect().left;

      function onWheel(event: WheelEvent) {
        event.preventDefault();
        const { window: w, width: px } = current.current;
        setTimeWindow(zoomWindowAt(w, wheelZoomFactor(event.deltaY, event.deltaMode), localX(event), px));
      }
      function onPointerDown(event: PointerEvent) {
        if (event.button !== 0) return;
        gesture ??= { window: current.current.window, pointers: new Map(), dragging: false };
        gesture.window = current.current.window;
        for (const p of gesture.pointers.values()) p.x0 = p.x;
        gesture.pointers.set(event.pointerId, { x0: localX(event), x: localX(event) });
      }
      function onPointerMove(event: PointerEvent) {
        const pointer = gesture?.pointers.get(event.pointerId);
        if (!gesture || !pointer) return;
        pointer.x = localX(event);
        const px = current.current.width;
        const [a, b] = [...gesture.pointers.values()];
        if (!gesture.dragging && Math.abs(pointer.x - pointer.x0) < DRAG_THRESHOLD) return;
        if (!gesture.dragging) {
          gesture.dragging = true;
          svg!.setPointerCapture(event.pointerId);
          svg!.classList.add('is-dragging');
        }
        if (b) setTimeWindow(pinchWindow(gesture.window, a.x0, b.x0, a.x, b.x, px));
        else setTimeWindow(panWindow(gesture.window, a.x - a.x0, px));
      }
      function onPointerUp(event: PointerEvent) {
        if (!gesture?.pointers.delete(event.pointerId)) return;
        if (gesture.pointers.size > 0) {
          gesture.window = current.current.window;
          for (const p of gesture.pointers.values()) p.x0 = p.x;
          return;
        }
        if (gesture.dragging) {
          svg!.classList.remove('is-dragging');
          svg!.addEventListener('click', swallow, { capture: true, once: true });
          setTimeout(() => svg!.removeEventListener('click', swallow, { capture: true }), 0);
        }
        gesture = null;
      }
      function swallow(event: Event) {
        event.stopPropagation();
        event.preventDefault();
      }

      svg.addEventListener('wheel', onWheel, { passive: false });
      svg.addEventListener('pointerdown', onPointerDown);
      svg.addEventListener('pointermove', onPointerMove);
      svg.addEventListener('pointerup', onPointerUp);
      svg.addEventListener('pointercancel', onPointerUp);
      return () => {
        svg.removeEventListener('wheel', onWheel);
        svg.removeEventListener('pointerdown', onPointerDown);
        svg.removeEventListener('pointermove', onPointerMove);
        svg.removeEventListener('pointerup', onPointerUp);
        svg.removeEventListener('pointercancel', onPointerUp);
      };
    },
    [element, hasSize],
  );
}
