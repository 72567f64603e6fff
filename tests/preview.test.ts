/** `lessonpack preview` in a real headless Chromium: documents as they print, live reload, errors in the page, no escape from the project. */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { prepare } from '../src/pipeline.js';
import { startPreview } from '../src/preview/server.js';
import { loadProject } from '../src/project.js';
import { ASSET_ORIGIN } from '../src/render/assets.js';
import { renderLessonDocument } from '../src/render/index.js';
import { requireTemplates } from '../src/render/templates/index.js';
import { lessonView } from '../src/render/view.js';
import { repoRoot, sharedBrowser, tempDir } from './helpers.js';

const original = () => JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/projects/mini/lessons/mini-lesson.json'), 'utf8'));
type Server = Awaited<ReturnType<typeof startPreview>>;
let browser: Browser;

/** A copy of the mini project and a preview server of its own, closed when the test ends. */
async function serve(): Promise<{ root: string; server: Server }> {
  const root = tempDir('lessonpack-preview-');
  cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
  const server = await startPreview({ root, port: 0 });
  onTestFinished(() => server.close());
  return { root, server };
}

/** A tab of the shared browser, closed when the test ends; every request it could not load is collected. */
async function openPage(): Promise<{ page: Page; failedRequests: string[] }> {
  const page = await browser.newPage();
  onTestFinished(() => page.close());
  await page.setViewport({ width: 1300, height: 1000 });
  const failedRequests: string[] = [];
  page.on('requestfailed', (r) => failedRequests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) failedRequests.push(`${r.status()} ${r.url()}`);
  });
  return { page, failedRequests };
}

/** A raw GET: the path is sent exactly as given (no client-side normalization of ../). */
function get(server: Server, path: string, host = `127.0.0.1:${server.port}`): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Saves the lesson and waits until the open page shows `text` (the page reloads by itself, or this times out). */
async function saveAndWaitFor(page: Page, file: string, content: string, text: string): Promise<void> {
  writeFileSync(file, content);
  await page.waitForFunction((t) => document.body?.textContent.includes(t) && document.documentElement.dataset.lpReady === 'true', { timeout: 10_000 }, text);
}

// The tests' tabs open in the run's shared browser (the preview is the subject here, not the browser).
beforeAll(async () => {
  browser = await puppeteer.connect({ browserWSEndpoint: sharedBrowser() });
});

afterAll(async () => {
  await browser?.disconnect();
});

