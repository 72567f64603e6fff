/**
 * Property-based tests (fast-check): any JSON is answered with diagnostics, never a crash; any string in lesson text
 * is escaped, adds no markup the sanitizer does not allow, and prints literally (checked in HTML, and in a few real PDFs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Diagnostic, UserError } from '../src/errors.js';
import { decodeUtf8, parseJson } from '../src/load/json.js';
import type { LessonDocumentKind, LessonFile, Source } from '../src/model/index.js';
import { Printer } from '../src/print/printer.js';
import { AssetMap } from '../src/render/assets.js';
import { renderLessonDocument } from '../src/render/index.js';
import { builtinTemplateDir, requireTemplates } from '../src/render/templates/index.js';
import { lessonView } from '../src/render/view.js';
import { resolveLesson } from '../src/resolve/excerpts.js';
import { validateSchema } from '../src/validate/schema.js';
import { semanticDiagnostics } from '../src/validate/semantic.js';
import { pdfText, repoRoot, sharedBrowser, sourceLibrary, squash, tempDir } from './helpers.js';

const mini = join(repoRoot, 'tests/fixtures/projects/mini');
const base = JSON.parse(readFileSync(join(mini, 'lessons/mini-lesson.json'), 'utf8')) as LessonFile;
const templates = requireTemplates([builtinTemplateDir()]);
const options = { paper: 'letter', variant: 'standard' } as const;
let sources: Map<string, Source>;

beforeAll(async () => {
  sources = await sourceLibrary(join(mini, 'sources'));
});

const FILE = 'lessons/mini-lesson.json';
const KINDS: (LessonDocumentKind | 'overview')[] = ['overview', 'handout', 'worksheet', 'answer-key'];

/** The whole pipeline up to HTML, in memory: parse, schema, cross-checks, excerpts, and (when valid) the documents asked for. */
function pipeline(text: string, kinds = KINDS): { diagnostics: Diagnostic[]; html?: Record<string, string> } {
  const { doc, errors } = parseJson(FILE, text);
  if (errors.length) return { diagnostics: errors };
  const schema = validateSchema('lesson', doc);
  if (!schema.ok) return { diagnostics: schema.diagnostics };
  const data = schema.value;
  const raw = { file: FILE, json: doc };
  const semantic = semanticDiagnostics(raw, data, data.id);
  if (semantic.length) return { diagnostics: semantic };
  const { lesson, errors: excerpt } = resolveLesson({ ...raw, data }, sources);
  if (!lesson) return { diagnostics: excerpt };
  const view = lessonView(lesson, sources);
  return { diagnostics: [], html: Object.fromEntries(kinds.map((k) => [k, renderLessonDocument(view, k, templates, options).html])) };
}

/** A diagnostic the CLI can print: a file, a code, a message, and a real position when it has one. */
function wellFormed(d: Diagnostic): void {
  expect(d.file).toBe(FILE);
  expect(d.code).toMatch(/^[a-z]+\/[a-zA-Z-]+$/);
  expect(typeof d.message).toBe('string');
  expect(d.message.length).toBeGreaterThan(0);
  if (d.line !== undefined) expect(d.line).toBeGreaterThanOrEqual(1);
  if (d.column !== undefined) expect(d.column).toBeGreaterThanOrEqual(1);
}

/** Runs the pipeline; anything thrown must be a UserError (a message for the user), never a crash. */
function survives(text: string): ReturnType<typeof pipeline> | undefined {
  let res: ReturnType<typeof pipeline>;
  try {
    res = pipeline(text);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return undefined;
  }
  for (const d of res.diagnostics) wellFormed(d);
  return res;
}

/** Every JSON pointer into a value, for mutations. */
function pointers(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => pointers((value as Record<string | number, unknown>)[k], [...at, k]))];
}
const PATHS = pointers(base).filter((p) => p.length > 0);

type Mutation = { path: (string | number)[]; op: 'replace' | 'delete' | 'add'; value: unknown };

/** Applies a mutation in place; one whose path an earlier mutation removed does nothing. */
function mutate(target: unknown, m: Mutation): void {
  let parent = target as Record<string | number, unknown>;
  for (const k of m.path.slice(0, -1)) {
    const next = parent[k];
    if (next === null || typeof next !== 'object') return;
    parent = next as Record<string | number, unknown>;
  }
  const key = m.path[m.path.length - 1] as string | number;
  if (m.op === 'replace') parent[key] = m.value;
  else if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (!Array.isArray(parent)) parent[`x${String(key)}`] = m.value;
}

const anyString = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '{{', '}}', '\\', '*', '[', ']', '(', ')', '\n', ' ', 'a', 'é') }),
);

