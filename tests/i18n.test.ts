/**
 * Localized documents: catalogues complete and consistent, plural rules, the language of a lesson or unit validated
 * and inherited, and printed PDFs whose labels, /Lang and HTML lang follow it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import Handlebars from 'handlebars';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../src/build.js';
import { availableLanguages, type Catalogue, catalogue, Messages } from '../src/i18n/index.js';
import { LESSON_DOCUMENTS } from '../src/model/index.js';
import { markKorean } from '../src/render/lang.js';
import { messageUses } from '../src/render/templates/index.js';
import { checkLanguage } from '../src/validate/language.js';
import { pdfPages, pdfText, quietBuild, repoRoot, squash, tempDir } from './helpers.js';

const bin = join(repoRoot, 'bin/lessonpack.js');
const validate = (root: string) => spawnSync(process.execPath, [bin, 'validate'], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const texts = (m: Catalogue[string]) => (typeof m === 'string' ? [m] : Object.values(m));

/** The /Lang entry of a PDF's catalog. */
async function pdfLang(file: string): Promise<string | undefined> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const lang = doc.catalog.lookup(PDFName.of('Lang'));
  return lang instanceof PDFString ? lang.decodeText() : lang?.toString();
}

/** Every bookmark title of a PDF, depth first (read with pdf.js). */
async function outlineTitles(file: string): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  type Item = { title: string; items: Item[] };
  const flat = (items: Item[]): string[] => items.flatMap((i) => [i.title, ...flat(i.items)]);
  const titles = flat(((await doc.getOutline()) ?? []) as Item[]);
  await doc.destroy();
  return titles;
}

describe('catalogues', () => {
  const en = catalogue('en');
  const languages = availableLanguages();

  it('ship English, Spanish and Korean, as docs/authoring.md says', () => {
    expect(languages).toEqual(['en', 'es', 'ko']);
    const doc = readFileSync(join(repoRoot, 'docs/authoring.md'), 'utf8');
    expect(doc).toContain(`(${Object.keys(en).length} messages each)`);
  });

  it.each(languages)('%s has every key of en.json and no other, with the same placeholders', (language) => {
    const c = catalogue(language);
    expect(Object.keys(c).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of Object.entries(en)) {
      const want = [...new Set(texts(message).flatMap(placeholders))].sort();
      for (const text of texts(c[key] ?? '')) {
        // A plural form may leave out {count} ("el único enunciado"); no form may invent a placeholder.
        const have = placeholders(text).filter((p) => p !== 'count' || want.includes('count'));
        expect(
          have.every((p) => want.includes(p)),
          `${language} ${key}: ${text}`,
        ).toBe(true);
        expect(text.trim(), `${language} ${key}`).not.toBe('');
      }
    }
  });

  it.each(languages)('%s: every plural message has a form for each category its plural rules use', (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(catalogue(language))) {
      if (typeof message === 'string') continue;
      expect(Object.keys(message).sort(), `${language} ${key}`).toEqual([...categories].sort());
    }
  });

  it('every {{t "key"}} in the built-in templates is a key of the catalogues', () => {
    const dir = join(repoRoot, 'templates');
    const files = [...readdirSync(dir).map((n) => join(dir, n)), ...readdirSync(join(dir, 'partials')).map((n) => join(dir, 'partials', n))].filter((f) =>
      f.endsWith('.hbs'),
    );
    const used = files.flatMap((f) => messageUses(Handlebars.parse(readFileSync(f, 'utf8'))).map((u) => u.key));
    expect(used.length).toBeGreaterThan(80);
    expect(used.filter((k) => !(k in en))).toEqual([]);
  });

  it('the keys the code builds from kinds and skills all exist', () => {
    // The skills are the enum of the lesson schema that holds "sourcing".
    const enums: string[][] = [];
    JSON.parse(readFileSync(join(repoRoot, 'schemas/lesson.schema.json'), 'utf8'), (key, value) => {
      if (key === 'enum' && Array.isArray(value)) enums.push(value);
      return value;
    });
    const skills = enums.find((e) => e.includes('sourcing')) ?? [];
    expect(skills.length).toBeGreaterThan(5);
    const keys = [
      ...LESSON_DOCUMENTS.flatMap((k) => [`doc.${k}`, `pack.part.${k}`]),
      ...skills.map((s) => `skill.${s}`),
      ...['multiple-choice', 'short-answer', 'extended-response', 'table', 'ordering', 'matching', 'map'].map((k) => `kind.${k}`),
      ...['ordering', 'matching', 'selectAll'].flatMap((k) => [`rule.kind.${k}`, `rule.minusOne.${k}`, `rule.perItem.${k}`]),
    ];
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });

  it('no English is left in the templates outside {{t}}: every word printed comes from data or a catalogue', () => {
    const dir = join(repoRoot, 'templates');
    const files = [...readdirSync(dir).map((n) => join(dir, n)), ...readdirSync(join(dir, 'partials')).map((n) => join(dir, 'partials', n))].filter((f) =>
      f.endsWith('.hbs'),
    );
    for (const f of files) {
      // Text between tags, with Handlebars expressions removed: what a template prints by itself.
      const printed = readFileSync(f, 'utf8')
        .replace(/\{\{[^}]*\}\}\}?/g, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&\w+;/g, ' ');
      expect(printed.match(/[A-Za-z]{2,}/g) ?? [], f).toEqual(f.endsWith('unit-overview.hbs') ? ['His', 'RH', 'WHST'] : []);
    }
  });
});

