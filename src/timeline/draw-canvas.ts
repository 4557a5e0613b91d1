import type { TimeScale } from './scale';
import type { ModelEvent } from '../data/model';
import type { CanvasArea, CanvasPlan, MarksPlan } from './canvas-plan';
import type { Density } from './density';
import { DEFAULT_LAYOUT } from './layout';
import { markTime } from './time-index';

/** A category as the canvas draws it: its colour and its shape as a path around 0,0. */
export interface CanvasCategory {
  color: string;
  glyph: Path2D;
}

/** The theme's colours, read from CSS so the canvas matches the SVG. */
export interface CanvasColors {
  ink: string;
  panel: string;
  select: string;
}

/** Everything one frame needs; the drawing depends on nothing else. */
export interface CanvasFrame {
  plan: CanvasPlan;
  area: CanvasArea;
  scale: TimeScale;
  byId: ReadonlyMap<string, ModelEvent>;
  categories: ReadonlyMap<string, CanvasCategory>;
  colors: CanvasColors;
  selectedId: string | null;
  hoveredId: string | null;
  /** The density bin under the pointer, drawn darker. */
  hoveredBin: number | null;
  playhead: number | null;
}

const R = DEFAULT_LAYOUT.markRadius;

/** Draws a frame in CSS px (the caller scales the context for the device pixel ratio). */
export function drawCanvasFrame(ctx: CanvasRenderingContext2D, frame: CanvasFrame) {
  const { area, plan } = frame;
  const marksHeight = plan.mode === 'marks' ? plan.lanes * plan.laneHeight : 0;
  ctx.clearRect(0, 0, area.width, area.top + Math.max(area.height, marksHeight));
  if (plan.mode === 'density') drawDensity(ctx, frame, plan.density);
  else drawMarks(ctx, frame, plan);
  if (frame.playhead !== null) veilFuture(ctx, frame, frame.playhead);
  if (plan.mode === 'density') {
    for (const id of [frame.hoveredId, frame.selectedId]) {
      const event = id ? frame.byId.get(id) : undefined;
      if (event?.timed) drawPin(ctx, frame, event, id === frame.selectedId);
    }
  }
}

/**
 * Stacked bars per bin, one colour per category. A bar's height grows with the square root of its count, so a
 * sparse decade stays visible beside a crowded one.
 */
function drawDensity(ctx: CanvasRenderingContext2D, frame: CanvasFrame, density: Density) {
  const { area } = frame;
  const { bins, binWidth, totals, counts, max } = density;
  const bottom = area.top + area.height;
  const heights = new Float64Array(bins);
  for (let b = 0; b < bins; b++) heights[b] = totals[b] ? Math.max(1, Math.sqrt(totals[b] / max) * area.height) : 0;
  const drawn = new Float64Array(bins);
  density.categories.forEach((id, c) => {
    ctx.fillStyle = frame.categories.get(id)?.color ?? frame.colors.ink;
    ctx.beginPath();
    for (let b = 0; b < bins; b++) {
      const count = counts[c * bins + b];
      if (!count) continue;
      const h = (heights[b] * count) / totals[b];
      ctx.rect(b * binWidth, bottom - drawn[b] - h, binWidth, h);
      drawn[b] += h;
    }
    ctx.fill();
  });
  if (frame.hoveredBin !== null && totals[frame.hoveredBin]) {
    ctx.strokeStyle = frame.colors.ink;
    ctx.lineWidth = 1;
    ctx.strokeRect(frame.hoveredBin * binWidth - 0.5, area.top, binWidth + 1, area.height);
  }
}

