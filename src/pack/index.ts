/** Builds student packs, teacher packs and the unit pack from PDFs already in the output folder. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { OutputError, UserError } from '../errors.js';
import type { ChosenKind } from '../formats/choose.js';
import { packKinds } from '../formats/integrate.js';
import { type Messages, messagesFor } from '../i18n/index.js';
import { readInputFile } from '../load/files.js';
import {
  type DocumentResult,
  LESSON_DOCUMENTS,
  type LessonDocumentKind,
  type Paper,
  type ResolvedLesson,
  STUDENT_DOCUMENTS,
  type Unit,
  type Variant,
} from '../model/index.js';
import { assemblePack, finalizePdf, oddStarts, type PackPart } from '../pdf/index.js';
import type { PrintResult } from '../print/printer.js';
import type { Project } from '../project.js';
import type { AssetMap } from '../render/assets.js';
import { renderPage, type Templates } from '../render/index.js';
import { type LessonView, unitAuthors } from '../render/view.js';
import { settleAll } from '../settle.js';
import { plainText } from '../text/markdown.js';
import { writeAtomic } from '../write/atomic.js';
import { type ManifestEntry, sha256 } from '../write/manifest.js';

/** Largest document read into a pack. */
const MAX_PART_BYTES = 256 * 1024 * 1024;

interface PackContext {
  project: Project;
  outDir: string;
  cacheDir: string;
  lessons: ResolvedLesson[];
  views: Map<string, LessonView>;
  unit?: Unit;
  templates: Templates;
  renderOptions: { paper: Paper; variant: Variant; school?: string };
  /** The build's asset map (fonts, stylesheet, logo), which printHtml serves. */
  assets: AssetMap;
  date: Date;
  common: string;
  printHtml: (html: string, label: string) => Promise<PrintResult>;
  report: (r: DocumentResult) => void;
  entries: Map<string, ManifestEntry>;
  /** Writes a finished PDF to its path in the output folder and records it in the manifest. */
  store: (entry: ManifestEntry, pdf: Uint8Array) => Promise<void>;
  /** Documents that failed in this build: a pack must not mix them in from an older build. */
  failed: Set<string>;
  force: boolean;
  /** The document kinds this build makes (--only): a pack is assembled only when every document it holds is. */
  kinds?: Set<ChosenKind>;
}

/** Bookmark title of a lesson document inside a pack. */
const partTitle = (kind: LessonDocumentKind, m: Messages) => m.t(`pack.part.${kind}`);

