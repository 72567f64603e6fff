/**
 * Renders a lesson's figure to inline SVG at build time: the Natural Earth base map, the lesson's layers, placed
 * labels and a legend. Pure (data in, markup out) and deterministic; memoized per process.
 */
import { createHash } from 'node:crypto';
import type { Figure, Layer, Variant } from '../../model/index.js';
import { BASE_MAP_VERSION, baseMap, clipLines, clipRing, type LonLatBox, lonLatBox, MAP_DATA_VERSION } from './basemap.js';
import { arrowSvg, lineSvg, shading, symbolRadius, symbolSvg } from './draw.js';
import { type Box, num, type Pt, pathData, projectRings, type Ring, simplify } from './geometry.js';
import { type LabelRequest, LEADING, type PlacedLabel, placeLabels, type Scene } from './labels.js';
import { legendSvg } from './legend.js';
import { densify, type LatLon, latLon, type MapFrame, mapFrame } from './project.js';
import { escapeXml, type TextStyle, textLook, textWidth } from './text.js';
import { DRAWING_CODE } from './version.js';

export { BASE_MAP_VERSION, MAP_DATA_VERSION };

export interface FigureOptions {
  variant: Variant;
  /** Makes the SVG's internal ids unique in the page (a figure may print more than once in a document). */
  idPrefix: string;
  /** Layers drawn on top as the answer (answer key of a map question). */
  answer?: Layer[];
}

export interface RenderedFigure {
  svg: string;
  width: number;
  height: number;
  labels: PlacedLabel[];
}

/** Land below this size (points across) is left out: a printer cannot show it and it only adds bytes. */
const MIN_ISLAND = 2.5;
const SIMPLIFY = 0.5;
/** Map height per size and variant, relative to the standard: measured so title, map, legend and caption fit a page. */
const HEIGHT_SCALE: Record<string, Partial<Record<Variant, number>>> = { medium: { 'large-print': 0.85 }, large: { 'large-print': 0.7, dyslexia: 0.8 } };

interface Base {
  land: Ring[];
  /** Borders as polylines: labels avoid crossing them, and get a plate where they must. */
  borders: Ring[];
  landPath: string;
  borderPath: string;
}

function drawBase(frame: MapFrame, figure: Figure): Base {
  const b = figure.bounds;
  const map = baseMap();
  // A margin around the bounds: the printed rectangle shows a little more than the bounds (the conic's edges curve).
  const m = Math.max(b.east - b.west, b.north - b.south) * 0.35;
  const box: LonLatBox = [b.west - m, b.south - m, b.east + m, b.north + m];
  const near = map.land.filter((f) => {
    const [w, s, e, n] = lonLatBox(f.geometry);
    return e >= box[0] && w <= box[2] && n >= box[1] && s <= box[3];
  });
  const rings = near.flatMap((f) => f.geometry.coordinates.map((r) => clipRing(r as [number, number][], box))).filter((r) => r.length);
  const keep = (r: Ring) => {
    const xs = r.map((p) => p[0]);
    const ys = r.map((p) => p[1]);
    return Math.max(...xs) - Math.min(...xs) >= MIN_ISLAND || Math.max(...ys) - Math.min(...ys) >= MIN_ISLAND;
  };
  const filled = projectRings(frame.projection, { type: 'MultiPolygon', coordinates: rings.map((r) => [r]) });
  const land = filled.rings.map((r) => simplify(r, SIMPLIFY)).filter(keep);
  const borders = projectRings(frame.projection, { type: 'MultiLineString', coordinates: clipLines(map.borders.coordinates as [number, number][][], box) });
  const borderLines = borders.rings.map((r) => simplify(r, SIMPLIFY));
  return { land, borders: borderLines, landPath: pathData(land, true), borderPath: pathData(borderLines, false) };
}

interface Drawn {
  svg: string;
  lines: Pt[][];
  areas: Ring[];
  obstacles: Box[];
  labels: (LabelRequest & { style: TextStyle })[];
}

