import { type Messages, messagesFor } from '../i18n/index.js';
import {
  type LessonDocumentKind,
  type Paper,
  type RenderedDocument,
  type ResolvedLesson,
  type Source,
  STUDENT_DOCUMENTS,
  type Unit,
  type Variant,
} from '../model/index.js';
import { markdownBlock, plainText } from '../text/markdown.js';
import { ASSET_ORIGIN, AssetMap, cssString } from './assets.js';
import { markKorean } from './lang.js';
import { geometryCss, linesPerPage, MARGINS_IN } from './page.js';
import { unitTeachingView } from './teaching-view.js';
import type { Templates } from './templates/index.js';
import { documentLabel, type LessonView, lessonView, sourceView } from './view.js';

export interface RenderOptions {
  paper: Paper;
  variant: Variant;
  school?: string;
}

const PAPER: Record<Paper, string> = { letter: 'letter', a4: 'A4' };

/** A message as a CSS `content` value: its {page} and {pages} placeholders become page counters. */
function counterContent(m: Messages, key: string): string {
  return m
    .t(key)
    .split(/\{(pages?)\}/)
    .map((part, i) => (i % 2 ? `counter(${part})` : part ? cssString(part) : ''))
    .filter(Boolean)
    .join(' ');
}

/** CSS that depends on the document: paper, running header and footer ("Page X of Y" in its language), fonts. */
function pageCss(assets: AssetMap, paper: Paper, layout: Layout, m: Messages): string {
  const { headerLeft, headerRight, running = true, folios } = layout;
  // Margin boxes do not inherit the document's variables: the variant's header size is set here.
  const size = { standard: '8.5pt', 'large-print': '13pt', dyslexia: '9.5pt' }[assets.variant];
  const ui = `font-family: ${assets.uiFont}; font-size: ${size}; color: #000;`;
  const margin = MARGINS_IN.map((m) => `${m}in`).join(' ');
  const head = `${assets.fontFaceCss()}\n${geometryCss(paper, assets.variant)}`;
  const plain = `${head}\n@page { size: ${PAPER[paper]}; margin: ${margin}; }`;
  if (folios) {
    // Outer foot corner: right on right-hand (odd) pages, left on left-hand ones; the first page is a right page.
    const box = `content: ${counterContent(m, 'pack.folio')}; ${ui} font-weight: 700; vertical-align: top; padding-top: 0.12in;`;
    return `${plain}\n@page :right { @bottom-right { ${box} } }\n@page :left { @bottom-left { ${box} } }`;
  }
  if (!running) return plain;
  return `${head}
@page {
  size: ${PAPER[paper]};
  margin: ${margin};
  @top-left { content: ${cssString(headerLeft)}; ${ui} vertical-align: bottom; padding-bottom: 0.12in; }
  @top-right { content: ${cssString(headerRight)}; ${ui} font-weight: 700; vertical-align: bottom; padding-bottom: 0.12in; }
  @bottom-center { content: ${counterContent(m, 'page.footer')}; ${ui} vertical-align: top; padding-top: 0.12in; }
}`;
}

export interface Layout {
  kind: string;
  title: string;
  headerLeft: string;
  headerRight: string;
  body: string;
  key?: boolean;
  /** Running header and "Page X of Y" footer (off for covers and blank pages). */
  running?: boolean;
  /** The document's language (BCP 47): the HTML lang, the footer's words, quotation marks and hyphenation. */
  language: string;
  /** Instead of header and footer, only the pack page number ("Pack page 12") at the outer foot corner (pack folios). */
  folios?: boolean;
}

/** Wraps a rendered body in the page layout (fonts, paper, running header/footer). */
export function renderPage(templates: Templates, layout: Layout, options: RenderOptions, assets = new AssetMap(options.variant)): string {
  const m = messagesFor(layout.language);
  return templates.render(
    'layout',
    {
      lang: m.tag,
      title: layout.title,
      kind: layout.kind,
      key: layout.key ?? false,
      variant: options.variant,
      paper: options.paper,
      assetBase: ASSET_ORIGIN,
      pageCss: pageCss(assets, options.paper, layout, m),
      // A document in Korean needs no marks; in any other, Korean terms keep their words whole.
      body: m.language === 'ko' ? layout.body : markKorean(layout.body),
    },
    m.tag,
  );
}

