/**
 * The base map: Natural Earth coastlines and land borders from the world-atlas package (10m: at page size a Korea map
 * is about 1:5 000 000, where the 50m coast is visibly coarse). Read once per process; projected and cut per figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MAP_DATA_VERSION, packageDir, packageVersion } from './version.js';

export { MAP_DATA_VERSION };

/** The version of the map data credited under every map (the credit's words are the catalogue's "map.credit"). */
export const BASE_MAP_VERSION = packageVersion('world-atlas');

/** Natural Earth numeric ids (ISO 3166) of the two Korean states: their shared modern border is not drawn. */
const KOREAS = new Set(['408', '410']);

export interface BaseMap {
  land: Feature<Polygon>[];
  /** Land borders between countries, except the modern inter-Korean line (lessons draw their own dividing lines). */
  borders: MultiLineString;
}

let cached: BaseMap | undefined;

/** Land polygons and borders of the whole world, loaded on first use. */
export function baseMap(): BaseMap {
  if (cached) return cached;
  const dir = packageDir('world-atlas');
  const land = JSON.parse(readFileSync(join(dir, 'land-10m.json'), 'utf8')) as Topology;
  const countries = JSON.parse(readFileSync(join(dir, 'countries-10m.json'), 'utf8')) as Topology;
  const landCollection = feature(land, land.objects.land as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon> | Feature<Polygon | MultiPolygon>;
  const landFeatures = 'features' in landCollection ? landCollection.features : [landCollection];
  const objects = countries.objects.countries as GeometryCollection;
  // The 1945 line was the 38th parallel and the 1953 line is the lesson's own data: the map data's present-day
  // border between the two Koreas would put a line on the map that the lesson did not state.
  const borders = mesh(countries, objects, (a, b) => a !== b && !(KOREAS.has(String(a.id)) && KOREAS.has(String(b.id))));
  cached = { land: landFeatures.flatMap(splitByPolygon), borders };
  return cached;
}

/** One feature per polygon, so a figure can skip the polygons it does not show. */
function splitByPolygon(f: Feature<Polygon | MultiPolygon>): Feature<Polygon>[] {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return polygons.map((coordinates) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } }));
}

/** Longitude/latitude box of a geometry's coordinates. */
export function lonLatBox(g: Geometry): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      box[0] = Math.min(box[0], x ?? 0);
      box[1] = Math.min(box[1], y ?? 0);
      box[2] = Math.max(box[2], x ?? 0);
      box[3] = Math.max(box[3], y ?? 0);
    } else if (Array.isArray(c)) for (const d of c) visit(d);
  };
  if ('coordinates' in g) visit(g.coordinates);
  return box;
}

type LonLat = [number, number];
export type LonLatBox = [number, number, number, number];

/** Cuts a ring to a longitude/latitude box (Sutherland-Hodgman): the projection then has little left to clip. */
export function clipRing(ring: LonLat[], [w, s, e, n]: LonLatBox): LonLat[] {
  const edges: [(p: LonLat) => boolean, (a: LonLat, b: LonLat) => LonLat][] = [
    [(p) => p[0] >= w, (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= e, (a, b) => [e, a[1] + ((b[1] - a[1]) * (e - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= s, (a, b) => [a[0] + ((b[0] - a[0]) * (s - a[1])) / (b[1] - a[1]), s]],
    [(p) => p[1] <= n, (a, b) => [a[0] + ((b[0] - a[0]) * (n - a[1])) / (b[1] - a[1]), n]],
  ];
  let out = ring;
  for (const [isIn, cut] of edges) {
    const input = out;
    out = [];
    input.forEach((p, i) => {
      const prev = input[(i + input.length - 1) % input.length] as LonLat;
      if (isIn(p)) {
        if (!isIn(prev)) out.push(cut(prev, p));
        out.push(p);
      } else if (isIn(prev)) out.push(cut(prev, p));
    });
  }
  if (out.length && (out[0]?.[0] !== out.at(-1)?.[0] || out[0]?.[1] !== out.at(-1)?.[1])) out.push(out[0] as LonLat);
  return out.length >= 4 ? out : [];
}

/** The pieces of lines inside a box (each keeps one point beyond the box at each end, so it leaves the frame). */
export function clipLines(lines: LonLat[][], [w, s, e, n]: LonLatBox): LonLat[][] {
  const inBox = (p: LonLat) => p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n;
  const out: LonLat[][] = [];
  for (const line of lines) {
    let run: LonLat[] = [];
    line.forEach((p, i) => {
      const prev = line[i - 1];
      if (inBox(p)) {
        if (!run.length && prev) run.push(prev);
        run.push(p);
      } else if (run.length) {
        run.push(p);
        out.push(run);
        run = [];
      }
    });
    if (run.length > 1) out.push(run);
  }
  return out;
}
