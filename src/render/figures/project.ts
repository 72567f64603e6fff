/** The projection of a figure: a conformal conic fitted to its bounds, at the printed size in points. */
import { type GeoProjection, geoConicConformal, geoDistance } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import type { Figure, Layer } from '../../model/index.js';
import type { Pt } from './geometry.js';

/** A layer with its positions read as [latitude, longitude] numbers. */
export type MapLayer = Layer;
export type LatLon = [number, number];

/** Largest printed size (width, height) in points per `size`: fits a letter or A4 column beside the question margin. */
export const SIZES = { small: [223, 288], medium: [331, 400], large: [446, 470] } as const;

export interface MapFrame {
  projection: GeoProjection;
  width: number;
  height: number;
  /** Points per kilometre at the middle of the map (the scale bar and band widths use it). */
  ptPerKm: number;
  /** [lat, lon] to page points. */
  toPage: (p: LatLon) => Pt;
}

/** Points along the edges of the bounds, so the fit covers the curved edges of the conic, not only the corners. */
function outline(b: Figure['bounds']): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 20; i++) {
    const lon = b.west + ((b.east - b.west) * i) / 20;
    const lat = b.south + ((b.north - b.south) * i) / 20;
    coordinates.push([lon, b.south], [lon, b.north], [b.west, lat], [b.east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** Fits the projection to the figure's bounds inside its size box (`heightScale` < 1 leaves room for larger text). */
export function mapFrame(figure: Pick<Figure, 'bounds' | 'size'>, heightScale = 1): MapFrame {
  const b = figure.bounds;
  const span = b.north - b.south;
  // Standard parallels a sixth in from the edges keep the scale within about 1% across a country-sized map.
  const projection = geoConicConformal()
    .parallels([b.south + span / 6, b.north - span / 6])
    .rotate([-(b.west + b.east) / 2, 0])
    .precision(0.1);
  const shape = outline(b);
  projection.fitSize([1000, 1000], shape);
  const xs = shape.coordinates.map((c) => projection(c as [number, number])?.[0] ?? 0);
  const ys = shape.coordinates.map((c) => projection(c as [number, number])?.[1] ?? 0);
  const aspect = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
  const [maxW, maxH] = SIZES[figure.size ?? 'medium'];
  const width = Math.round(Math.min(maxW, maxH * heightScale * aspect));
  const height = Math.round(width / aspect);
  projection.fitExtent(
    [
      [0, 0],
      [width, height],
    ],
    shape,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const toPage = ([lat, lon]: LatLon): Pt => (projection([lon, lat]) as Pt | null) ?? [Number.NaN, Number.NaN];
  const midLat = (b.north + b.south) / 2;
  const midLon = (b.west + b.east) / 2;
  const a = toPage([midLat - 0.25, midLon]);
  const c = toPage([midLat + 0.25, midLon]);
  const km = geoDistance([midLon, midLat - 0.25], [midLon, midLat + 0.25]) * 6371.0088;
  return { projection, width, height, ptPerKm: Math.hypot(a[0] - c[0], a[1] - c[1]) / km, toPage };
}

/** A [lat, lon] position from the lesson (the schema checked it is two numbers in range). */
export function latLon(p: unknown[] | undefined): LatLon {
  return [Number(p?.[0]), Number(p?.[1])];
}

/** The points of a path with extra points every `step` degrees, so straight segments follow the map's curvature. */
export function densify(path: LatLon[], step = 0.1): LatLon[] {
  const out: LatLon[] = [];
  path.forEach((p, i) => {
    const prev = path[i - 1];
    if (prev) {
      const n = Math.ceil(Math.max(Math.abs(p[0] - prev[0]), Math.abs(p[1] - prev[1])) / step);
      for (let k = 1; k < n; k++) out.push([prev[0] + ((p[0] - prev[0]) * k) / n, prev[1] + ((p[1] - prev[1]) * k) / n]);
    }
    out.push(p);
  });
  return out;
}
