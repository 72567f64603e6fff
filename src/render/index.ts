import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import type { Diagnostic } from '../errors.js';
import { DocumentError, UserError, ValidationError } from '../errors.js';
import { type Messages, messagesFor, UnknownMessage } from '../i18n/index.js';
import { codeFrame } from '../load/json.js';
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
import { packageRoot } from '../paths.js';
import { markdownBlock, plainText } from '../text/markdown.js';
import { breaksRendering, checkTemplates, readTemplate, type TemplateSet, templateSet } from '../validate/templates.js';
import { ASSET_ORIGIN, AssetMap, cssString } from './assets.js';
import { markKorean } from './lang.js';
import { fillPages, geometryCss, linesPerPage, MARGINS_IN } from './page.js';
import { unitTeachingView } from './teaching-view.js';
import { documentLabel, type LessonView, lessonView, sourceView } from './view.js';

export interface RenderOptions {
  paper: Paper;
  variant: Variant;
  school?: string;
  /** Folders of template overrides, searched before the built-in templates. */
  templateDirs?: string[];
}

const PAPER: Record<Paper, string> = { letter: 'letter', a4: 'A4' };

/** Most repetitions of one {{#times}}, and of all of them together in one document (writing lines need a few hundred). */
const MAX_TIMES = 200;
const MAX_REPEATS = 20_000;
/** Deepest nesting of partials (ours nest three deep): a partial that includes itself would overflow the stack. */
const MAX_PARTIAL_DEPTH = 32;

/** A template went past one of its limits; the template that was running is named when it reaches the document. */
class TemplateLimit extends DocumentError {}

/** A Handlebars environment with our templates and partials (overrides first). */
export class Templates {
  /** Templates and partials running now (rendering is synchronous, so one counter serves every document). */
  private depth = 0;
  /** {{#times}} repetitions left in the document being rendered. */
  private repeatsLeft = MAX_REPEATS;
  readonly hb = Handlebars.create();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();
  private readonly set: TemplateSet;
  /** Template files that were read, for the cache key and the manifest. */
  readonly files: string[] = [];

  /** Loads the templates in effect; throws ValidationError (file, line, column) when one does not compile or uses a missing partial. */
  constructor(
    private readonly dirs: string[],
    /** How a template's path is shown in messages (relative to the project). */
    private readonly display: (file: string) => string = (f) => f,
  ) {
    const problems = checkTemplates(dirs, display).filter(breaksRendering);
    if (problems.length) throw new ValidationError(`the templates have ${problems.length} problem(s)`, problems);
    this.set = templateSet(dirs);
    this.hb.registerHelper('gt', (a: number, b: number) => a > b);
    const templates = this;
    this.hb.registerHelper('fillPages', (lines: number, perPage: number) => fillPages(lines, perPage));
    this.hb.registerHelper('times', function (this: unknown, n: number, options: Handlebars.HelperOptions) {
      let out = '';
      for (let i = 0; i < Math.min(Number(n) || 0, MAX_TIMES); i++) {
        // One budget for the whole document: nested {{#times}} would otherwise multiply the cap.
        if (--templates.repeatsLeft < 0) throw new TemplateLimit(`{{#times}} repeats more than ${MAX_REPEATS} times in one document`);
        out += options.fn(this);
      }
      return out;
    });
    // {{t "key" name=value}}: a message of the document's language (passed to each render as @lang).
    this.hb.registerHelper('t', (key: unknown, options: Handlebars.HelperOptions) => {
      try {
        return messagesFor(options.data?.lang).t(String(key), options.hash);
      } catch (e) {
        if (e instanceof UnknownMessage) throw new Handlebars.Exception(e.message);
        throw e;
      }
    });
    this.hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some((a) => (Array.isArray(a) ? a.length > 0 : Boolean(a))));
    for (const [name, file] of this.set.partials) {
      this.hb.registerPartial(name, this.compileFile(file));
      this.files.push(file);
    }
  }

  private compileFile(file: string): Handlebars.TemplateDelegate {
    // A template linked from outside its folder would print that file's text into every PDF.
    const read = readTemplate(file, this.display(file));
    if ('diagnostic' in read) {
      const why = read.diagnostic.code === 'template/outside' ? 'links out of its folder' : 'cannot be read';
      throw new ValidationError(`template ${this.display(file)} ${why}`, [read.diagnostic]);
    }
    const text = read.text;
    let compiled: Handlebars.TemplateDelegate;
    try {
      // Parsing now surfaces syntax errors with the file name, instead of mid-build.
      this.hb.parse(text);
      compiled = this.hb.compile(text, { noEscape: false });
    } catch (e) {
      throw new ValidationError(`template ${this.display(file)} does not compile`, [templateDiagnostic(this.display(file), text, e)], { cause: e });
    }
    // Errors while running a template (an unknown helper, #each without a list) are the template's, not ours; so are
    // its limits (a partial that includes itself, repetitions), which fail this document and no other.
    const shown = this.display(file);
    return (context, options) => {
      if (this.depth === 0) this.repeatsLeft = MAX_REPEATS;
      if (this.depth >= MAX_PARTIAL_DEPTH)
        throw new DocumentError(`${shown}: partials nest more than ${MAX_PARTIAL_DEPTH} deep (does a partial include itself?)`);
      this.depth++;
      try {
        return compiled(context, options);
      } catch (e) {
        if (e instanceof TemplateLimit) throw new DocumentError(`${shown}: ${e.message}`, [], { cause: e });
        if (e instanceof Handlebars.Exception || e instanceof RangeError) throw new DocumentError(`${shown}: template failed: ${e.message}`, [], { cause: e });
        throw e;
      } finally {
        this.depth--;
      }
    };
  }

  template(name: string): Handlebars.TemplateDelegate {
    let t = this.compiled.get(name);
    if (!t) {
      const file = this.set.templates.get(name);
      if (!file) throw new UserError(`template "${name}.hbs" not found in ${this.dirs.map(this.display).join(', ')}`);
      t = this.compileFile(file);
      this.files.push(file);
      this.compiled.set(name, t);
    }
    return t;
  }

  /** Renders a template with `context`, its {{t}} messages in `language` (a BCP 47 tag). */
  render(name: string, context: unknown, language: string): string {
    return this.template(name)(context, { data: { lang: language } });
  }

  /** Compiles every template now, so a syntax error stops a build before anything is printed. Throws ValidationError. */
  check(): void {
    for (const dir of this.dirs) {
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((n) => n.endsWith('.hbs'));
      } catch {}
      for (const n of names) this.template(basename(n, '.hbs'));
    }
  }
}