describe('lessonpack preview', () => {
  it('listens on loopback only and lists every lesson document', async () => {
    const { server } = await serve();
    const { page } = await openPage();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    await page.goto(server.url, { waitUntil: 'load' });
    const links = await page.$$eval('.lp-lessons a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([
      '/lesson/mini-lesson/overview',
      '/lesson/mini-lesson/handout',
      '/lesson/mini-lesson/worksheet',
      '/lesson/mini-lesson/answer-key',
      '/lesson/mini-lesson/marking-guide',
    ]);
  });

  it('shows a document as it prints: the same HTML, its fonts and CSS from the server, laid out as pages', async () => {
    const { root, server } = await serve();
    const { page, failedRequests } = await openPage();
    await page.goto(`${server.url}lesson/mini-lesson/answer-key`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.lpReady === 'true', { timeout: 10_000 });
    const state = await page.evaluate(() => ({
      fonts: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
      pages: Number(document.querySelector<HTMLElement>('.lp-pages')?.dataset.pages),
      width: document.documentElement.style.getPropertyValue('--lp-page-width'),
      forcedBreaks: document.querySelectorAll('.lp-forced-break').length,
      text: document.body.textContent,
    }));
    expect(failedRequests).toEqual([]);
    expect(new Set(state.fonts)).toEqual(new Set(['Source Serif 4', 'Source Sans 3']));
    // US Letter at 96 CSS px per inch; the key forces only the page breaks the worksheet forces: the argued
    // answer's first page and its writing page (it paginates like the worksheet).
    expect(state.width).toBe('816px');
    expect(state.forcedBreaks).toBe(2);
    expect(state.pages).toBeGreaterThanOrEqual(2);
    expect(state.text).toContain('A model answer goes here.');

    // The document part is exactly what build prints, with asset URLs pointing at this server.
    const project = await loadProject(root);
    const prepared = await prepare(project, [], root);
    const lesson = prepared.lessons[0];
    if (!lesson) throw new Error('fixture lesson missing');
    const printed = renderLessonDocument(lessonView(lesson, prepared.sources), 'answer-key', requireTemplates(project.templateDirs), {
      paper: 'letter',
      variant: 'standard',
    }).html;
    expect(printed).not.toContain('<script');
    const body = (html: string) => html.slice(html.indexOf('>', html.indexOf('<body')) + 1, html.lastIndexOf('</body>'));
    const served = (await get(server, '/lesson/mini-lesson/answer-key')).body;
    expect(served).toContain(body(printed).replaceAll(`${ASSET_ORIGIN}/`, '/assets/'));
    expect(served).toContain('<script src="/__lessonpack/preview.js"');
  });

  it('reloads by itself when the lesson is saved, shows its problems when it breaks, and recovers', async () => {
    const { root, server } = await serve();
    const { page } = await openPage();
    const lessonFile = join(root, 'lessons/mini-lesson.json');
    await page.goto(`${server.url}lesson/mini-lesson/worksheet`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.lpReady === 'true', { timeout: 10_000 });
    const edited = original();
    edited.sections[0].questions[1].prompt = 'Who wrote Document A, and why? (saved just now)';
    // How fast is for the benchmark to measure; here, that the page reloads by itself at all.
    await saveAndWaitFor(page, lessonFile, JSON.stringify(edited, null, 2), '(saved just now)');

    // Broken JSON whose offending line holds markup: it must show as text, formatted as `validate` prints it.
    const broken = JSON.stringify(edited, null, 2).replace('"The Korean War",', '"<b id=injected>The Korean War</b>",,');
    await saveAndWaitFor(page, lessonFile, broken, 'invalid JSON');
    const error = await page.evaluate(() => ({
      text: document.querySelector('.lp-diagnostics')?.textContent ?? '',
      injected: document.getElementById('injected') !== null,
    }));
    expect(error.injected).toBe(false);
    expect(error.text.split('\n').slice(0, 4).join('\n')).toMatchInlineSnapshot(`
      "lessons/mini-lesson.json:5:47  invalid JSON: property name expected
        3 |   "id": "mini-lesson",
        4 |   "title": "The Start of the Korean War",
      > 5 |   "unit": "<b id=injected>The Korean War</b>",,"
    `);

    // Schema-valid JSON with a semantic mistake shows the pinned message too.
    edited.sections[0].questions[0].answer = ['z'];
    await saveAndWaitFor(page, lessonFile, JSON.stringify(edited, null, 2), 'is not one of the options');

    edited.sections[0].questions[0].answer = ['a'];
    await saveAndWaitFor(page, lessonFile, JSON.stringify(edited, null, 2), '(saved just now)');
    expect(await page.$('.lp-pages')).not.toBeNull();
  });

  it('shows a config problem in the page, and reloads when the folder it names appears and when an override changes', async () => {
    const { root, server } = await serve();
    const { page } = await openPage();
    await page.goto(`${server.url}lesson/mini-lesson/worksheet`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.lpReady === 'true', { timeout: 10_000 });
    writeFileSync(join(root, 'lessonpack.config.json'), JSON.stringify({ templates: 'branding' }));
    await page.waitForFunction(() => document.body.textContent?.includes('template folder not found: branding'), { timeout: 10_000 });
    // Creating the folder the config names makes it valid: the preview notices the new folder without a restart.
    const partial = join(root, 'branding/partials/student-lines.hbs');
    mkdirSync(join(root, 'branding/partials'), { recursive: true });
    writeFileSync(partial, readFileSync(join(repoRoot, 'templates/partials/student-lines.hbs'), 'utf8'));
    await page.waitForFunction(() => document.querySelector('.lp-pages') !== null, { timeout: 10_000 });
    writeFileSync(partial, `<p class="override">Lincoln High override</p>\n${readFileSync(partial, 'utf8')}`);
    await page.waitForFunction(() => document.body.textContent?.includes('Lincoln High override'), { timeout: 10_000 });
    // A partial that does not exist stops every page, which says where; fixing it brings the page back.
    const good = readFileSync(partial, 'utf8');
    writeFileSync(partial, `{{> school-crest}}\n${good}`);
    await page.waitForFunction(
      () => document.querySelector('.lp-diagnostics')?.textContent?.includes('branding/partials/student-lines.hbs:1:1  partial "school-crest" not found'),
      {
        timeout: 10_000,
      },
    );
    writeFileSync(partial, good);
    await page.waitForFunction(() => document.body.textContent?.includes('Lincoln High override'), { timeout: 10_000 });

    const source = join(root, 'sources/two-koreas-explainer.txt');
    writeFileSync(source, readFileSync(source, 'utf8').replace('On June 25, 1950, the Korean War began', 'On June 25, 1950, the war began'));
    await page.waitForFunction(() => document.body.textContent?.includes('text not found verbatim in the source'), { timeout: 10_000 });
  });

  it('lists and shows the unit overview', async () => {
    const { root, server } = await serve();
    const { page } = await openPage();
    writeFileSync(
      join(root, 'lessons/unit.json'),
      JSON.stringify({ id: 'mini-unit', title: 'A Unit of One Lesson', summary: 'One lesson.', lessons: ['mini-lesson'] }),
    );
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('a[href="/unit-overview"]') !== null, { timeout: 10_000 });
    expect((await get(server, '/unit-overview')).body).toContain('A Unit of One Lesson');
  });

  it('answers 404 for unknown paths and anything outside the project assets, 403 for other hosts', async () => {
    const { server } = await serve();
    const paths = [
      '/nothing-here',
      '/assets/../../../../etc/passwd',
      '/assets/..%2f..%2f..%2fpackage.json',
      '/assets/fonts/..%2F..%2Fpackage.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/lesson/../../etc/passwd',
      '/lesson/mini-lesson/../../../lessons/mini-lesson.json',
      '/lesson/mini-lesson/secret',
      '/assets/styles/../../lessons/mini-lesson.json',
    ];
    for (const p of paths) expect([p, (await get(server, p)).status]).toEqual([p, 404]);
    expect((await get(server, '/assets/styles/lessonpack.css')).status).toBe(200);
    expect((await get(server, '/', 'evil.example:80')).status).toBe(403);
  });
});

