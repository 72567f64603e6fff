import { createRequire } from 'node:module';
import { basename, dirname, extname, join } from 'node:path';
import type { Variant } from '../model/index.js';
import { packageRoot } from '../paths.js';

/** Documents are loaded from this origin, which exists only inside our request interception: no file:// ever. */
export const ASSET_ORIGIN = 'https://lessonpack.invalid';

const require = createRequire(import.meta.url);
const packageDir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));

/** One font file, served as /fonts/<name>; `range` limits it to some characters (fontsource subsets). */
type Face = { family: string; file: string; weight: number; style: 'normal' | 'italic'; range?: string };

// latin covers English and typographic punctuation; latin-ext covers names with diacritics.
const SUBSETS = [
  {
    name: 'latin',
    range:
      'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
  },
  {
    name: 'latin-ext',
    range:
      'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
  },
];

/** The subset files of a @fontsource family at one weight and style. */
const fontsource = (family: string, pkg: string, weight: number, style: Face['style']): Face[] => {
  const prefix = pkg.replace('@fontsource/', '');
  return SUBSETS.map((s) => ({ family, file: join(packageDir(pkg), 'files', `${prefix}-${s.name}-${weight}-${style}.woff2`), weight, style, range: s.range }));
};
const serif = (weight: number, style: Face['style']) => fontsource('Source Serif 4', '@fontsource/source-serif-4', weight, style);
const sans = (weight: number, style: Face['style']) => fontsource('Source Sans 3', '@fontsource/source-sans-3', weight, style);
// The open-dyslexic package's WOFF files are TrueType outlines, which Chromium embeds as real fonts; @fontsource's
// OpenDyslexic is CFF with colour tables, which Chromium can only draw as Type 3 glyph pictures.
const dyslexic = (weight: number, name: string): Face => ({
  family: 'OpenDyslexic',
  file: join(packageDir('open-dyslexic'), 'woff', `OpenDyslexic-${name}.woff`),
  weight,
  style: 'normal',
});

const STANDARD: Face[] = [
  ...serif(400, 'normal'),
  ...serif(400, 'italic'),
  ...serif(600, 'normal'),
  ...serif(700, 'normal'),
  ...serif(700, 'italic'),
  ...sans(400, 'normal'),
  ...sans(400, 'italic'),
  ...sans(600, 'normal'),
  ...sans(700, 'normal'),
];
const FACES: Record<Variant, Face[]> = {
  standard: STANDARD,
  'large-print': STANDARD,
  dyslexia: [dyslexic(400, 'Regular'), dyslexic(700, 'Bold')],
};

/** The font families each variant prints with: the PDF must embed these and no others. */
export const VARIANT_FAMILIES: Record<Variant, string[]> = {
  standard: ['Source Serif 4', 'Source Sans 3'],
  'large-print': ['Source Serif 4', 'Source Sans 3'],
  dyslexia: ['OpenDyslexic'],
};

/** Maps asset URL paths to files on disk. Only these can be loaded by a page. */
export class AssetMap {
  readonly files = new Map<string, string>();

  private readonly rules: string[] = [];

  /** URL of the project's logo, when the config names one. */
  readonly logoUrl?: string;

  constructor(
    readonly variant: Variant,
    project: { logo?: string } = {},
  ) {
    this.files.set('/styles/lessonpack.css', join(packageRoot, 'styles', 'lessonpack.css'));
    // The extension stays in the URL: it decides the Content-Type, and SVG only renders as image/svg+xml.
    if (project.logo) this.logoUrl = this.addImage(`logo${extname(project.logo).toLowerCase()}`, project.logo);
    for (const f of FACES[variant]) {
      const name = basename(f.file);
      const format = name.endsWith('.woff2') ? 'woff2' : 'woff';
      this.files.set(`/fonts/${name}`, f.file);
      this.rules.push(
        `@font-face{font-family:'${f.family}';font-style:${f.style};font-weight:${f.weight};font-display:block;src:url(${ASSET_ORIGIN}/fonts/${name}) format('${format}');${f.range ? `unicode-range:${f.range};` : ''}}`,
      );
    }
  }

  /** @font-face rules for the variant's fonts (every file they name is an allowed asset). */
  fontFaceCss(): string {
    return this.rules.join('\n');
  }

  /** Registers a project image (e.g. the school logo) and returns its URL. */
  addImage(name: string, path: string): string {
    const url = `/images/${encodeURIComponent(name)}`;
    this.files.set(url, path);
    return `${ASSET_ORIGIN}${url}`;
  }
}

/** Escapes any text for use inside a CSS string literal. */
export function cssString(text: string): string {
  return `"${[...text].map((c) => (/[A-Za-z0-9 .,:;!?()'-]/.test(c) ? c : `\\${c.codePointAt(0)?.toString(16)} `)).join('')}"`;
}

/** The Content-Type of an asset, by its file extension. */
export function contentType(path: string): string {
  if (path.endsWith('.css')) return 'text/css; charset=utf-8';
  if (path.endsWith('.woff2')) return 'font/woff2';
  if (path.endsWith('.png')) return 'image/png';
  if (path.endsWith('.jpg') || path.endsWith('.jpeg')) return 'image/jpeg';
  if (path.endsWith('.svg')) return 'image/svg+xml';
  return 'application/octet-stream';
}
