import { basename, extname, join } from 'node:path';
import { familyChains, type ProjectFont, projectFaces, variantFaces, variantFamilies } from '../fonts/index.js';
import type { Variant } from '../model/index.js';
import { packageRoot } from '../paths.js';

/** Documents are loaded from this origin, which exists only inside our request interception: no file:// ever. */
export const ASSET_ORIGIN = 'https://lessonpack.invalid';

/** The font families each variant prints with: the PDF must embed these and no others. */
export const VARIANT_FAMILIES: Record<Variant, string[]> = {
  standard: variantFamilies('standard'),
  'large-print': variantFamilies('large-print'),
  dyslexia: variantFamilies('dyslexia'),
};

const FONT_FORMATS: Record<string, string> = { '.woff2': 'woff2', '.woff': 'woff', '.ttf': 'truetype', '.otf': 'opentype' };

const cssFamilies = (chain: string[], generic: string) => [...chain.map((f) => `'${f}'`), generic].join(', ');

/** Maps asset URL paths to files on disk. Only these can be loaded by a page. */
export class AssetMap {
  readonly files = new Map<string, string>();

  private readonly rules: string[] = [];
  private css?: string;

  /** The font-family list of headings and labels (also for the running header and footer). */
  readonly uiFont: string;

  /** The font families documents may embed: the variant's and the project's own. */
  readonly families: string[];

  /** URL of the project's logo, when the config names one. */
  readonly logoUrl?: string;

  constructor(
    readonly variant: Variant,
    project: { logo?: string; fonts?: ProjectFont[] } = {},
  ) {
    this.files.set('/styles/lessonpack.css', join(packageRoot, 'styles', 'lessonpack.css'));
    // The extension stays in the URL: it decides the Content-Type, and SVG only renders as image/svg+xml.
    if (project.logo) this.logoUrl = this.addImage(`logo${extname(project.logo).toLowerCase()}`, project.logo);
    const own = projectFaces(project.fonts ?? []);
    const chains = familyChains(variant, [...new Set(own.map((f) => f.family))]);
    this.families = [...new Set([...VARIANT_FAMILIES[variant], ...own.map((f) => f.family)])];
    this.uiFont = cssFamilies(chains.ui, 'sans-serif');
    this.rules.push(
      `:root{--body-font:${cssFamilies(chains.body, variant === 'dyslexia' ? 'sans-serif' : 'serif')};--ui-font:${cssFamilies(chains.ui, 'sans-serif')};--mono-font:${cssFamilies(chains.mono, 'monospace')};}`,
    );
    const bundled = variantFaces(variant).map((f) => ({ face: f, url: `/fonts/${basename(f.file)}` }));
    // The project's files get names of our own: theirs may be anything.
    const projects = own.map((f, i) => ({ face: f, url: `/fonts/project-${i}${extname(f.file).toLowerCase()}` }));
    for (const { face: f, url } of [...bundled, ...projects]) {
      this.files.set(url, f.file);
      this.rules.push(
        `@font-face{font-family:'${f.family}';font-style:${f.style};font-weight:${f.weight};font-display:block;src:url(${ASSET_ORIGIN}${url}) format('${FONT_FORMATS[extname(url)] ?? 'woff2'}');${f.range ? `unicode-range:${f.range};` : ''}}`,
      );
    }
  }

  /** @font-face rules for the variant's fonts (every file they name is an allowed asset). */
  fontFaceCss(): string {
    // Every document's head carries these rules (a hundred-odd faces with their unicode ranges): joined once.
    this.css ??= this.rules.join('\n');
    return this.css;
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
  if (path.endsWith('.woff')) return 'font/woff';
  if (path.endsWith('.ttf')) return 'font/ttf';
  if (path.endsWith('.otf')) return 'font/otf';
  if (path.endsWith('.png')) return 'image/png';
  if (path.endsWith('.jpg') || path.endsWith('.jpeg')) return 'image/jpeg';
  if (path.endsWith('.svg')) return 'image/svg+xml';
  return 'application/octet-stream';
}