describe('preview of an untrusted checkout', () => {
  it('runs no script but its own reload client: a template <script> or onerror= does nothing', async () => {
    const { root, server } = await serve();
    const { page: tab } = await openPage();
    writeFileSync(join(root, 'lessonpack.config.json'), JSON.stringify({ templates: 'branding' }));
    mkdirSync(join(root, 'branding'), { recursive: true });
    writeFileSync(
      join(root, 'branding/handout.hbs'),
      `<main class="handout"><h1 id="t">{{lesson.title}}</h1>
<script>document.getElementById('t').textContent = 'SCRIPT RAN'; document.documentElement.dataset.stolen = document.body.textContent;</script>
<img src="/nothing.png" onerror="document.title = 'ONERROR RAN'"></main>`,
    );
    const res = await tab.goto(`${server.url}lesson/mini-lesson/handout`, { waitUntil: 'load' });
    // The reload client runs (it marks the page ready); nothing the template brought does.
    await tab.waitForFunction(() => document.documentElement.dataset.lpReady === 'true', { timeout: 10_000 });
    expect(await tab.$eval('#t', (h) => h.textContent)).not.toBe('SCRIPT RAN');
    expect(await tab.title()).not.toBe('ONERROR RAN');
    expect(await tab.evaluate(() => document.documentElement.dataset.stolen ?? null)).toBeNull();
    expect(res?.headers()['content-security-policy']).toMatch(/script-src http:\/\/127\.0\.0\.1:\d+\/__lessonpack\/preview\.js;/);
    // An asset opened on its own (an SVG logo is a document too) runs nothing at all.
    const asset = await fetch(`${server.url}assets/styles/lessonpack.css`);
    expect(asset.headers.get('content-security-policy')).toMatch(/^default-src 'none';.*; sandbox$/);
  });

  it('a lesson nested too deeply to render shows its problem; the other lessons render', async () => {
    const { root, server } = await serve();
    const { page: tab } = await openPage();
    const lesson = original();
    lesson.id = 'deep';
    lesson.background.body = `${'>'.repeat(3000)} Too deep.`;
    writeFileSync(join(root, 'lessons/deep.json'), JSON.stringify(lesson, null, 2));
    await tab.goto(`${server.url}lesson/deep/handout`, { waitUntil: 'load' });
    await tab.waitForFunction(() => document.body.textContent?.includes('Markdown is nested 3000 levels deep'), { timeout: 10_000 });
    const good = await tab.goto(`${server.url}lesson/mini-lesson/handout`, { waitUntil: 'load' });
    expect(good?.status()).toBe(200);
    expect(await tab.evaluate(() => document.querySelector('.lp-pages') !== null)).toBe(true);
  });
});