describe('plural forms and placeholders', () => {
  it('English, Spanish and Korean count points, questions and minutes', () => {
    const [en, es, ko] = ['en', 'es', 'ko'].map((l) => new Messages(l)) as [Messages, Messages, Messages];
    expect([0, 1, 2].map((count) => en.t('points', { count }))).toEqual(['0 points', '1 point', '2 points']);
    expect([0, 1, 2].map((count) => es.t('points', { count }))).toEqual(['0 puntos', '1 punto', '2 puntos']);
    expect([1, 2].map((count) => ko.t('points', { count }))).toEqual(['1점', '2점']);
    expect([1, 18].map((count) => es.t('questions', { count }))).toEqual(['1 pregunta', '18 preguntas']);
    expect([1, 3].map((count) => en.t('points.short', { count }))).toEqual(['1 pt', '3 pts']);
    expect(es.t('periods', { count: 2, length: 50 })).toBe('2 sesiones de 50 minutos');
    expect(ko.t('periods', { count: 2, length: 50 })).toBe('50분 수업 2차시');
    expect(es.t('page.footer', { page: 1, pages: 4 })).toBe('Página 1 de 4');
    expect(() => en.t('no.such.key')).toThrow('no message "no.such.key" in the en catalogue');
  });

  it("a regional tag uses its language's catalogue and keeps the region for /Lang", () => {
    const gb = new Messages('en-gb');
    expect(gb.tag).toBe('en-GB');
    expect(gb.t('student.name')).toBe('Name');
  });
});

describe('Korean words in a document of another language', () => {
  it('are marked lang="ko" in the text, never inside a tag or an attribute', () => {
    expect(markKorean('<dt title="38선">38th parallel (38선)</dt><dd>정전 협정, signed at Panmunjom (판문점)</dd>')).toBe(
      '<dt title="38선">38th parallel (<span lang="ko">38선</span>)</dt><dd><span lang="ko">정전 협정</span>, signed at Panmunjom (<span lang="ko">판문점</span>)</dd>',
    );
    expect(markKorean('<p>No Korean here.</p>')).toBe('<p>No Korean here.</p>');
  });
});

describe('language validation', () => {
  it('a malformed tag and a language without a catalogue are refused, with what to write instead', () => {
    expect(checkLanguage('es_MX', '/language')).toEqual([
      {
        pointer: '/language',
        code: 'language/malformed',
        message: '"es_MX" is not a BCP 47 language tag',
        hint: 'did you mean "es-MX"? (subtags are joined by "-")',
      },
    ]);
    expect(checkLanguage('fr-CA', '/language')).toEqual([
      {
        pointer: '/language',
        code: 'language/no-catalogue',
        message: 'no message catalogue for the language "fr" (of "fr-CA")',
        hint: 'catalogues exist for "en", "es", "ko"; to add one, see docs/authoring.md "Languages"',
      },
    ]);
    expect(checkLanguage('ko', '/language')).toEqual([]);
    expect(checkLanguage('es-419', '/language')).toEqual([]);
  });

  it('validate locates a bad language in a lesson and in unit.json', () => {
    const root = tempDir('lessonpack-i18n-');
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
    const file = join(root, 'lessons/mini-lesson.json');
    const lesson = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ language: 'english', ...lesson }, null, 2));
    writeFileSync(join(root, 'lessons/unit.json'), JSON.stringify(unit('xx'), null, 2));
    const res = validate(root);
    expect(res.status).toBe(1);
    const lines = res.stderr.split('\n').filter((l) => /^lessons\/\S+:\d+:\d+ /.test(l));
    expect(lines).toEqual([
      'lessons/mini-lesson.json:2:15  /language  no message catalogue for the language "english"',
      'lessons/unit.json:4:15  /language  no message catalogue for the language "xx"',
    ]);
  });

  it('a template override that asks for a message no catalogue has is a located error', () => {
    const root = tempDir('lessonpack-i18n-');
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
    mkdirSync(join(root, 'templates/partials'), { recursive: true });
    writeFileSync(join(root, 'templates/partials/student-lines.hbs'), '<div>\n  {{t "student.nmae"}}\n</div>\n');
    writeFileSync(join(root, 'lessonpack.config.json'), JSON.stringify({ templates: 'templates' }));
    const res = validate(root);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('templates/partials/student-lines.hbs:2:3  no message "student.nmae" in the catalogues');
    expect(res.stderr).toContain('hint: did you mean "student.name"?');
  });
});

