/**
 * The bundled fonts: which files each variant prints with, the family chains the styles use, and which characters
 * they can draw together (so `validate` can refuse a character before a build would print it as a box).
 * Every face is declared with its unicode-range, so Chromium loads a file only when a document uses its characters:
 * Korean and symbol fonts cost nothing in documents that do not use them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Variant } from '../model/index.js';
import { fontCoverage, type Ranges, toRanges } from './cmap.js';

const require = createRequire(import.meta.url);
const packageDir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));

/** One font file; `range` (CSS unicode-range) limits it to some characters. */
export interface Face {
  family: string;
  file: string;
  weight: number;
  style: 'normal' | 'italic';
  range?: string;
}

const SERIF = 'Source Serif 4';
const SANS = 'Source Sans 3';
const MONO = 'Source Code Pro';
const KOREAN = 'Noto Sans KR';
const SYMBOLS = 'DejaVu Sans';
const DYSLEXIC = 'OpenDyslexic';

/** Latin (with extensions and Vietnamese), Greek and Cyrillic: every variant prints them. */
const SCRIPTS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'];

/** The faces of a @fontsource package at one weight and style, for the subsets it has (`numbered`: CJK slices). */
function fontsource(family: string, pkg: string, weight: number, style: Face['style'], subsets: string[] | 'numbered' = SCRIPTS): Face[] {
  const dir = packageDir(pkg);
  const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const prefix = pkg.replace('@fontsource/', '');
  const names = subsets === 'numbered' ? Object.keys(ranges).filter((k) => /^\[\d+\]$/.test(k)) : subsets.filter((s) => s in ranges);
  return names.map((s) => ({
    family,
    file: join(dir, 'files', `${prefix}-${s.replace(/[[\]]/g, '')}-${weight}-${style}.woff2`),
    weight,
    style,
    range: ranges[s]?.replace(/,/g, ', '),
  }));
}

/** The .woff twin of a .woff2 face: same glyphs, and a format the cmap reader understands. */
const woffOf = (file: string) => file.replace(/\.woff2$/, '.woff');

const rangeCss = (ranges: Ranges) => ranges.map(([a, b]) => `U+${a.toString(16)}${a === b ? '' : `-${b.toString(16)}`}`).join(', ');

/** DejaVu Sans is one file with thousands of symbols: declared with the characters it really has. */
function symbols(weight: number, style: Face['style']): Face {
  const file = join(packageDir('@fontsource/dejavu-sans'), 'files', `dejavu-sans-latin-${weight}-${style}.woff2`);
  // Control characters are refused by validate, never drawn.
  const ranges = fontCoverage(readFileSync(woffOf(file))).filter(([, b]) => b > 0x9f);
  return { family: SYMBOLS, file, weight, style, range: rangeCss(ranges) };
}

// The open-dyslexic package's WOFF files are TrueType outlines, which Chromium embeds as real fonts; @fontsource's
// OpenDyslexic is CFF with colour tables, which Chromium can only draw as Type 3 glyph pictures.
const dyslexic = (weight: number, name: string): Face => ({
  family: DYSLEXIC,
  file: join(packageDir('open-dyslexic'), 'woff', `OpenDyslexic-${name}.woff`),
  weight,
  style: 'normal',
});

/** Faces every variant shares: Korean, symbols, and the monospace font for inline code. */
const fallbacks = (): Face[] => [
  ...fontsource(KOREAN, '@fontsource/noto-sans-kr', 400, 'normal', 'numbered'),
  ...fontsource(KOREAN, '@fontsource/noto-sans-kr', 700, 'normal', 'numbered'),
  symbols(400, 'normal'),
  symbols(400, 'italic'),
  symbols(700, 'normal'),
  symbols(700, 'italic'),
  ...fontsource(MONO, '@fontsource/source-code-pro', 400, 'normal'),
  ...fontsource(MONO, '@fontsource/source-code-pro', 700, 'normal'),
];

