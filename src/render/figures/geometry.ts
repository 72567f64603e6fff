/** Planar geometry on projected map points (SVG user units = PostScript points). */
import { type GeoProjection, geoPath } from 'd3-geo';
import type { GeoJSON } from 'geojson';

export type Pt = [number, number];
export type Ring = Pt[];
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Rings and lines as geoPath draws them (after the projection's clipping), recorded instead of stringified. */
export function projectRings(projection: GeoProjection, object: GeoJSON): { rings: Ring[]; closed: boolean[] } {
  const rings: Ring[] = [];
  const closed: boolean[] = [];
  let current: Ring | undefined;
  const context = {
    moveTo(x: number, y: number) {
      current = [[x, y]];
      rings.push(current);
      closed.push(false);
    },
    lineTo(x: number, y: number) {
      current?.push([x, y]);
    },
    closePath() {
      closed[closed.length - 1] = true;
    },
    arc() {},
    beginPath() {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(object);
  return { rings, closed };
}

/** Douglas-Peucker: drops points closer than `tolerance` to the simplified line (what a printer cannot show anyway). */
export function simplify(points: Ring, tolerance: number): Ring {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length) {
    const [a, b] = stack.pop() as [number, number];
    const [ax, ay] = points[a] as Pt;
    const [bx, by] = points[b] as Pt;
    let worst = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance2(points[i] as Pt, ax, ay, bx, by);
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    if (worst > t2 && index > 0) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function segmentDistance2([px, py]: Pt, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len)) : 0;
  const x = ax + t * dx - px;
  const y = ay + t * dy - py;
  return x * x + y * y;
}

/** A number with at most `digits` decimals and no trailing zeros: short, deterministic path data. */
export function num(n: number, digits = 1): string {
  const s = n.toFixed(digits);
  return (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s).replace(/^-0$/, '0');
}

/** SVG path data for rings (closed ones end in Z). */
export function pathData(rings: Ring[], closed: boolean[] | boolean): string {
  return rings
    .map((r, i) => {
      const d = r.map(([x, y], j) => `${j ? 'L' : 'M'}${num(x)} ${num(y)}`).join('');
      return (Array.isArray(closed) ? closed[i] : closed) ? `${d}Z` : d;
    })
    .join('');
}

/** Even-odd point-in-polygon over several rings. */
export function inside([x, y]: Pt, rings: Ring[]): boolean {
  let odd = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as Pt;
      const [xj, yj] = ring[j] as Pt;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  return odd;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Whether the segment p-q crosses or lies in the box. */
export function segmentHitsBox(p: Pt, q: Pt, b: Box): boolean {
  // Liang-Barsky clipping: the segment hits the box when some part of it survives the clip.
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const edges: [number, number][] = [
    [-dx, p[0] - b.x],
    [dx, b.x + b.w - p[0]],
    [-dy, p[1] - b.y],
    [dy, b.y + b.h - p[1]],
  ];
  for (const [pe, qe] of edges) {
    if (pe === 0) {
      if (qe < 0) return false;
    } else {
      const t = qe / pe;
      if (pe < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}
