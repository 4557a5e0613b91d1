import { useLayoutEffect, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { TimeScale } from './scale';
import type { ModelEvent } from '../data/model';
import { useAppStore } from '../state/use-app-store';
import { selectEvent } from '../state/actions';
import { shapePath } from '../ui/shapes';
import { DEFAULT_LAYOUT } from './layout';
import type { CanvasArea, CanvasPlan } from './canvas-plan';
import { drawCanvasFrame, type CanvasCategory, type CanvasColors } from './draw-canvas';
import { describeCanvas } from './describe-canvas';
import { useCanvasPointer } from './use-canvas-pointer';
import './timeline-canvas.css';

interface Props {
  /** The dated filtered events, in time order. */
  events: readonly ModelEvent[];
  plan: CanvasPlan;
  scale: TimeScale;
  area: CanvasArea;
  /** Height of the whole drawing, px. */
  height: number;
  /** The SVG drawn over the canvas, which receives the pointer. */
  pointerTarget: RefObject<SVGSVGElement | null>;
}

function readColors(element: Element): CanvasColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return { ink: read('--ink', '#1b1b1b'), panel: read('--panel', '#fffdf8'), select: read('--select', '#111') };
}

/**
 * Many events, drawn on a canvas: a density strip while marks would crowd, marks once zoomed in. One tab stop, named
 * by what it shows; the arrow keys (handled app-wide) step the selection, Home and End go to the first and last event.
 */
export function TimelineCanvas({ events, plan, scale, area, height, pointerTarget }: Props) {
  const model = useAppStore((s) => s.model)!;
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const playhead = useAppStore((s) => s.playhead);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const colors = useRef<CanvasColors | null>(null);
  const drawn = useRef(false);

  const categories = useMemo(
    () =>
      new Map<string, CanvasCategory>(
        model.categories.map((c) => [
          c.id,
          { color: c.color, glyph: new Path2D(shapePath(c.shape, DEFAULT_LAYOUT.markRadius)) },
        ]),
      ),
    [model],
  );
  const hoveredBin = useCanvasPointer(pointerTarget, plan, area);
  const dpr = window.devicePixelRatio || 1;

  useLayoutEffect(
    function drawFrame() {
      const canvas = canvasRef.current;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return;
      colors.current ??= readColors(canvas);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawCanvasFrame(ctx, {
        plan,
        area,
        scale,
        byId: model.byId,
        categories,
        colors: colors.current,
        selectedId,
        hoveredId,
        hoveredBin,
        playhead,
      });
      if (!drawn.current) {
        drawn.current = true;
        performance.mark('waymark:timeline-drawn');
      }
    },
    [plan, area, scale, model, categories, selectedId, hoveredId, hoveredBin, playhead, dpr, height],
  );

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Home' && event.key !== 'End') return;
    const target = event.key === 'Home' ? events[0] : events[events.length - 1];
    if (target) selectEvent(target.id);
    event.preventDefault();
  }

  const selected = selectedId ? (model.byId.get(selectedId) ?? null) : null;
  return (
    <canvas
      ref={canvasRef}
      className={`timeline-canvas is-${plan.mode}`}
      width={Math.round(area.width * dpr)}
      height={Math.round(height * dpr)}
      style={{ width: area.width, height }}
      tabIndex={0}
      role="img"
      aria-label={describeCanvas(events.length, plan, selected)}
      aria-keyshortcuts="ArrowLeft ArrowRight Home End"
      data-mode={plan.mode}
      onKeyDown={onKeyDown}
    />
  );
}