/** Handlebars token names in parse errors, in the words of the template syntax. */
const TOKENS: Record<string, string> = {
  CLOSE: '}}',
  CLOSE_UNESCAPED: '}}}',
  OPEN: '{{',
  EOF: 'the end of the file',
  INVALID: 'character inside {{ }} (is a } missing?)',
};

/** A Handlebars syntax error as a located diagnostic. */
function templateDiagnostic(file: string, text: string, e: unknown): Diagnostic {
  const message = String((e as Error).message);
  const ex = e as { lineNumber?: number; column?: number };
  // Parse errors carry no position, but the (shared, synchronous) lexer still holds the offending token's.
  const lexed = (Handlebars as unknown as { Parser?: { lexer?: { yylloc?: { first_line: number; first_column: number } } } }).Parser?.lexer?.yylloc;
  const at = message.startsWith('Parse error') ? lexed && { line: lexed.first_line, column: lexed.first_column + 1 } : undefined;
  const where = at ?? (ex.lineNumber !== undefined ? { line: ex.lineNumber, column: (ex.column ?? 0) + 1 } : undefined);
  const got = /got '(\w+)'$/.exec(message)?.[1];
  const unclosed = got === 'EOF' && message.includes('OPEN_ENDBLOCK');
  const what = unclosed ? 'the file ends inside a {{#block}}' : got ? `unexpected ${TOKENS[got] ?? got}` : (message.split('\n')[0] ?? message);
  return {
    file,
    ...(where ? { ...where, frame: codeFrame(text, where.line, where.column) } : {}),
    severity: 'error',
    code: 'template/syntax',
    message: `template does not compile: ${what}`,
    hint: unclosed
      ? 'close every {{#name}} with its {{/name}}'
      : 'expressions look like {{name}}, {{#if name}}...{{/if}} or {{> partial}}; fix the template, or delete it to use the built-in one',
  };
}

export function builtinTemplateDir(): string {
  return join(packageRoot, 'templates');
}

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
): Pick<RenderedDocument, 'html' | 'title' | 'teacherOnly'> {
  const r = renderLessonBody(view, kind, templates, options);
  const layout = { kind, title: r.title, headerLeft: view.titleText, headerRight: r.headerRight, body: r.body, key: r.key, language: view.language };
  return { html: renderPage(templates, layout, options), title: r.title, teacherOnly: r.teacherOnly };
}

/** The unit overview's title, in the unit's language. */
export function unitOverviewTitle(unit: Unit): string {
  const m = messagesFor(unit.data.language);
  return m.t('doc.title', { title: plainText(unit.data.title), label: m.t('unit.title') });
}

/** A lesson's standard codes of one framework, for the unit overview. */
const codes = (v: LessonView, framework: string) => v.standards.filter((s) => s.frameworkId === framework).map((s) => s.code);

/** Renders the unit overview: lessons, standards, sources, teaching notes, reference tables and the summative task. */
export function renderUnitOverview(unit: Unit, views: LessonView[], sources: Map<string, Source>, templates: Templates, options: RenderOptions): string {
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
  return renderPage(templates, { kind: 'unit-overview', title, headerLeft: plainText(unit.data.title), headerRight, body, language: m.tag }, options);
}

export type { ResolvedLesson };
export { lessonView };