/** Draws the layers; returns their markup, the lines labels should avoid, symbol boxes and label requests. */
function drawLayers(layers: Layer[], frame: MapFrame, figure: Figure, variant: Variant, id: string, answer: boolean): Drawn {
  const b = figure.bounds;
  const out: Drawn = { svg: '', lines: [], areas: [], obstacles: [], labels: [] };
  const scale = textLook('place', variant).size / 8.5;
  const request = (text: string | undefined, at: Pt, style: TextStyle, gap: number, sides?: LabelRequest['sides']) => {
    if (!text) return;
    const look = textLook(answer ? 'answer' : style, variant);
    const lines = text.split('\n');
    const width = Math.max(...lines.map((line) => textWidth(line, look, variant)));
    out.labels.push({ text, at, width, size: look.size, lines: lines.length, gap, sides, style: answer ? 'answer' : style });
  };
  const page = (p: LatLon) => frame.toPage(p);
  layers.forEach((layer, i) => {
    const attrs = `data-layer="${layer.kind}" data-index="${i}"${answer ? ' data-answer="true"' : ''}`;
    const at = (p: unknown[] | undefined, fallback: Pt) => (p ? page(latLon(p)) : fallback);
    switch (layer.kind) {
      case 'line': {
        const pad = (b.east - b.west) * 0.4;
        const path: LatLon[] =
          layer.parallel !== undefined
            ? [
                [layer.parallel, b.west - pad],
                [layer.parallel, b.east + pad],
              ]
            : (layer.path ?? []).map(latLon);
        const points = densify(path).map(page);
        const band = (layer.widthKm ?? 4) * frame.ptPerKm;
        out.svg += lineSvg(points, layer, band, `${attrs} data-name="${escapeXml(layer.label ?? layer.legend ?? '')}"`);
        out.lines.push(points);
        const end = layer.parallel !== undefined ? page([layer.parallel, b.east - (b.east - b.west) * 0.12]) : (points[points.length - 1] as Pt);
        request(layer.label, at(layer.labelAt, end), 'line', 3, layer.parallel !== undefined && !layer.labelAt ? ['n', 's'] : undefined);
        break;
      }
      case 'arrow': {
        const points = layer.path.map((p) => page(latLon(p)));
        out.svg += arrowSvg(points, layer, scale, `${attrs} data-name="${escapeXml(layer.label ?? layer.legend ?? '')}"`);
        out.lines.push(points);
        const middle = points[Math.floor((points.length - 1) / 2)] as Pt;
        const next = points[Math.floor((points.length - 1) / 2) + 1] ?? middle;
        request(layer.label, at(layer.labelAt, [(middle[0] + next[0]) / 2, (middle[1] + next[1]) / 2]), 'note', 5);
        break;
      }
      case 'area': {
        const ring = layer.outline.map((p) => page(latLon(p)));
        out.areas.push(ring);
        const xs = ring.map((p) => p[0]);
        const ys = ring.map((p) => p[1]);
        const box = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
        const clip = `${id}-area-${answer ? 'k' : ''}${i}`;
        const hatch = shading(layer.fill, box);
        const land = layer.overSea ? hatch : `<g clip-path="url(#${id}-land)">${hatch}</g>`;
        out.svg += `<g ${attrs} data-name="${escapeXml(layer.label ?? layer.legend ?? '')}"><clipPath id="${clip}"><path d="${pathData([ring], true)}"/></clipPath><g clip-path="url(#${clip})">${land}</g></g>`;
        const centre: Pt = [xs.reduce((a, x) => a + x, 0) / xs.length, ys.reduce((a, y) => a + y, 0) / ys.length];
        request(layer.label, at(layer.labelAt, centre), 'note', 2);
        break;
      }
      case 'place': {
        const p = page(latLon(layer.at));
        const symbol = layer.symbol ?? 'dot';
        const r = symbolRadius(symbol, scale);
        out.svg += symbolSvg(p, symbol, scale, `${attrs} data-place="${escapeXml(layer.name)}"`);
        out.obstacles.push({ x: p[0] - r, y: p[1] - r, w: 2 * r, h: 2 * r });
        request(layer.name, p, 'place', r + 2, layer.labelSide ? [layer.labelSide] : undefined);
        break;
      }
      case 'label':
        request(layer.text, page(latLon(layer.at)), layer.style ?? 'note', 0, ['center']);
        break;
    }
  });
  return out;
}

function labelSvg(l: PlacedLabel, style: TextStyle, variant: Variant): string {
  const look = textLook(style, variant);
  const attrs = [
    `x="${num(l.x, 2)}" y="${num(l.y, 2)}"`,
    `font-size="${num(look.size, 2)}"`,
    `font-weight="${look.weight}"`,
    look.italic ? 'font-style="italic"' : '',
    look.spacing ? `letter-spacing="${num(look.spacing * look.size, 2)}"` : '',
    l.anchor === 'start' ? '' : `text-anchor="${l.anchor}"`,
    `data-box="${[l.box.x, l.box.y, l.box.w, l.box.h].map((n) => num(n, 2)).join(' ')}"`,
  ].filter(Boolean);
  // A white plate keeps a label readable over hatching and lines (a stroked halo would print as a Type 3 font).
  const b = l.box;
  const plate = l.needsPlate
    ? `<rect x="${num(b.x - 1, 2)}" y="${num(b.y - 0.5, 2)}" width="${num(b.w + 2, 2)}" height="${num(b.h + 1, 2)}" fill="#fff"/>`
    : '';
  const lines = (look.upper ? l.text.toUpperCase() : l.text).split('\n');
  const body =
    lines.length === 1
      ? escapeXml(lines[0] ?? '')
      : lines.map((line, i) => `<tspan x="${num(l.x, 2)}"${i ? ` dy="${num(look.size * LEADING, 2)}"` : ''}>${escapeXml(line)}</tspan>`).join('');
  return `${plate}<text ${attrs.join(' ')} class="map-label">${body}</text>`;
}