describe('validation never crashes', () => {
  it('on any text as a lesson file', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json({ maxDepth: 4 }).map((j) => j.slice(0, -1)),
        ),
        (text) => {
          expect(survives(text)?.diagnostics.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const decoded = decodeUtf8(FILE, bytes);
        if ('error' in decoded) wellFormed(decoded.error);
        else survives(decoded.text);
      }),
      { numRuns: 300 },
    );
  });

  it('on any JSON value as a lesson', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const res = survives(JSON.stringify(value, null, 2));
        // No JSON value but a lesson is a valid lesson.
        expect(res?.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('on the valid lesson with any part replaced, removed or added (reaching the cross-checks, excerpts and templates)', () => {
    const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), anyString, fc.integer({ min: -5, max: 500 }));
    const mutation = fc.record({ path: fc.constantFrom(...PATHS), op: fc.constantFrom('replace', 'delete', 'add'), value }) as fc.Arbitrary<Mutation>;
    let rendered = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const lesson = structuredClone(base);
        for (const m of mutations) mutate(lesson, m);
        const res = survives(JSON.stringify(lesson, null, 2));
        if (res?.html) rendered++;
      }),
      { numRuns: 400 },
    );
    // The property means little unless some mutated lessons were valid and went all the way to HTML.
    expect(rendered).toBeGreaterThan(20);
  });
});

/** Text as a reader sees it: tags removed, character references decoded once. */
function textOf(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) =>
      ref[0] === '#' ? String.fromCodePoint(Number.parseInt(ref.slice(ref[1] === 'x' ? 2 : 1), ref[1] === 'x' ? 16 : 10)) : (named[ref] ?? m),
    );
}

/** Every tag in order, attributes included. */
const tags = (html: string) => html.match(/<\/?[a-zA-Z][^>]*>/g) ?? [];

/** Tags in `html` beyond those in `baseline` (multiset difference). */
function extraTags(html: string, baseline: string): string[] {
  const left = new Map<string, number>();
  for (const t of tags(baseline)) left.set(t, (left.get(t) ?? 0) + 1);
  return tags(html).filter((t) => {
    const n = left.get(t) ?? 0;
    if (n > 0) left.set(t, n - 1);
    return n === 0;
  });
}

type Field = { name: string; kind: LessonDocumentKind | 'overview'; set: (l: LessonFile, s: string) => void };
const q = (l: LessonFile, i: number) => l.sections[0]?.questions[i] as unknown as Record<string, unknown>;

/** Fields printed as text ({{ }} in the templates): any string must come out exactly as written. */
const PLAIN: Field[] = [
  { name: 'title', kind: 'handout', set: (l, s) => (l.title = s) },
  { name: 'central question', kind: 'worksheet', set: (l, s) => (l.centralQuestion = s) },
  { name: 'background title', kind: 'handout', set: (l, s) => (l.background.title = s) },
  { name: 'vocabulary term', kind: 'handout', set: (l, s) => (((l.vocabulary ?? [])[0] as { term: string }).term = s) },
  { name: 'document title', kind: 'handout', set: (l, s) => ((l.documents[0] as { title?: string }).title = s) },
  { name: 'section title', kind: 'worksheet', set: (l, s) => ((l.sections[0] as { title: string }).title = s) },
  { name: 'table column', kind: 'answer-key', set: (l, s) => ((q(l, 2).columns as string[])[0] = s) },
  { name: 'ordering item', kind: 'worksheet', set: (l, s) => (((q(l, 3).items as { text: string }[])[0] as { text: string }).text = s) },
  { name: 'matching term', kind: 'answer-key', set: (l, s) => (((q(l, 4).pairs as { term: string }[])[0] as { term: string }).term = s) },
];

/** Markdown fields: the author may use emphasis and lists, but no other markup gets through. */
const MARKDOWN: Field[] = [
  { name: 'background', kind: 'handout', set: (l, s) => (l.background.body = s) },
  { name: 'prompt', kind: 'worksheet', set: (l, s) => (q(l, 1).prompt = s) },
  { name: 'option', kind: 'worksheet', set: (l, s) => (((q(l, 0).options as { text: string }[])[0] as { text: string }).text = s) },
  { name: 'headnote', kind: 'handout', set: (l, s) => ((l.documents[0] as { headnote: string }).headnote = s) },
  { name: 'model answer', kind: 'answer-key', set: (l, s) => (q(l, 5).answer = s) },
  { name: 'timeline event', kind: 'handout', set: (l, s) => (((l.background.timeline ?? [])[0] as { event: string }).event = s) },
  { name: 'vocabulary definition', kind: 'handout', set: (l, s) => (((l.vocabulary ?? [])[0] as { definition: string }).definition = s) },
];

function render(field: Field, s: string): string | undefined {
  const lesson = structuredClone(base);
  field.set(lesson, s);
  // Korean words are marked with their language (src/render/lang.ts): a mark lessonpack adds, not markup from the string.
  return pipeline(JSON.stringify(lesson), [field.kind]).html?.[field.kind]?.replace(/<span lang="ko">([^<]*)<\/span>/g, '$1');
}

/** What the sanitizer lets through from lesson Markdown: these tags, never with attributes. */
const ALLOWED = /^<\/?(p|br|strong|em|b|i|ul|ol|li|blockquote|code|sup|sub|span|h3|h4|table|thead|tbody|tr|th|td)( \/)?>$/;

