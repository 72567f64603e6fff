/** Text on maps: sizes per variant and a conservative width estimate, so labels can be placed before printing. */
import type { Variant } from '../../model/index.js';

export type TextStyle = 'place' | 'region' | 'water' | 'note' | 'line' | 'legend' | 'answer';

/** Label sizes in points: readable on paper (the handout's body text is 10.5 pt; large print is 17.5 pt). */
const SIZE: Record<Variant, number> = { standard: 8.5, 'large-print': 12, dyslexia: 9 };

export interface TextLook {
  size: number;
  weight: number;
  italic: boolean;
  upper: boolean;
  /** Extra space between letters, in em. */
  spacing: number;
}

/** How each kind of map text looks in a variant (the dyslexia variant has no italics and no capitals blocks). */
export function textLook(style: TextStyle, variant: Variant): TextLook {
  const base = SIZE[variant];
  const plain = variant === 'dyslexia';
  switch (style) {
    case 'region':
      return { size: base, weight: 600, italic: false, upper: !plain, spacing: plain ? 0 : 0.12 };
    case 'water':
      return { size: base * 0.95, weight: 400, italic: !plain, upper: false, spacing: 0 };
    case 'legend':
    case 'note':
      return { size: base * 0.92, weight: 400, italic: false, upper: false, spacing: 0 };
    case 'answer':
      return { size: base, weight: 700, italic: false, upper: false, spacing: 0 };
    default:
      return { size: base, weight: 600, italic: false, upper: false, spacing: 0 };
  }
}

// Advance widths of Source Sans 3 (per 1000 em, regular; rounded up): a label box is never narrower than its text.
const WIDTHS: Record<string, number> = {
  a: 490,
  b: 550,
  c: 460,
  d: 550,
  e: 500,
  f: 300,
  g: 500,
  h: 540,
  i: 250,
  j: 250,
  k: 490,
  l: 260,
  m: 820,
  n: 540,
  o: 540,
  p: 550,
  q: 550,
  r: 350,
  s: 420,
  t: 340,
  u: 540,
  v: 470,
  w: 720,
  x: 450,
  y: 470,
  z: 430,
  A: 560,
  B: 600,
  C: 580,
  D: 620,
  E: 530,
  F: 500,
  G: 620,
  H: 660,
  I: 270,
  J: 490,
  K: 590,
  L: 480,
  M: 740,
  N: 650,
  O: 670,
  P: 580,
  Q: 670,
  R: 590,
  S: 550,
  T: 550,
  U: 650,
  V: 540,
  W: 800,
  X: 540,
  Y: 500,
  Z: 550,
  ' ': 210,
  '.': 260,
  ',': 260,
  '-': 320,
  '–': 500,
  '(': 310,
  ')': 310,
  "'": 230,
  '’': 230,
  ':': 260,
  '/': 350,
};

/** Estimated width of a text in points (bold and OpenDyslexic are wider: both are allowed for). */
export function textWidth(text: string, look: TextLook, variant: Variant): number {
  const shown = look.upper ? text.toUpperCase() : text;
  let em = 0;
  for (const c of shown) em += (WIDTHS[c] ?? (/[0-9]/.test(c) ? 510 : 600)) / 1000;
  const weight = look.weight >= 700 ? 1.08 : look.weight >= 600 ? 1.04 : 1;
  const face = variant === 'dyslexia' ? 1.32 : 1;
  return em * look.size * weight * face + look.spacing * look.size * Math.max(0, shown.length - 1);
}

/** XML-escaped text. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
