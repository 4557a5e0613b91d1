/** Web Mercator in degrees-like units: conformal, so angles here are angles on screen at every zoom. */
export function project(lat: number, lon: number): [number, number] {
  const clamped = Math.max(-85, Math.min(85, lat));
  return [lon, (Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) * 180) / Math.PI];
}

export function unproject(x: number, y: number): [number, number] {
  const lat = (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90;
  return [lat, x];
}

export interface Arc {
  /** [lat, lon] points along the curve, origin first. */
  points: [number, number][];
  /** Direction of travel at the destination, in degrees clockwise from east on screen. */
  endAngle: number;
}

/**
 * A curved journey from origin to destination: a quadratic Bézier in projected space that bows to the left of the
 * direction of travel by `bend` times the distance, sampled at `segments` + 1 points.
 */
export function createArc(from: [number, number], to: [number, number], bend = 0.2, segments = 32): Arc {
  const [x0, y0] = project(from[0], from[1]);
  const [x2, y2] = project(to[0], to[1]);
  const dx = x2 - x0;
  const dy = y2 - y0;
  const cx = (x0 + x2) / 2 - dy * bend;
  const cy = (y0 + y2) / 2 + dx * bend;
  const points: [number, number][] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    points.push(unproject(u * u * x0 + 2 * u * t * cx + t * t * x2, u * u * y0 + 2 * u * t * cy + t * t * y2));
  }
  // Screen y grows downwards while projected y grows northwards, hence the minus.
  const endAngle = (Math.atan2(-(y2 - cy), x2 - cx) * 180) / Math.PI;
  return { points, endAngle };
}

export interface Offset {
  dx: number;
  dy: number;
}

/**
 * Spreads markers that would sit on top of each other (closer than `minDistance` px) around their common centre, in
 * rings, so every marker stays visible and clickable. Input order decides the order around the ring.
 */
export function spreadOverlapping(points: readonly { x: number; y: number }[], minDistance: number): Offset[] {
  const offsets: Offset[] = points.map(() => ({ dx: 0, dy: 0 }));
  const groups: number[][] = [];
  const groupOf = new Array<number>(points.length).fill(-1);
  points.forEach((p, i) => {
    for (let j = 0; j < i; j++) {
      const q = points[j];
      if (Math.hypot(p.x - q.x, p.y - q.y) < minDistance) {
        const g = groupOf[j];
        if (groupOf[i] === -1) {
          groupOf[i] = g;
          groups[g].push(i);
        } else if (groupOf[i] !== g) {
          const [keep, drop] = [Math.min(g, groupOf[i]), Math.max(g, groupOf[i])];
          for (const k of groups[drop]) {
            groupOf[k] = keep;
            groups[keep].push(k);
          }
          groups[drop] = [];
        }
      }
    }
    if (groupOf[i] === -1) {
      groupOf[i] = groups.length;
      groups.push([i]);
    }
  });
  for (const members of groups) {
    if (members.length < 2) continue;
    members.sort((a, b) => a - b);
    const cx = members.reduce((sum, i) => sum + points[i].x, 0) / members.length;
    const cy = members.reduce((sum, i) => sum + points[i].y, 0) / members.length;
    let placed = 0;
    for (let ring = 1; placed < members.length; ring++) {
      const radius = ring * minDistance * 1.1;
      const capacity = Math.max(1, Math.floor((2 * Math.PI * radius) / minDistance));
      const count = Math.min(capacity, members.length - placed);
      for (let k = 0; k < count; k++) {
        const angle = -Math.PI / 2 + (2 * Math.PI * k) / count;
        const i = members[placed + k];
        offsets[i] = {
          dx: cx + radius * Math.cos(angle) - points[i].x,
          dy: cy + radius * Math.sin(angle) - points[i].y,
        };
      }
      placed += count;
    }
  }
  return offsets;
}
