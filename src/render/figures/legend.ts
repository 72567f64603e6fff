/** The legend box: one row per layer that has a `legend` text, then a scale bar. */
import type { Variant } from '../../model/index.js';
import { arrowSvg, BAND_GRAY, LINE_STYLES, shading, symbolSvg } from './draw.js';
import { type Box, num } from './geometry.js';
import type { MapLayer } from './project.js';
import { escapeXml, textLook, textWidth } from './text.js';

const NICE_KM = [10, 20, 25, 50, 100, 150, 200, 250, 300, 500, 1000];

/** The longest round distance whose bar is at most `maxPt` long. */
export function scaleBarKm(ptPerKm: number, maxPt: number): number {
  return [...NICE_KM].reverse().find((km) => km * ptPerKm <= maxPt) ?? 10;
}

function swatch(layer: MapLayer, x: number, y: number, scale: number, id: string): string {
  const mid = y;
  switch (layer.kind) {
    case 'line': {
      if (layer.style === 'band') return `<path d="M${num(x)} ${num(mid)}h20" stroke="${BAND_GRAY}" stroke-width="4"/>`;
      const s = LINE_STYLES[layer.style];
      return `<path d="M${num(x)} ${num(mid)}h20" fill="none" stroke="#000" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}${s.cap ? ` stroke-linecap="${s.cap}"` : ''}/>`;
    }
    case 'arrow':
      return arrowSvg(
        [
          [x, mid],
          [x + 22, mid],
        ],
        layer,
        scale * 0.8,
        'class="legend-swatch"',
      );
    case 'area': {
      const box: Box = { x, y: mid - 5, w: 20, h: 10 };
      return `<clipPath id="${id}"><rect x="${num(box.x)}" y="${num(box.y)}" width="20" height="10"/></clipPath><g clip-path="url(#${id})">${shading(layer.fill, box)}</g><rect x="${num(box.x)}" y="${num(box.y)}" width="20" height="10" fill="none" stroke="#000" stroke-width="0.6"/>`;
    }
    case 'place':
      return symbolSvg([x + 10, mid], layer.symbol ?? 'dot', scale, 'class="legend-swatch"');
    default:
      return '';
  }
}

/** The legend's SVG and its box (an obstacle for labels inside the map); nothing when the figure asks for none. */
export function legendSvg(layers: MapLayer[], corner: string, frame: Box, ptPerKm: number, variant: Variant, idPrefix: string): { svg: string; box?: Box } {
  if (corner === 'none') return { svg: '' };
  const look = textLook('legend', variant);
  const scale = look.size / 7.8;
  const rows = layers.filter((l) => 'legend' in l && l.legend);
  const row = look.size * 1.55;
  const km = scaleBarKm(ptPerKm, 70 * scale);
  const bar = km * ptPerKm;
  const textX = 30 * scale;
  const width = Math.max(bar + 24, ...rows.map((l) => textX + textWidth(('legend' in l && l.legend) || '', look, variant))) + 12;
  const height = rows.length * row + look.size * 2.9 + 10;
  // `below`: under the map, outside its frame, so it hides nothing.
  const below = corner === 'below';
  const x = below || corner.endsWith('left') ? frame.x + (below ? -2 : 6) : frame.x + frame.w - 6 - width;
  const y = below ? frame.y + frame.h + 8 : corner.startsWith('top') ? frame.y + 6 : frame.y + frame.h - 6 - height;
  const font = `font-size="${num(look.size, 2)}"`;
  let svg = `<g class="map-legend"><rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="#fff" stroke="#000" stroke-width="0.6"/>`;
  rows.forEach((l, i) => {
    const mid = y + 6 + row * (i + 0.5);
    svg += swatch(l, x + 6, mid, scale, `${idPrefix}-legend-${i}`);
    svg += `<text x="${num(x + 6 + textX)}" y="${num(mid + look.size * 0.33)}" ${font}>${escapeXml(('legend' in l && l.legend) || '')}</text>`;
  });
  const by = y + 6 + rows.length * row + look.size * 1.6;
  const half = bar / 2;
  svg += `<rect x="${num(x + 8)}" y="${num(by - 2.5)}" width="${num(half, 2)}" height="3" fill="#000"/><rect x="${num(x + 8 + half, 2)}" y="${num(by - 2.5)}" width="${num(half, 2)}" height="3" fill="#fff" stroke="#000" stroke-width="0.6"/>`;
  svg += `<text x="${num(x + 8)}" y="${num(by - 4.5)}" ${font}>0</text><text x="${num(x + 8 + bar, 2)}" y="${num(by - 4.5)}" ${font} text-anchor="middle">${km} km</text>`;
  svg += '</g>';
  return { svg, box: { x, y, w: width, h: height } };
}
