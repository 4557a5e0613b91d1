import type { Measure } from './text-fit';
import { graphemeEnds } from './text-fit';

/** How wide text is in one font, and how far the font reaches above and below its baseline. */
export interface FontMetrics {
  measure: Measure;
  ascent: number;
  descent: number;
}

/**
 * Every character taken as 0.62 em (0.66 in bold, weight 600 and more), a little wider than most: where nothing can be measured (the
 * prerendered page, the first render that hydrates it), labels are placed with room to spare.
 */
export function approximateFont(size: number, weight = 400): FontMetrics {
  const em = weight >= 600 ? 0.66 : 0.62;
  // DejaVu Sans's ascent and descent, the likeliest system font.
  return { measure: (text) => graphemeEnds(text).length * size * em, ascent: size * 0.93, descent: size * 0.24 };
}

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
let context: Context | null | undefined;

function canvasContext(): Context | null {
  if (context === undefined) {
    context =
      typeof OffscreenCanvas !== 'undefined'
        ? new OffscreenCanvas(1, 1).getContext('2d')
        : typeof document !== 'undefined'
          ? document.createElement('canvas').getContext('2d')
          : null;
  }
  return context;
}

/**
 * Measures text as the page draws it, `size` px of `family` at `weight` (the drawing's computed font-family), on a canvas; the
 * widths are kept, since placing labels measures the same titles again on every frame of a zoom. Approximate when
 * the family is not known yet or there is no canvas.
 */
export function createFontMetrics(size: number, family: string | null, weight = 400): FontMetrics {
  const ctx = family ? canvasContext() : null;
  if (!ctx || !family) return approximateFont(size, weight);
  const font = `${weight} ${size}px ${family}`;
  ctx.font = font;
  const probe = ctx.measureText('Hg');
  const widths = new Map<string, number>();
  return {
    measure(text) {
      let width = widths.get(text);
      if (width === undefined) {
        ctx.font = font;
        width = ctx.measureText(text).width;
        widths.set(text, width);
      }
      return width;
    },
    ascent: probe.fontBoundingBoxAscent ?? size * 0.93,
    descent: probe.fontBoundingBoxDescent ?? size * 0.24,
  };
}
