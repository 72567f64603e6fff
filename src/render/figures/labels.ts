/**
 * Label placement: each label tries positions around its point (right of it first, as cartographers do) and takes
 * the one that overlaps no other label, symbol or the legend, stays inside the frame and, where it can, does not
 * straddle the coast or cross a drawn line.
 */
import { type Box, inside, overlaps, type Pt, type Ring, segmentHitsBox } from './geometry.js';

export type Side = 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'nw';
const PREFERENCE: Side[] = ['e', 'ne', 'se', 'w', 'nw', 'sw', 'n', 's'];

export interface LabelRequest {
  text: string;
  /** The point the label belongs to. */
  at: Pt;
  width: number;
  /** Font size in points (the box is one font size tall per line). */
  size: number;
  /** Lines of text (a label text may hold line breaks). */
  lines?: number;
  /** Distance from the point to the text. */
  gap: number;
  /** Sides to try, in order (default: all, right first). `center` puts the text on the point. */
  sides?: (Side | 'center')[];
  /** Set by placeLabels: the frame a centred text is kept inside. */
  frame?: Box;
}

export interface PlacedLabel {
  text: string;
  /** Text position: `x` at the anchor, `y` on the baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** Overlaps another label, a symbol or the legend, or leaves the frame: no position was free. */
  collides: boolean;
  /** Part of the box is on land and part at sea. */
  crossesCoast: boolean;
  /** A drawn line or shaded area runs under the text: it gets a white plate to stay readable. */
  needsPlate: boolean;
}

export interface Scene {
  frame: Box;
  /** Symbols and the legend: labels must not cover them. */
  obstacles: Box[];
  land: Ring[];
  /** Drawn lines, as polylines: crossing one is allowed but avoided. */
  lines: Pt[][];
  /** Shaded areas: a label may sit on one, on a plate. */
  areas: Ring[];
}

const ASCENT = 0.78;
/** Distance between the baselines of a label's lines, in font sizes. */
export const LEADING = 1.2;
const HARD = 1_000_000;

function candidate(r: LabelRequest, side: Side | 'center', gap: number): Omit<PlacedLabel, 'collides' | 'crossesCoast' | 'needsPlate' | 'text'> {
  const [px, py] = r.at;
  const w = r.width;
  const h = r.size * (1 + LEADING * ((r.lines ?? 1) - 1));
  const d = gap * 0.72;
  const spots: Record<Side | 'center', [number, number, PlacedLabel['anchor']]> = {
    center: [px - w / 2, py - h / 2, 'middle'],
    e: [px + gap, py - h / 2, 'start'],
    w: [px - gap - w, py - h / 2, 'end'],
    n: [px - w / 2, py - gap - h, 'middle'],
    s: [px - w / 2, py + gap, 'middle'],
    ne: [px + d, py - d - h, 'start'],
    nw: [px - d - w, py - d - h, 'end'],
    se: [px + d, py + d, 'start'],
    sw: [px - d - w, py + d, 'end'],
  };
  let [x, y, anchor] = spots[side];
  // A text that names an area (a sea, a country) may move to stay inside the frame.
  if (side === 'center' && r.frame) {
    x = Math.min(Math.max(x, r.frame.x + 2), r.frame.x + r.frame.w - w - 2);
    y = Math.min(Math.max(y, r.frame.y + 2), r.frame.y + r.frame.h - h - 2);
  }
  const box = { x, y, w, h };
  return { box, anchor, x: anchor === 'start' ? x : anchor === 'end' ? x + w : x + w / 2, y: y + ASCENT * r.size };
}

/** Whether a box has land and sea in it (sampled on a grid). */
export function straddlesCoast(box: Box, land: Ring[]): boolean {
  let wet = 0;
  let dry = 0;
  const cols = Math.max(3, Math.ceil(box.w / 4));
  for (let i = 0; i <= cols; i++)
    for (let j = 0; j <= 2; j++) {
      if (inside([box.x + (box.w * i) / cols, box.y + (box.h * j) / 2], land)) dry++;
      else wet++;
    }
  return wet > 0 && dry > 0;
}

function within(b: Box, frame: Box): boolean {
  return b.x >= frame.x && b.y >= frame.y && b.x + b.w <= frame.x + frame.w && b.y + b.h <= frame.y + frame.h;
}

/** Places labels in order; earlier labels keep their place, later ones avoid them. */
export function placeLabels(requests: LabelRequest[], scene: Scene, placed: PlacedLabel[] = []): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  for (const r of requests) {
    const sides = r.sides ?? PREFERENCE;
    let best: { cost: number; label: PlacedLabel } | undefined;
    sides.forEach((side, rank) => {
      for (const [ring, gap] of [r.gap, r.gap * 2.2].entries()) {
        if (side === 'center' && ring) continue;
        const c = candidate({ ...r, frame: scene.frame }, side, gap);
        const padded = { x: c.box.x - 1, y: c.box.y - 1, w: c.box.w + 2, h: c.box.h + 2 };
        let cost = rank + ring * 30;
        let collides = !within(c.box, scene.frame);
        for (const o of [...scene.obstacles, ...[...placed, ...out].map((p) => p.box)]) if (overlaps(padded, o)) collides = true;
        if (collides) cost += HARD;
        const crossesCoast = straddlesCoast(c.box, scene.land);
        if (crossesCoast) cost += 40;
        let needsPlate = inside([c.box.x + c.box.w / 2, c.box.y + c.box.h / 2], scene.areas);
        for (const line of scene.lines)
          if (line.some((p, i) => i > 0 && segmentHitsBox(line[i - 1] as Pt, p, c.box))) {
            cost += 15;
            needsPlate = true;
          }
        if (!best || cost < best.cost) best = { cost, label: { text: r.text, ...c, collides, crossesCoast, needsPlate } };
      }
    });
    if (best) out.push(best.label);
  }
  return out;
}
