/** SVG for the layers of a map: lines, arrows, shaded areas and place symbols, in grays only. */
import type { AreaLayer, ArrowLayer, LineLayer, PlaceLayer } from '../../model/index.js';
import { type Box, num, type Pt, pathData } from './geometry.js';

/** Stroke of each line style: width (pt) and dash pattern. */
export const LINE_STYLES: Record<Exclude<LineLayer['style'], 'band'>, { width: number; dash?: string; cap?: string }> = {
  solid: { width: 1.2 },
  heavy: { width: 2.4 },
  dashed: { width: 1.3, dash: '5 3' },
  dotted: { width: 1.5, dash: '0.1 2.6', cap: 'round' },
  'dash-dot': { width: 1.2, dash: '7 2.5 1.2 2.5' },
};
export const BAND_GRAY = '#9a9a9a';

/** A line in a given style; `key` draws it as an answer (black, heavier) in the answer key. */
export function lineSvg(points: Pt[], layer: Pick<LineLayer, 'style'>, bandWidth: number, attrs: string): string {
  const d = pathData([points], false);
  if (layer.style === 'band') return `<path ${attrs} d="${d}" fill="none" stroke="${BAND_GRAY}" stroke-width="${num(bandWidth, 2)}" stroke-linejoin="round"/>`;
  const s = LINE_STYLES[layer.style];
  // A white casing under the line keeps it readable where it crosses the coast or hatching.
  const casing = `<path d="${d}" fill="none" stroke="#fff" stroke-width="${num(s.width + 1.6, 2)}" stroke-linejoin="round" stroke-linecap="round"/>`;
  return `${casing}<path ${attrs} d="${d}" fill="none" stroke="#000" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}${
    s.cap ? ` stroke-linecap="${s.cap}"` : ''
  } stroke-linejoin="round"/>`;
}

/** A smooth curve through the points (Catmull-Rom as cubic Béziers) and the direction it ends in. */
function smooth(points: Pt[]): { d: string; end: Pt; dir: Pt } {
  const p = points;
  let d = `M${num(p[0]?.[0] ?? 0)} ${num(p[0]?.[1] ?? 0)}`;
  let dir: Pt = [1, 0];
  for (let i = 0; i + 1 < p.length; i++) {
    const p0 = p[i - 1] ?? (p[i] as Pt);
    const p1 = p[i] as Pt;
    const p2 = p[i + 1] as Pt;
    const p3 = p[i + 2] ?? p2;
    const c1: Pt = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Pt = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${num(c1[0])} ${num(c1[1])} ${num(c2[0])} ${num(c2[1])} ${num(p2[0])} ${num(p2[1])}`;
    dir = [p2[0] - c2[0], p2[1] - c2[1]];
    if (Math.hypot(...dir) < 0.01) dir = [p2[0] - p1[0], p2[1] - p1[1]];
  }
  return { d, end: p[p.length - 1] as Pt, dir };
}

/** An arrow: a shaft along the path that stops short of a solid head at the last point. */
export function arrowSvg(points: Pt[], layer: Pick<ArrowLayer, 'style'>, scale: number, attrs: string): string {
  const width = 1.8 * scale;
  const head = 7.5 * scale;
  const { end, dir } = smooth(points);
  const len = Math.hypot(dir[0], dir[1]) || 1;
  const [ux, uy] = [dir[0] / len, dir[1] / len];
  // The shaft ends inside the head, so the head's tip is the path's end.
  const shaftEnd: Pt = [end[0] - ux * head * 0.7, end[1] - uy * head * 0.7];
  const shaft = smooth([...points.slice(0, -1), shaftEnd]);
  const base: Pt = [end[0] - ux * head, end[1] - uy * head];
  const [nx, ny] = [-uy * head * 0.45, ux * head * 0.45];
  const tip = `M${num(end[0])} ${num(end[1])}L${num(base[0] + nx)} ${num(base[1] + ny)}L${num(base[0] - nx)} ${num(base[1] - ny)}Z`;
  const dash = layer.style === 'dashed' ? ' stroke-dasharray="5 2.5"' : '';
  return `<g ${attrs}><path d="${shaft.d}" fill="none" stroke="#fff" stroke-width="${num(width + 1.8, 2)}" stroke-linecap="round"/><path d="${shaft.d}" fill="none" stroke="#000" stroke-width="${num(width, 2)}"${dash}/><path d="${tip}" fill="#000" stroke="#fff" stroke-width="0.6"/></g>`;
}

/** Hatching for an area: parallel lines across its box (clipped to the area by the caller). */
export function shading(fill: AreaLayer['fill'], box: Box): string {
  if (fill === 'gray') return `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.w)}" height="${num(box.h)}" fill="#c8c8c8"/>`;
  if (fill === 'dots') {
    let dots = '';
    for (let y = box.y; y <= box.y + box.h; y += 3.2)
      for (let x = box.x + ((y - box.y) % 6.4 ? 1.6 : 0); x <= box.x + box.w; x += 3.2) dots += `M${num(x)} ${num(y)}h0.01`;
    return `<path d="${dots}" stroke="#000" stroke-width="1.1" stroke-linecap="round"/>`;
  }
  const hatch = (slope: number) => {
    let d = '';
    const span = box.w + box.h;
    for (let t = -span; t <= span; t += 3.4)
      d +=
        slope > 0
          ? `M${num(box.x + t)} ${num(box.y + box.h)}L${num(box.x + t + box.h)} ${num(box.y)}`
          : `M${num(box.x + t)} ${num(box.y)}L${num(box.x + t + box.h)} ${num(box.y + box.h)}`;
    return `<path d="${d}" stroke="#000" stroke-width="0.6"/>`;
  };
  return fill === 'crosshatch' ? hatch(1) + hatch(-1) : hatch(1);
}

/** Radius of a place symbol (for the label gap and as an obstacle). */
export function symbolRadius(symbol: PlaceLayer['symbol'], scale: number): number {
  return (symbol === 'none' ? 0.5 : symbol === 'capital' ? 3.4 : 2.4) * scale;
}

export function symbolSvg([x, y]: Pt, symbol: PlaceLayer['symbol'], scale: number, attrs: string): string {
  const r = symbolRadius(symbol, scale);
  const c = `cx="${num(x, 2)}" cy="${num(y, 2)}"`;
  switch (symbol) {
    case 'none':
      return `<circle ${attrs} ${c} r="0" fill="none"/>`;
    case 'capital':
      return `<g ${attrs}><circle ${c} r="${num(r, 2)}" fill="#fff" stroke="#000" stroke-width="1"/><circle ${c} r="${num(r * 0.45, 2)}" fill="#000"/></g>`;
    case 'square':
      return `<rect ${attrs} x="${num(x - r, 2)}" y="${num(y - r, 2)}" width="${num(2 * r, 2)}" height="${num(2 * r, 2)}" fill="#000" stroke="#fff" stroke-width="0.6"/>`;
    default:
      return `<circle ${attrs} ${c} r="${num(r, 2)}" fill="#000" stroke="#fff" stroke-width="0.6"/>`;
  }
}