/** The body of one of a lesson's documents (no page layout), its labels and who it is for. */
export function renderLessonBody(view: LessonView, kind: LessonDocumentKind, templates: Templates, options: RenderOptions & { web?: boolean }) {
  const key = kind === 'answer-key';
  const m = messagesFor(view.language);
  // A version's letter is part of the label, so it prints in the title and the running header of every page.
  const versionLabel = view.version ? ` · ${m.t('version.label', { letter: view.version })}` : '';
  const kindLabel = `${documentLabel(kind, m)}${versionLabel}`;
  // The key is the worksheet with its answers filled in, so the two paginate identically.
  const context = {
    lesson: view,
    key,
    kindLabel,
    school: options.school ?? '',
    // How many writing lines fill a page, so a long answer's space ends at a page foot.
    pageLines: linesPerPage(options.paper, options.variant),
    web: options.web ?? false,
  };
  const body = templates.render(key ? 'worksheet' : kind, context, view.language);
  const teacherOnly = !(STUDENT_DOCUMENTS as readonly string[]).includes(kind);
  const headerRight = teacherOnly ? `${m.t('header.teacher', { label: documentLabel(kind, m) })}${versionLabel}` : kindLabel;
  return { body, key, kindLabel, headerRight, title: m.t('doc.title', { title: view.titleText, label: kindLabel }), teacherOnly };
}

/** Renders one of a lesson's documents to HTML. Pure: data in, HTML string out. */
export function renderLessonDocument(
  view: LessonView,
  kind: LessonDocumentKind,
  templates: Templates,
  options: RenderOptions,
  /** The build's fonts, stylesheet and logo (its project fonts included); made afresh when not given. */
  assets?: AssetMap,
): Pick<RenderedDocument, 'html' | 'title' | 'teacherOnly'> {
  const r = renderLessonBody(view, kind, templates, options);
  const layout = { kind, title: r.title, headerLeft: view.titleText, headerRight: r.headerRight, body: r.body, key: r.key, language: view.language };
  return { html: renderPage(templates, layout, options, assets), title: r.title, teacherOnly: r.teacherOnly };
}

/** The unit overview's title, in the unit's language. */
export function unitOverviewTitle(unit: Unit): string {
  const m = messagesFor(unit.data.language);
  return m.t('doc.title', { title: plainText(unit.data.title), label: m.t('unit.title') });
}

/** A lesson's standard codes of one framework, for the unit overview. */
const codes = (v: LessonView, framework: string) => v.standards.filter((s) => s.frameworkId === framework).map((s) => s.code);

/** Renders the unit overview: lessons, standards, sources, teaching notes, reference tables and the summative task. */
export function renderUnitOverview(
  unit: Unit,
  views: LessonView[],
  sources: Map<string, Source>,
  templates: Templates,
  options: RenderOptions,
  assets?: AssetMap,
): string {
  const m = messagesFor(unit.data.language);
  const used = new Map<string, string[]>();
  views.forEach((v, i) => {
    for (const s of v.sources) used.set(s.id, [...(used.get(s.id) ?? []), m.t('unit.lessonRef', { number: i + 1 })]);
  });
  const context = {
    school: options.school ?? '',
    unit: { ...unit.data, summaryHtml: markdownBlock(unit.data.summary), ...unitTeachingView(unit.data, m) },
    lessons: views.map((v, i) => ({
      ...v,
      index1: i + 1,
      readings: [
        { label: m.t('reading.background'), wordCount: v.background.wordCount, grade: v.background.grade },
        ...v.documents.map((d) => ({ label: `${d.label}${d.adaptedHtml ? ` ${m.t('document.adapted')}` : ''}`, wordCount: d.wordCount, grade: d.grade })),
        { label: m.t('reading.questions'), wordCount: v.prompts.wordCount, grade: v.prompts.grade },
      ],
      // "Document A" -> "A": the label's last word names the document in a list.
      documentList: m.t('unit.documentList', { count: v.documents.length, letters: v.documents.map((d) => d.label.split(/\s+/).pop()).join(', ') }),
      c3Codes: codes(v, 'C3 Framework'),
      ccCodes: codes(v, 'Common Core'),
    })),
    hasStandards: views.some((v) => v.standards.length > 0),
    sources: [...sources.values()].map((s) => ({ ...sourceView(s.meta), usedIn: (used.get(s.meta.id) ?? [m.t('unit.notUsed')]).join(', ') })),
  };
  const body = templates.render('unit-overview', context, m.tag);
  const headerRight = m.t('header.teacher', { label: m.t('unit.title') });
  const title = unitOverviewTitle(unit);
  return renderPage(templates, { kind: 'unit-overview', title, headerLeft: plainText(unit.data.title), headerRight, body, language: m.tag }, options, assets);
}

export type { ResolvedLesson, Templates };
export { lessonView };