describe('any string in lesson text', () => {
  const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });
  const tricky = fc.string({
    unit: fc.constantFrom('<', '>', '&', '"', "'", '`', '=', '{{', '}}', '{{{', '\\', '/', 'a', ' ', 'é', '€', '\u0000', '\u2028'),
    minLength: 1,
    maxLength: 30,
  });

  it.each(PLAIN.map((f) => [f.name, f] as const))('%s: printed exactly as written, adding no markup', (_name, field) => {
    const baseline = render(field, 'PLACEHOLDER');
    expect(baseline).toBeDefined();
    fc.assert(
      fc.property(fc.oneof(text, tricky), (s) => {
        const html = render(field, s);
        fc.pre(html !== undefined); // a string the schema refuses (e.g. too long) is validation's business
        expect(extraTags(html as string, baseline as string)).toEqual([]);
        expect(textOf(html as string)).toContain(s);
      }),
      { numRuns: 80 },
    );
  });

  it.each(MARKDOWN.map((f) => [f.name, f] as const))('%s: only allowlisted tags without attributes; plain text prints literally', (_name, field) => {
    const baseline = render(field, 'PLACEHOLDER') as string;
    const hostile = fc.string({
      unit: fc.constantFrom(
        '<script>',
        '<img src=x onerror=alert(1)>',
        '<a href="javascript:x">',
        '<iframe src="file:///etc/passwd">',
        '<style>',
        '</p>',
        '<b>',
        '*',
        '`',
        '[x](http://a.invalid)',
        '\n\n',
        '{{x}}',
        'text',
        ' ',
      ),
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.oneof(text, tricky, hostile), (s) => {
        const html = render(field, s);
        fc.pre(html !== undefined);
        // Script, iframe, img, style and links are gone; what is left has no attributes (no href, src or on*=).
        for (const t of extraTags(html as string, baseline)) expect(t).toMatch(ALLOWED);
      }),
      { numRuns: 80 },
    );
    // Text without Markdown or HTML syntax (letters, digits, punctuation, braces, a lone < or >) prints as written.
    const plain = fc
      .array(fc.constantFrom('word', 'Été', '&', '"q"', "it's", '{{x}}', '{{{y}}}', 'a < b', 'c > d', '1,5', '€', '—', '%', '$', '@', '?'), {
        minLength: 1,
        maxLength: 8,
      })
      .map((words) => `Text ${words.join(' ')}`);
    fc.assert(
      fc.property(plain, (s) => {
        const html = render(field, s);
        expect(html).toBeDefined();
        expect(squash(textOf(html as string))).toContain(s);
      }),
      { numRuns: 30 },
    );
  });
});

describe('generated strings in a real PDF', () => {
  it('print literally: <, >, &, {{ }}, quotes and accented letters', async () => {
    const unit = fc.constantFrom('<', '>', '&', '{{', '}}', '"', "'", 'é', 'ü', 'ß', 'Ł', '—', '“', '”', '€', 'x', 'Y', '7', ' ');
    const samples = fc.sample(fc.string({ unit, minLength: 4, maxLength: 24 }), { numRuns: 3, seed: 7 }).map((s) => `Q${squash(s)}Z`);
    const lesson = structuredClone(base);
    const [a = '', b = '', c = ''] = samples;
    ((lesson.vocabulary ?? [])[0] as { term: string }).term = a;
    lesson.background.title = b;
    (lesson.documents[0] as { title?: string }).title = c;
    const html = pipeline(JSON.stringify(lesson)).html?.handout;
    expect(html).toBeDefined();
    const printer = new Printer({ concurrency: 1, browserEndpoint: sharedBrowser() });
    try {
      const res = await printer.print({ html: html as string, assets: new AssetMap('standard'), variant: 'standard', label: 'property' });
      expect(res.blocked).toEqual([]);
      const file = join(tempDir('lessonpack-prop-'), 'handout.pdf');
      writeFileSync(file, res.pdf);
      const printed = (await pdfText(file)).normalize('NFKC');
      for (const s of samples) expect(printed).toContain(s.normalize('NFKC'));
    } finally {
      await printer.close();
    }
  });
});

describe('Markdown where writers expect it', () => {
  it('vocabulary definitions and timeline events take inline Markdown, sanitized', () => {
    const lesson = structuredClone(base);
    lesson.vocabulary = [{ term: 'airlift', definition: 'Supply by air (German *Luftbrücke*, "air bridge") <script>x()</script>' }];
    lesson.background.timeline = [{ date: '24 June 1948', event: 'The Soviet Union **blockades** West Berlin.' }];
    const { diagnostics, html } = pipeline(JSON.stringify(lesson));
    expect(diagnostics).toEqual([]);
    expect(html?.handout).toContain('<dd>Supply by air (German <em>Luftbrücke</em>, "air bridge") </dd>');
    expect(html?.handout).toContain('<td>The Soviet Union <strong>blockades</strong> West Berlin.</td>');
    expect(html?.handout).not.toContain('*Luftbrücke*');
  });
});
