import type { Category } from '../data/schema';
import { shapePath } from '../ui/shapes';
import type { DrawItem } from './cluster-draw';

const INK = '#1b1b1b';
const CLUSTER_FILL = '#1f3a5f';

const shapes = new Map<Category['shape'], Path2D>();

function shapeOf(shape: Category['shape']): Path2D {
  let path = shapes.get(shape);
  if (!path) {
    // The same path as a DOM marker's, so a category looks alike whichever way the map draws it.
    path = new Path2D(shapePath(shape, 7));
    shapes.set(shape, path);
  }
  return path;
}

function circle(ctx: CanvasRenderingContext2D, x: number, y: number, r: number) {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
}

/** Paints a plan from `planDraw` in order, onto a context already cleared and scaled to CSS pixels. */
export function paintPlan(
  ctx: CanvasRenderingContext2D,
  plan: readonly DrawItem[],
  categoryOf: (marker: number) => Category,
) {
  // Legs of an opened cluster first, so no line crosses a marker.
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1;
  ctx.globalAlpha = 0.6;
  for (const item of plan) {
    if (item.kind !== 'point' || !item.leg) continue;
    ctx.beginPath();
    ctx.moveTo(item.leg.x, item.leg.y);
    ctx.lineTo(item.x, item.y);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = 'bold 12px system-ui, sans-serif';
  for (const item of plan) {
    if (item.kind === 'cluster') {
      circle(ctx, item.x, item.y, item.r);
      ctx.fillStyle = CLUSTER_FILL;
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#fff';
      ctx.stroke();
      ctx.fillStyle = '#fff';
      ctx.fillText(item.label, item.x, item.y);
      continue;
    }
    if (item.state !== 'normal') {
      circle(ctx, item.x, item.y, item.r - 1);
      ctx.fillStyle = item.state === 'selected' ? '#fff' : 'rgba(255, 255, 255, 0.85)';
      ctx.fill();
      ctx.lineWidth = item.state === 'selected' ? 3 : 1.5;
      ctx.strokeStyle = item.state === 'selected' ? '#111' : INK;
      ctx.stroke();
    }
    const category = categoryOf(item.marker);
    ctx.translate(item.x, item.y);
    ctx.fillStyle = category.color;
    ctx.fill(shapeOf(category.shape));
    ctx.lineWidth = 1.2;
    ctx.strokeStyle = INK;
    ctx.stroke(shapeOf(category.shape));
    ctx.translate(-item.x, -item.y);
  }
}
