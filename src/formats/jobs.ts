/**
 * The files a build makes without the browser (Word, web pages, QTI packages), as jobs: a path, a cache key and a
 * function that makes the bytes. The build runs them beside its PDF jobs, caches them by key and lists them in the
 * manifest the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedLesson, Source, UnitFile, VersionLetter } from '../model/index.js';
import { packageRoot } from '../paths.js';
import type { AssetMap } from '../render/assets.js';
import type { RenderOptions, Templates } from '../render/index.js';
import { type LessonView, lessonView } from '../render/view.js';
import { sha256 } from '../write/manifest.js';
import { type ChosenKind, documentFile, type OutputFormat } from './choose.js';
import { DOCX_DOCUMENTS, lessonDocx } from './docx.js';
import { lessonQti } from './qti.js';
import { HTML_DOCUMENTS, lessonWebPage } from './web.js';

export interface FileJob {
  path: string;
  kind: string;
  lesson: string;
  format: OutputFormat;
  version?: VersionLetter;
  key: string;
  make: () => Promise<Uint8Array>;
}

export interface FileJobContext {
  lessons: ResolvedLesson[];
  sources: Map<string, Source>;
  /** The unit, whose scoring rules a lesson's view takes. */
  unit?: UnitFile;
  /** Each lesson's view as written. */
  views: Map<string, LessonView>;
  /** Each lesson's content key (everything its documents depend on). */
  lessonKey: (l: ResolvedLesson) => string;
  kinds: Set<ChosenKind>;
  formats: Set<OutputFormat>;
  versions: VersionLetter[];
  templates: Templates;
  assets: AssetMap;
  renderOptions: RenderOptions;
  date: Date;
}

/** The file jobs of the chosen formats, kinds and versions, lesson by lesson. */
export function fileJobs(ctx: FileJobContext): FileJob[] {
  const encoder = new TextEncoder();
  // The web edition also depends on its stylesheet, which the PDFs do not use.
  const webCss = ctx.formats.has('html') ? sha256(readFileSync(join(packageRoot, 'styles', 'web.css'))) : '';
  const jobs: FileJob[] = [];
  for (const l of ctx.lessons) {
    const id = l.data.id;
    const base = ctx.views.get(id);
    if (!base) continue;
    const key = ctx.lessonKey(l);
    const view = (version?: VersionLetter) => (version ? lessonView(l, ctx.sources, ctx.unit, { version }) : base);
    const each = <K extends ChosenKind>(format: OutputFormat, kinds: readonly K[], ext: string, make: (kind: K, v: LessonView) => Promise<Uint8Array>) => {
      if (!ctx.formats.has(format)) return;
      for (const kind of kinds.filter((k) => ctx.kinds.has(k)))
        for (const version of [undefined, ...(kind === 'handout' ? [] : ctx.versions)])
          jobs.push({
            path: documentFile(id, kind, ext, version),
            kind,
            lesson: id,
            format,
            version,
            key: sha256(`${key}:${format}:${kind}:${version ?? ''}:${format === 'html' ? webCss : ''}`),
            make: () => make(kind, view(version)),
          });
    };
    const options = { ...ctx.renderOptions, date: ctx.date };
    each('docx', DOCX_DOCUMENTS, 'docx', (kind, v) => lessonDocx(v, kind, options));
    each('html', HTML_DOCUMENTS, 'html', async (kind, v) => encoder.encode(lessonWebPage(v, kind, ctx.templates, ctx.assets, ctx.renderOptions)));
    // The quiz is the worksheet's questions, as written (an LMS shuffles for itself).
    if (ctx.formats.has('qti') && ctx.kinds.has('worksheet'))
      jobs.push({
        path: `${id}/quiz.qti.zip`,
        kind: 'quiz',
        lesson: id,
        format: 'qti',
        key: sha256(`${key}:qti`),
        make: async () => lessonQti(base, ctx.date),
      });
  }
  return jobs;
}
