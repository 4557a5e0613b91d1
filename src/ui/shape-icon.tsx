import type { Category } from '../data/schema';
import { shapePath } from './shapes';

/** A category's shape in its colour, for legends, lists and the details panel. */
export function ShapeIcon({ category, size = 14 }: { category: Category; size?: number }) {
  const r = size / 2 - 1.5;
  return (
    <svg
      className="shape-icon"
      width={size}
      height={size}
      viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`}
      aria-hidden="true"
    >
      <path d={shapePath(category.shape, r)} fill={category.color} stroke="#1b1b1b" strokeWidth={1} />
    </svg>
  );
}
