import type { Category } from '../data/schema';
import type { ModelEvent } from '../data/model';
import { shapePath } from '../ui/shapes';
import { ShapeIcon } from '../ui/shape-icon';
import { layoutPrintMap } from './print-map-layout';

/** A small static map of the handout's places: a frame, a graticule, category shapes and the busiest places' names. */
export function PrintMap({
  events,
  categoryById,
}: {
  events: ModelEvent[];
  categoryById: ReadonlyMap<string, Category>;
}) {
  const layout = layoutPrintMap(events);
  if (!layout) return null;
  const { width, height } = layout;
  const shown = new Set(layout.marks.map((m) => m.category));
  const legend = [...categoryById.values()].filter((c) => shown.has(c.id));
  return (
    <figure className="print-map">
      <svg
        viewBox={`-30 -4 ${width + 34} ${height + 20}`}
        role="img"
        aria-label={`Map of the places of ${events.length} events`}
      >
        <rect className="print-map-frame" x={0} y={0} width={width} height={height} />
        <g className="print-map-graticule">
          {layout.meridians.map((m) => (
            <g key={`m${m.label}`}>
              <line x1={m.x} x2={m.x} y1={0} y2={height} />
              <text x={m.x} y={height + 12} textAnchor="middle">
                {m.label}
              </text>
            </g>
          ))}
          {layout.parallels.map((p) => (
            <g key={`p${p.label}`}>
              <line x1={0} x2={width} y1={p.y} y2={p.y} />
              <text x={-4} y={p.y + 3} textAnchor="end">
                {p.label}
              </text>
            </g>
          ))}
        </g>
        {layout.journeys.map((j) => (
          <line key={j.key} className="print-map-journey" x1={j.x1} y1={j.y1} x2={j.x2} y2={j.y2} />
        ))}
        {layout.marks.map((mark) => {
          const category = categoryById.get(mark.category);
          return category ? (
            <path
              key={mark.key}
              className="print-map-mark"
              transform={`translate(${mark.x},${mark.y})`}
              d={shapePath(category.shape, 4.5)}
              fill={category.color}
            />
          ) : null;
        })}
        {layout.labels.map((label) => (
          <text key={label.key} className="print-map-label" x={label.x} y={label.y} textAnchor={label.anchor}>
            {label.text}
          </text>
        ))}
      </svg>
      <figcaption>
        {legend.map((category) => (
          <span key={category.id} className="print-map-legend">
            <ShapeIcon category={category} size={12} /> {category.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