export async function buildPacksFor(ctx: PackContext): Promise<void> {
  const { outDir, cacheDir, templates, renderOptions, date } = ctx;
  const meta = (title: string, subject: string, id: string, m: Messages, author?: string) => ({
    title,
    author: author || 'lessonpack',
    subject,
    keywords: ['lesson pack'],
    language: m.tag,
    date,
    id,
  });

  /** A small printed piece (cover, contents, blank page), cached by content in the cache folder. */
  const piece = async (name: string, html: string, m: Messages): Promise<Uint8Array> => {
    const key = sha256(`${ctx.common}\n${m.tag}\n${html}`);
    const file = join(cacheDir, `${name}-${key.slice(0, 16)}.pdf`);
    if (!ctx.force && existsSync(file)) return readFile(file);
    const printed = await ctx.printHtml(html, name);
    const { pdf } = await finalizePdf(printed.pdf, meta(name, name, key, m), ctx.assets.families);
    await writeAtomic(file, pdf);
    return pdf;
  };
  const page = (kind: string, title: string, body: string, m: Messages) =>
    renderPage(templates, { kind, title, headerLeft: title, headerRight: '', body, running: false, language: m.tag }, renderOptions, ctx.assets);
  const logo = () => ctx.assets.logoUrl ?? '';
  /** The "intentionally blank" page, in the language of the pack it goes into. */
  const blank = (m: Messages) => piece('blank', page('blank', m.t('blank.title'), templates.render('blank', {}, m.tag), m), m);
  const paperLabel = (m: Messages) => m.t(renderOptions.paper === 'a4' ? 'paper.a4' : 'paper.letter');
  const messagesOf = (view: LessonView) => messagesFor(view.language);
  /** The pack page numbers for a pack of `pages` pages, as a sheet to print over it ("Pack page 12", "묶음 12쪽"). */
  const folioSheet = (m: Messages) => async (pages: number) => {
    // The label's own characters, so the browser loads the fonts the margin boxes need.
    const body = templates.render('folios', { label: m.t('pack.folio', { page: '' }), pages: Array.from({ length: pages }, (_, i) => i + 1) }, m.tag);
    const layout = { kind: 'folios', title: 'Pack page numbers', headerLeft: '', headerRight: '', folios: true, body, language: m.tag };
    // Printed as Chromium makes it: only its pages' content is drawn onto the pack, never its metadata or tags.
    return (await ctx.printHtml(renderPage(templates, layout, renderOptions, ctx.assets), 'folios')).pdf;
  };

  const cover = (view: LessonView) => {
    const m = messagesOf(view);
    const body = templates.render(
      'cover',
      {
        school: renderOptions.school ?? '',
        logo: logo(),
        eyebrow: `${view.unit ? `${view.unit} · ` : ''}${m.t('pack.teacherEyebrow')}`,
        title: view.title,
        subtitle: view.gradeLevel,
        questionLabel: m.t('label.centralQuestion'),
        question: view.centralQuestion,
        contents: LESSON_DOCUMENTS.map((k) => partTitle(k, m)),
        paperLabel: paperLabel(m),
      },
      m.tag,
    );
    return piece(`cover-${view.id}`, page('cover', view.titleText, body, m), m);
  };

  const docPdf = async (path: string): Promise<Uint8Array> => {
    if (ctx.failed.has(path)) throw new UserError(`not assembled: ${path} failed (see above)`);
    const read = readInputFile(join(outDir, path), path, { root: outDir, maxBytes: MAX_PART_BYTES });
    if (!('bytes' in read)) {
      if (read.problem === 'missing') throw new UserError(`${path} is missing: build its lesson first (lessonpack build), then run lessonpack pack`);
      throw new UserError(`${path} cannot be packed: ${'diagnostic' in read ? read.diagnostic.message : read.problem}`);
    }
    // A document this build knows must still be the file it printed or verified (not one swapped in meanwhile).
    const known = ctx.entries.get(path);
    if (known && sha256(read.bytes) !== known.sha256) throw new UserError(`${path} changed while the packs were made: build again`);
    return read.bytes;
  };

  /** Assembles one pack unless an identical one is already on disk. */
  const pack = async (
    path: string,
    kind: string,
    lesson: string | undefined,
    inputs: string[],
    parts: () => Promise<PackPart[]>,
    title: string,
    subject: string,
    m: Messages,
    author: string,
    /** Print pack page numbers on the pages (for a pack with a contents page). */
    numbered = false,
  ) => {
    const t0 = performance.now();
    try {
      const built = await parts();
      const parts_ = built.map((p) => `${p.title}:${p.level ?? 1}:${p.numbered ?? true}:${sha256(p.pdf)}`);
      const key = sha256([ctx.common, numbered ? 'folios' : '', ...parts_].join('\n'));
      const hit = ctx.entries.get(path);
      if (!ctx.force && hit && hit.key === key && existsSync(join(outDir, path))) {
        ctx.report({ path, kind, lesson, status: 'cached', pages: hit.pages, ms: 0 });
        return;
      }
      const assembled = await assemblePack(built, await blank(m), meta(title, subject, key, m, author), numbered ? folioSheet(m) : undefined);
      await ctx.store({ path, kind, lesson, sha256: sha256(assembled.pdf), pages: assembled.pages, bytes: assembled.pdf.length, inputs, key }, assembled.pdf);
      ctx.report({ path, kind, lesson, status: 'printed', pages: assembled.pages, ms: Math.round(performance.now() - t0) });
    } catch (e) {
      if (!(e instanceof UserError) || e instanceof OutputError) throw e;
      ctx.report({ path, kind, lesson, status: 'failed', pages: 0, ms: Math.round(performance.now() - t0), error: e.message });
    }
  };

  const teacherParts = async (view: LessonView, level: number, m = messagesOf(view)): Promise<PackPart[]> => [
    { title: plainText(view.title), pdf: await cover(view), keepOutline: false, level },
    ...(await Promise.all(
      LESSON_DOCUMENTS.map(async (k) => ({
        title: partTitle(k, m),
        pdf: await docPdf(`${view.id}/${k}.pdf`),
        keepOutline: true,
        level: level + 1,
      })),
    )),
  ];

  const wanted = ctx.kinds ? packKinds(ctx.kinds) : { student: true, teacher: true, unit: true };
  await settleAll(
    ctx.lessons.map(async (l) => {
      const view = ctx.views.get(l.data.id);
      if (!view) return;
      const inputs = (kinds: readonly string[]) => kinds.map((k) => `${view.id}/${k}.pdf`);
      const m = messagesOf(view);
      if (wanted.student)
        await pack(
          `${view.id}/student-pack.pdf`,
          'student-pack',
          view.id,
          inputs(STUDENT_DOCUMENTS),
          async () =>
            Promise.all(STUDENT_DOCUMENTS.map(async (k) => ({ title: partTitle(k, m), pdf: await docPdf(`${view.id}/${k}.pdf`), keepOutline: true }))),
          m.t('pack.studentTitle', { title: view.titleText }),
          view.centralQuestion,
          m,
          l.data.author ?? '',
        );
      if (wanted.teacher)
        await pack(
          `${view.id}/teacher-pack.pdf`,
          'teacher-pack',
          view.id,
          inputs(LESSON_DOCUMENTS),
          async () => {
            const parts = await teacherParts(view, 1);
            // In a lesson's own teacher pack the cover is not a heading over the rest.
            return parts.map((p) => ({ ...p, level: 1 }));
          },
          m.t('pack.teacherTitle', { title: view.titleText }),
          view.centralQuestion,
          m,
          l.data.author ?? '',
        );
    }),
  );

  const unit = ctx.unit;
  if (!unit || !wanted.unit) return;
  const ordered = unit.data.lessons.flatMap((id) => ctx.views.get(id) ?? []);
  if (ordered.length !== unit.data.lessons.length) return; // a lesson of the unit failed; its error is already reported
  const um = messagesFor(unit.data.language);
  await pack(
    'unit-pack.pdf',
    'unit-pack',
    undefined,
    ['unit-overview.pdf', ...ordered.flatMap((v) => LESSON_DOCUMENTS.map((k) => `${v.id}/${k}.pdf`))],
    async () => {
      const unitTitle = plainText(unit.data.title);
      const coverBody = templates.render(
        'cover',
        {
          school: renderOptions.school ?? '',
          logo: logo(),
          eyebrow: um.t('pack.unitEyebrow'),
          title: unit.data.title,
          subtitle: unit.data.gradeLevel ?? '',
          questionLabel: um.t('label.compellingQuestion'),
          question: unit.data.compellingQuestion ?? '',
          contents: [um.t('toc.title'), um.t('pack.unitOverview'), ...ordered.map((v, i) => um.t('pack.lessonEntry', { number: i + 1, title: v.titleText }))],
          paperLabel: paperLabel(um),
        },
        um.tag,
      );
      const unitCover = await piece('cover-unit', page('cover', unitTitle, coverBody, um), um);
      const overview = { title: um.t('pack.unitOverview'), pdf: await docPdf('unit-overview.pdf'), keepOutline: false, level: 1 };
      const lessonParts = (await Promise.all(ordered.map((v) => teacherParts(v, 1)))).flat();
      const counts = async (parts: PackPart[]) =>
        Promise.all(parts.map(async (p) => (await PDFDocument.load(p.pdf, { updateMetadata: false })).getPageCount()));
      const tail = [overview, ...lessonParts];
      const tailCounts = await counts(tail);
      // The contents page lists page numbers that depend on its own length: print, measure, reprint if it grew.
      let tocPages = 1;
      let toc: Uint8Array = new Uint8Array();
      for (let attempt = 0; attempt < 3; attempt++) {
        const { starts } = oddStarts([1, tocPages, ...tailCounts]);
        const entries = tail.map((p, i) => ({ title: p.title, page: starts[i + 2], sub: p.level !== undefined && p.level > 1 }));
        const tocBody = templates.render('toc', { entries, folioLabel: um.t('pack.folio', { page: 12 }) }, um.tag);
        toc = await piece('contents', page('toc', um.t('pack.contentsTitle', { title: unitTitle }), tocBody, um), um);
        const actual = (await PDFDocument.load(toc, { updateMetadata: false })).getPageCount();
        if (actual === tocPages) break;
        tocPages = actual;
      }
      return [
        { title: unitTitle, pdf: unitCover, keepOutline: false, level: 1, numbered: false },
        { title: um.t('toc.title'), pdf: toc, keepOutline: false, level: 1 },
        ...tail,
      ];
    },
    um.t('pack.unitTitle', { title: plainText(unit.data.title) }),
    unit.data.compellingQuestion ?? unit.data.title,
    um,
    unitAuthors(ctx.lessons, unit.data.lessons),
    true,
  );
}
