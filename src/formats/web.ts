/** Glue for the web edition: renders a student document with the templates and reads the styles and fonts it inlines. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { familyChains } from '../fonts/index.js';
import type { LessonDocumentKind } from '../model/index.js';
import { packageRoot } from '../paths.js';
import { ASSET_ORIGIN, type AssetMap } from '../render/assets.js';
import { type RenderOptions, renderLessonBody, type Templates } from '../render/index.js';
import type { LessonView } from '../render/view.js';
import { selfContainedPage } from './html.js';

/** The documents that have a web edition: the student copies. */
export const HTML_DOCUMENTS = ['handout', 'worksheet'] as const satisfies readonly LessonDocumentKind[];
export type HtmlKind = (typeof HTML_DOCUMENTS)[number];

/** A student document as one self-contained, accessible HTML page. */
export function lessonWebPage(view: LessonView, kind: HtmlKind, templates: Templates, assets: AssetMap, options: RenderOptions): string {
  const r = renderLessonBody(view, kind, templates, { ...options, web: true });
  const file = (url: string) => assets.files.get(url.startsWith(ASSET_ORIGIN) ? url.slice(ASSET_ORIGIN.length) : url);
  // The fonts a chain starts with set the text; the chains' shared tail (Korean, symbols) only fills gaps.
  const chains = familyChains(options.variant);
  const tail = chains.mono.slice(1);
  const textFamilies = [...chains.body, ...chains.ui, ...(r.body.includes('<code') ? chains.mono : [])].filter((f) => !tail.includes(f));
  return selfContainedPage({
    textFamilies,
    lang: view.language,
    title: r.title,
    htmlClass: `variant-${options.variant} web`,
    bodyClass: `doc-${kind} web`,
    body: r.body,
    css: [
      readFileSync(file('/styles/lessonpack.css') ?? join(packageRoot, 'styles', 'lessonpack.css'), 'utf8'),
      readFileSync(join(packageRoot, 'styles', 'web.css'), 'utf8'),
    ],
    fontFaceCss: assets.fontFaceCss(),
    asset: (url) => {
      const f = file(url);
      return f ? readFileSync(f) : undefined;
    },
  });
}