/** A unit listing the mini lesson, in `language`. */
function unit(language: string) {
  return {
    id: 'mini-unit',
    title: 'Mini unit',
    language,
    summary: 'A unit of one lesson.',
    lessons: ['mini-lesson'],
  };
}

describe('printed in the lesson language', () => {
  let root: string;
  let result: BuildResult;
  const out = (path: string) => join(root, 'dist', path);
  beforeAll(async () => {
    root = tempDir('lessonpack-i18n-');
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
    const lesson = JSON.parse(readFileSync(join(root, 'lessons/mini-lesson.json'), 'utf8'));
    // The unit is in Korean, and its lesson inherits it; a second lesson, outside the unit, declares Spanish.
    writeFileSync(join(root, 'lessons/unit.json'), JSON.stringify(unit('ko'), null, 2));
    writeFileSync(join(root, 'lessons/mini-es.json'), JSON.stringify({ ...lesson, id: 'mini-es', language: 'es' }, null, 2));
    result = await quietBuild({ root, htmlDir: join(root, 'html') });
  }, 180_000);

  it('the build succeeds', () => {
    expect(result.documents.filter((d) => d.status === 'failed')).toEqual([]);
    expect(result.failed).toBe(false);
  });

  it('Spanish: labels, "Página 1 de N", /Lang es and lang="es"', async () => {
    const pages = await pdfPages(out('mini-es/worksheet.pdf'));
    const first = squash(pages[0] ?? '');
    // Eyebrows and the question label print in capitals (CSS text-transform).
    for (const label of ['Nombre', 'Curso', 'Fecha', 'PREGUNTA CENTRAL', 'Hoja de trabajo', 'Encierra en un círculo una sola respuesta.'])
      expect(first).toContain(label);
    expect(first).toContain(`Página 1 de ${pages.length}`);
    expect(first).toMatch(/\/ \d+ puntos/);
    expect(first).not.toMatch(/\b(Name|Class|Date|Page|points)\b/);
    expect(await pdfLang(out('mini-es/worksheet.pdf'))).toBe('es');
    expect(readFileSync(join(root, 'html/mini-es/worksheet.html'), 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="es" /);
    const key = squash(await pdfText(out('mini-es/answer-key.pdf')));
    expect(key).toContain('Clave de respuestas (docente)');
    expect(key).toContain('RESPUESTAS');
  });

  it('Spanish packs: cover, bookmarks and blank pages in Spanish, /Lang es', async () => {
    const pack = squash(await pdfText(out('mini-es/teacher-pack.pdf')));
    expect(pack).toContain('CUADERNILLO DEL DOCENTE');
    const bookmarks = await outlineTitles(out('mini-es/teacher-pack.pdf'));
    expect(bookmarks).toEqual(expect.arrayContaining(['Resumen de la lección', 'Material del estudiante', 'Clave de respuestas', 'Guía de corrección']));
    expect(pack).toContain('Contenido del cuadernillo');
    expect(pack).toContain('Esta página se ha dejado en blanco intencionadamente.');
    expect(pack).not.toContain('intentionally left blank');
    expect(await pdfLang(out('mini-es/teacher-pack.pdf'))).toBe('es');
  });

  it('Korean, inherited from the unit: "이름", "1 / N쪽", /Lang ko and lang="ko"', async () => {
    const pages = await pdfPages(out('mini-lesson/worksheet.pdf'));
    const first = squash(pages[0] ?? '');
    for (const label of ['이름', '반', '날짜', '핵심 질문', '활동지']) expect(first).toContain(label);
    expect(first).toContain(`1 / ${pages.length}쪽`);
    expect(await pdfLang(out('mini-lesson/worksheet.pdf'))).toBe('ko');
    expect(readFileSync(join(root, 'html/mini-lesson/worksheet.html'), 'utf8')).toMatch(/<html lang="ko" /);
  });

  it('the unit overview and unit pack print in the unit language', async () => {
    const overview = squash(await pdfText(out('unit-overview.pdf')));
    expect(overview).toContain('교사용 단원 개요');
    expect(overview).toContain('단원 개요 (교사용)');
    expect(await pdfLang(out('unit-overview.pdf'))).toBe('ko');
    expect(squash(await pdfText(out('unit-pack.pdf')))).toContain('차례');
  });
});