const standard = (): Face[] => [
  ...fontsource(SERIF, '@fontsource/source-serif-4', 400, 'normal'),
  ...fontsource(SERIF, '@fontsource/source-serif-4', 400, 'italic'),
  ...fontsource(SERIF, '@fontsource/source-serif-4', 600, 'normal'),
  ...fontsource(SERIF, '@fontsource/source-serif-4', 700, 'normal'),
  ...fontsource(SERIF, '@fontsource/source-serif-4', 700, 'italic'),
  ...sansFaces(),
  ...fallbacks(),
];

const sansFaces = (): Face[] => [
  ...fontsource(SANS, '@fontsource/source-sans-3', 400, 'normal'),
  ...fontsource(SANS, '@fontsource/source-sans-3', 400, 'italic'),
  ...fontsource(SANS, '@fontsource/source-sans-3', 600, 'normal'),
  ...fontsource(SANS, '@fontsource/source-sans-3', 700, 'normal'),
];

const FACES: Record<Variant, () => Face[]> = {
  standard,
  'large-print': standard,
  // OpenDyslexic draws Latin only: Greek and Cyrillic come from Source Sans 3, a plain sans-serif.
  dyslexia: () => [dyslexic(400, 'Regular'), dyslexic(700, 'Bold'), ...sansFaces(), ...fallbacks()],
};

const faceCache = new Map<Variant, Face[]>();
/** Every face a variant's documents may load. */
export function variantFaces(variant: Variant): Face[] {
  let faces = faceCache.get(variant);
  if (!faces) {
    faces = FACES[variant]();
    faceCache.set(variant, faces);
  }
  return faces;
}

/** Families lessonpack bundles: a project font may not take one of these names. */
export const BUNDLED_FAMILIES = [SERIF, SANS, MONO, KOREAN, SYMBOLS, DYSLEXIC];

/** A font the project adds in lessonpack.config.json ("fonts"), with its file resolved. */
export interface ProjectFont {
  family: string;
  /** Absolute path. */
  file: string;
  weight?: number;
  style?: 'normal' | 'italic';
}

/** The project's fonts as faces: no unicode-range (the family is tried only for characters earlier ones lack). */
export const projectFaces = (fonts: ProjectFont[]): Face[] =>
  fonts.map((f) => ({ family: f.family, file: f.file, weight: f.weight ?? 400, style: f.style ?? 'normal' }));

/** The family chains (first choice first) behind the stylesheet's --body-font, --ui-font and --mono-font. */
export function familyChains(variant: Variant, extra: string[] = []): { body: string[]; ui: string[]; mono: string[] } {
  const tail = [...extra, KOREAN, SYMBOLS];
  if (variant === 'dyslexia') return { body: [DYSLEXIC, SANS, ...tail], ui: [DYSLEXIC, SANS, ...tail], mono: [MONO, ...tail] };
  return { body: [SERIF, ...tail], ui: [SANS, ...tail], mono: [MONO, ...tail] };
}

/** The font families a variant's PDFs may embed: any other means a font failed to load. */
export function variantFamilies(variant: Variant): string[] {
  return [...new Set(variantFaces(variant).map((f) => f.family))];
}

let coverageCache: Ranges | undefined;
/**
 * The characters the bundled fonts draw in every variant (the intersection of the variants' regular faces, read from
 * their cmaps once per process, about 0.2 s), plus those of the project's own fonts: a lesson that passes this check
 * prints in any variant.
 */
export function coverage(projectFonts: ProjectFont[] = []): Ranges {
  if (!coverageCache) {
    const perVariant = (['standard', 'dyslexia'] as const).map((v) => {
      const points = new Set<number>();
      for (const f of variantFaces(v).filter((face) => face.weight === 400 && face.style === 'normal'))
        for (const [a, b] of fontCoverage(readFileSync(woffOf(f.file)))) for (let c = a; c <= b; c++) points.add(c);
      return points;
    });
    const [first, ...rest] = perVariant;
    coverageCache = toRanges([...(first ?? [])].filter((c) => rest.every((set) => set.has(c))));
  }
  if (!projectFonts.length) return coverageCache;
  const extra = projectFonts.flatMap((f) => fontCoverage(readFileSync(f.file)));
  return toRanges([...coverageCache, ...extra].flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => a + k)));
}