const memo = new Map<string, RenderedFigure>();

/** What a drawing depends on: the figure, the options, the map data's version and the drawing code. */
export function figureKey(figure: Figure, options: FigureOptions): string {
  return createHash('sha256')
    .update(JSON.stringify([MAP_DATA_VERSION, DRAWING_CODE, figure, options]))
    .digest('hex');
}

/** The figure as SVG markup (with role="img" and the alternative text), sized in points. */
export function renderFigure(figure: Figure, options: FigureOptions): RenderedFigure {
  const key = figureKey(figure, options);
  const hit = memo.get(key);
  if (hit) return hit;
  const { variant, idPrefix: id } = options;
  // Large print and the dyslexia font make the title, legend and caption taller: a large map gives them room on the page.
  const frame = mapFrame(figure, HEIGHT_SCALE[figure.size ?? 'medium']?.[variant] ?? 1);
  const { width: w, height: h } = frame;
  const base = drawBase(frame, figure);
  const layers = drawLayers(figure.layers, frame, figure, variant, id, false);
  const answer = options.answer ? drawLayers(options.answer, frame, figure, variant, id, true) : undefined;
  const frameBox: Box = { x: 2, y: 2, w: w - 4, h: h - 4 };
  const corner = figure.legend ?? 'below';
  const legend = legendSvg(figure.layers, corner, frameBox, frame.ptPerKm, variant, id);
  const inMap = legend.box && corner !== 'below' ? [legend.box] : [];
  const total = corner === 'below' && legend.box ? Math.ceil(legend.box.y + legend.box.h + 1) : h;
  const scene: Scene = {
    frame: frameBox,
    obstacles: [...layers.obstacles, ...inMap],
    land: base.land,
    lines: [...base.borders, ...layers.lines],
    areas: layers.areas,
  };
  // Fixed texts (countries, seas) first, then places, then the labels of lines and areas; the answer's come last, so
  // the student's map and the key's show every base label in the same place.
  const order = (ls: Drawn['labels']) => [...ls.filter((l) => l.sides?.[0] === 'center'), ...ls.filter((l) => l.sides?.[0] !== 'center')];
  const baseLabels = order(layers.labels);
  const placedBase = placeLabels(baseLabels, scene);
  const answerScene = answer
    ? { ...scene, obstacles: [...scene.obstacles, ...answer.obstacles], lines: [...scene.lines, ...answer.lines], areas: [...scene.areas, ...answer.areas] }
    : scene;
  const placedAnswer = answer ? placeLabels(order(answer.labels), answerScene, placedBase) : [];
  const labelStyles = [...baseLabels, ...(answer ? order(answer.labels) : [])].map((l) => l.style);
  const labels = [...placedBase, ...placedAnswer];
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="map" role="img" aria-label="${escapeXml(figure.alt)}" width="${w}pt" height="${total}pt" viewBox="0 0 ${w} ${total}">`,
    `<defs><clipPath id="${id}-frame"><rect width="${w}" height="${h}"/></clipPath><clipPath id="${id}-land"><path d="${base.landPath}"/></clipPath></defs>`,
    `<g clip-path="url(#${id}-frame)">`,
    `<rect width="${w}" height="${h}" fill="#fff"/>`,
    // The land's outline is the coast: where the frame cuts the land, the frame's own border covers the cut.
    `<path class="map-land" d="${base.landPath}" fill="#ececec" stroke="#555" stroke-width="0.6" stroke-linejoin="round"/>`,
    `<path class="map-border" d="${base.borderPath}" fill="none" stroke="#000" stroke-width="0.8" stroke-dasharray="4 1.5 1 1.5"/>`,
    layers.svg,
    answer ? `<g class="map-answer">${answer.svg}</g>` : '',
    labels.map((l, i) => labelSvg(l, labelStyles[i] ?? 'note', variant)).join(''),
    corner === 'below' ? '' : legend.svg,
    '</g>',
    `<rect x="0.4" y="0.4" width="${w - 0.8}" height="${h - 0.8}" fill="none" stroke="#000" stroke-width="0.8"/>`,
    corner === 'below' ? legend.svg : '',
    '</svg>',
  ].join('');
  const rendered = { svg, width: w, height: total, labels };
  memo.set(key, rendered);
  return rendered;
}
