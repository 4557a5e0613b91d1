import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { Category } from '../data/schema';

const SYMBOLS: Record<Category['shape'], SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  star: symbolStar,
  cross: symbolCross,
  wye: symbolWye,
};

/** Area factors that make every shape look about as big as a circle of the same radius. */
const AREA: Record<Category['shape'], number> = {
  circle: 1,
  square: 0.85,
  triangle: 0.75,
  diamond: 0.7,
  star: 0.8,
  cross: 0.7,
  wye: 0.7,
};

const cache = new Map<string, string>();

/** An SVG path for a category's shape, centred on 0,0, about `radius` px from the centre. */
export function shapePath(shape: Category['shape'], radius: number): string {
  const key = `${shape}:${radius}`;
  let path = cache.get(key);
  if (!path) {
    path = symbol(SYMBOLS[shape], Math.PI * radius * radius * AREA[shape] * 1.2)()!;
    cache.set(key, path);
  }
  return path;
}