function drawMarks(ctx: CanvasRenderingContext2D, frame: CanvasFrame, plan: MarksPlan) {
  const { area, colors } = frame;
  ctx.font = '11px system-ui, sans-serif';
  ctx.lineJoin = 'round';
  for (const item of plan.layout.items) {
    if (item.lane >= plan.lanes) continue;
    const event = frame.byId.get(item.id)!;
    const category = frame.categories.get(event.record.category)!;
    const y = area.top + item.lane * plan.laneHeight + plan.laneHeight / 2;
    const selected = item.id === frame.selectedId;
    ctx.globalAlpha = frame.playhead !== null && event.startMs > frame.playhead ? 0.3 : 1;
    ctx.fillStyle = category.color;
    ctx.strokeStyle = category.color;
    const imprecise = event.precision !== 'day' || event.record.rangeMeans === 'uncertainty';
    if (imprecise && !item.isSpan && item.uncertainX2 - item.uncertainX1 > 2 * R) {
      fillBar(ctx, item.uncertainX1, y, item.uncertainX2 - item.uncertainX1, 0.18, [3, 2]);
    }
    if (item.isSpan) {
      const low = event.record.confidence === 'low';
      fillBar(ctx, item.barX1, y, Math.max(2, item.barX2 - item.barX1), low ? 0.16 : 0.55, low ? [4, 2] : []);
    }
    if (selected || item.id === frame.hoveredId) drawHalo(ctx, item.x, y, selected ? colors.select : colors.ink);
    drawGlyph(ctx, category, item.x, y, colors.ink);
    if (item.showLabel) {
      ctx.font = selected ? 'bold 11px system-ui, sans-serif' : '11px system-ui, sans-serif';
      const x = item.x + R + DEFAULT_LAYOUT.labelOffset;
      ctx.strokeStyle = colors.panel;
      ctx.lineWidth = 3;
      ctx.strokeText(event.record.title, x, y + 4);
      ctx.fillStyle = colors.ink;
      ctx.fillText(event.record.title, x, y + 4);
    }
  }
  ctx.globalAlpha = 1;
}

function fillBar(ctx: CanvasRenderingContext2D, x: number, y: number, width: number, opacity: number, dash: number[]) {
  ctx.globalAlpha *= opacity;
  ctx.fillRect(x, y - 4, width, 8);
  ctx.globalAlpha /= opacity;
  ctx.setLineDash(dash);
  ctx.lineWidth = 1;
  ctx.strokeRect(x, y - 4, width, 8);
  ctx.setLineDash([]);
}

function drawHalo(ctx: CanvasRenderingContext2D, x: number, y: number, stroke: string) {
  ctx.beginPath();
  ctx.arc(x, y, R + 4, 0, 2 * Math.PI);
  ctx.fillStyle = '#fff';
  ctx.fill();
  ctx.strokeStyle = stroke;
  ctx.lineWidth = 3;
  ctx.stroke();
}

function drawGlyph(ctx: CanvasRenderingContext2D, category: CanvasCategory, x: number, y: number, ink: string) {
  ctx.translate(x, y);
  ctx.fillStyle = category.color;
  ctx.fill(category.glyph);
  ctx.strokeStyle = ink;
  ctx.lineWidth = 1;
  ctx.stroke(category.glyph);
  ctx.translate(-x, -y);
}

/** In the density, the selected (or hovered) event as a line through the strip with its mark on top. */
function drawPin(ctx: CanvasRenderingContext2D, frame: CanvasFrame, event: ModelEvent, selected: boolean) {
  const { area, colors } = frame;
  const x = frame.scale(markTime(event));
  if (x < 0 || x > area.width) return;
  const stroke = selected ? colors.select : colors.ink;
  ctx.strokeStyle = stroke;
  ctx.lineWidth = selected ? 2 : 1;
  ctx.beginPath();
  ctx.moveTo(x, area.top + R);
  ctx.lineTo(x, area.top + area.height);
  ctx.stroke();
  drawHalo(ctx, x, area.top + R + 2, stroke);
  drawGlyph(ctx, frame.categories.get(event.record.category)!, x, area.top + R + 2, colors.ink);
}

/** What playback has not reached yet is drawn faintly, as the SVG marks are. */
function veilFuture(ctx: CanvasRenderingContext2D, frame: CanvasFrame, playhead: number) {
  if (frame.plan.mode !== 'density') return;
  const x = Math.max(0, frame.scale(playhead));
  if (x >= frame.area.width) return;
  ctx.globalAlpha = 0.7;
  ctx.fillStyle = frame.colors.panel;
  ctx.fillRect(x, frame.area.top, frame.area.width - x, frame.area.height);
  ctx.globalAlpha = 1;
}
