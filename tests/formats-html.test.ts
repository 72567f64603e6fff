/**
 * The web edition: self-contained (no script, no request leaves the page), semantic, and free of the violations
 * axe-core finds in a real browser, in every variant; it holds the same questions and excerpts as the print HTML.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineFonts, parseRange } from '../src/formats/html.js';
import { blocksText, parseBlocks } from '../src/formats/richtext.js';
import { HTML_DOCUMENTS, lessonWebPage } from '../src/formats/web.js';
import type { Variant } from '../src/model/index.js';
import { AssetMap } from '../src/render/assets.js';
import { requireTemplates, type Templates } from '../src/render/templates/index.js';
import type { LessonView } from '../src/render/view.js';
import { bundledLessons, inOrder, sharedBrowser } from './helpers.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let views: LessonView[];
let templates: Templates;
const page = (view: LessonView, kind: (typeof HTML_DOCUMENTS)[number], variant: Variant = 'standard') =>
  lessonWebPage(view, kind, templates, new AssetMap(variant), { paper: 'letter', variant });
const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]*>/g, ' ');

beforeAll(async () => {
  const { project, prepared, view } = await bundledLessons();
  views = prepared.lessons.map((l) => view(l.data.id));
  templates = requireTemplates(project.templateDirs);
  // The web edition is checked in a real browser: the run's shared one, in tabs of this file's own.
  browser = await puppeteer.connect({ browserWSEndpoint: sharedBrowser() });
});
afterAll(() => browser?.disconnect());

/** axe-core's violations on a page, and every request the page made (data: URIs included). */
async function audit(
  html: string,
): Promise<{ violations: { id: string; help: string; nodes: string[] }[]; requests: string[]; scripts: number; fonts: string[] }> {
  const tab = await browser.newPage();
  const requests: string[] = [];
  await tab.setRequestInterception(true);
  tab.on('request', (r) => {
    requests.push(r.url().slice(0, 40));
    void (r.url().startsWith('data:') ? r.continue() : r.abort());
  });
  // The checker is injected by the test; the page's own policy forbids scripts, which is what is being shipped.
  await tab.setBypassCSP(true);
  await tab.setContent(html, { waitUntil: 'load' });
  const scripts = await tab.evaluate(() => document.scripts.length);
  const fonts = await tab.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, ''));
  });
  await tab.addScriptTag({ content: axeSource });
  const violations = await tab.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (c: Document) => Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }> } })
      .axe;
    return (await axe.run(document)).violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 200)) }));
  });
  await tab.close();
  return { violations, requests: requests.filter((u) => !u.startsWith('data:')), scripts, fonts };
}

describe('web edition', () => {
  it('has no axe-core violations, no script and no network request, for every student document of the unit', async () => {
    for (const view of views)
      for (const kind of HTML_DOCUMENTS) {
        const result = await audit(page(view, kind));
        expect({ doc: `${view.id}/${kind}`, violations: result.violations }).toEqual({ doc: `${view.id}/${kind}`, violations: [] });
        expect(result.requests).toEqual([]);
        expect(result.scripts).toBe(0);
        // The inlined fonts are the ones the text is set in.
        expect(result.fonts).toEqual(expect.arrayContaining(['Source Serif 4', 'Source Sans 3']));
      }
  }, 120_000);

  it('has no axe-core violations in the large-print and dyslexia variants', async () => {
    for (const variant of ['large-print', 'dyslexia'] as const) {
      const result = await audit(page(views[0] as LessonView, 'worksheet', variant));
      expect(result.violations).toEqual([]);
      if (variant === 'dyslexia') expect(result.fonts).toContain('OpenDyslexic');
    }
  }, 60_000);

  it('is semantic: language, one h1, a main landmark, question headings, table header cells, writing prompts in words', () => {
    for (const view of views) {
      const html = page(view, 'worksheet');
      // The lesson's own language (the unit has a Spanish edition of lesson 1).
      expect(html).toContain(`<html lang="${view.language}"`);
      expect(html.match(/<h1[\s>]/g)?.length).toBe(1);
      expect(html.match(/<main>/g)?.length).toBe(1);
      expect(html.match(/role="heading" aria-level="3">[A-Z]\d+</g)?.length).toBe(view.questionCount);
      expect(html).toMatch(/<th scope="col"/);
      const written = view.sections.flatMap((s) => s.questions).filter((q) => 'isShortAnswer' in q || 'isExtendedResponse' in q).length;
      // Each written answer, and the exit ticket, says in words where to write.
      expect(html.match(/class="answer-note"/g)?.length).toBe(written + (view.exitTicket ? 1 : 0));
      expect(html).not.toMatch(/<(input|textarea|form|script)\b/);
      expect(html).toContain('http-equiv="Content-Security-Policy"');
      expect(html).not.toMatch(/(src|href)="https?:|url\(https?:/);
    }
  });

  it('holds the questions and excerpts of the printed documents, in order, and never the answers', () => {
    for (const view of views) {
      const worksheet = text(page(view, 'worksheet'));
      const prompts = view.sections.flatMap((s) => s.questions.flatMap((q) => blocksText(parseBlocks(q.promptHtml))));
      expect(inOrder(worksheet, prompts)).toEqual({ ok: true });
      const mc = view.sections.flatMap((s) => s.questions).filter((q) => 'isMultipleChoice' in q);
      expect(
        inOrder(
          worksheet,
          mc.flatMap((q) => q.options.map((o) => blocksText(parseBlocks(o.html)).join(' '))),
        ),
      ).toEqual({ ok: true });
      expect(worksheet).not.toMatch(/ANSWER KEY/);
      const handout = text(page(view, 'handout'));
      const excerpts = view.documents.flatMap((d) => [d.label, ...(d.adaptedHtml ? blocksText(parseBlocks(d.adaptedHtml)) : d.paragraphs)]);
      expect(
        inOrder(
          handout
            .replace(/&#x27;|&#39;/g, "'")
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, '&'),
          excerpts,
        ),
      ).toEqual({ ok: true });
    }
  });

  it('inlines only the font faces the text needs: a fallback face only for characters the text fonts lack', () => {
    const css = [
      "@font-face{font-family:'Serif';src:url(/a.woff2);unicode-range:U+0000-00FF;}",
      "@font-face{font-family:'Serif';src:url(/b.woff2);unicode-range:U+0370-03FF;}",
      "@font-face{font-family:'Korean';src:url(/k.woff2);unicode-range:U+0020-007E, U+AC00-D7A3;}",
    ].join('\n');
    const asset = () => new Uint8Array([1, 2, 3]);
    const latin = inlineFonts(css, new Set([...'Hello'].map((c) => c.codePointAt(0) ?? 0)), asset, ['Serif']);
    expect(latin.match(/@font-face/g)?.length).toBe(1);
    expect(latin).toContain('url(data:font/woff2;base64,AQID)');
    const korean = inlineFonts(css, new Set([...'Hi 한'].map((c) => c.codePointAt(0) ?? 0)), asset, ['Serif']);
    expect(korean.match(/font-family:'(\w+)'/g)).toEqual(["font-family:'Serif'", "font-family:'Korean'"]);
    expect(parseRange('U+4??, U+0131')).toEqual([
      [0x400, 0x4ff],
      [0x131, 0x131],
    ]);
  });
});
