#!/usr/bin/env node
/**
 * `npm run bench:preview`: how long the preview takes to show a saved change in an open page (the timing the
 * preview tests do not assert: they check that the page reloads at all). Saves the mini fixture's lesson and a
 * template partial N times each (--repeat, default 10), in place and by renaming a temp file over it, and prints
 * the median and slowest time from the write to the new text on the page. Not a test: the numbers depend on the
 * machine and on what else it is running.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';

const repo = join(import.meta.dirname, '..', '..');
const { values: flags } = parseArgs({ options: { repeat: { type: 'string', default: '10' }, json: { type: 'boolean', default: false } } });
const { startPreview } = await import('../../lib/preview/server.js');
const { findBrowser } = await import('../../lib/print/browser.js');

const root = mkdtempSync(join(tmpdir(), 'lessonpack-bench-preview-'));
cpSync(join(repo, 'tests/fixtures/projects/mini'), root, { recursive: true });
mkdirSync(join(root, 'branding/partials'), { recursive: true });
const partial = join(root, 'branding/partials/student-lines.hbs');
const builtinPartial = readFileSync(join(repo, 'templates/partials/student-lines.hbs'), 'utf8');
writeFileSync(partial, builtinPartial);
writeFileSync(join(root, 'lessonpack.config.json'), JSON.stringify({ templates: 'branding' }));
const lessonFile = join(root, 'lessons/mini-lesson.json');
const lesson = JSON.parse(readFileSync(lessonFile, 'utf8'));

const saves = {
  'in place': (file, text) => writeFileSync(file, text),
  'rename over': (file, text) => {
    writeFileSync(`${file}.tmp-save`, text);
    renameSync(`${file}.tmp-save`, file);
  },
};
const edits = {
  lesson: (mark) => {
    lesson.sections[0].questions[1].prompt = `Who wrote Document A, and why? (${mark})`;
    return [lessonFile, JSON.stringify(lesson, null, 2)];
  },
  template: (mark) => [partial, `<p class="override">${mark}</p>\n${builtinPartial}`],
};

const server = await startPreview({ root, port: 0 });
const path = findBrowser()?.path;
if (!path) throw new Error('bench: no browser found (see README: Install)');
const browser = await puppeteer.launch({ executablePath: path, headless: path.includes('headless-shell') ? 'shell' : true, args: ['--no-sandbox'] });
const results = { loadAverageAtStart: loadavg()[0], runs: {} };
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}lesson/mini-lesson/worksheet`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.lpReady === 'true', { timeout: 30_000 });
  let n = 0;
  for (const [editName, edit] of Object.entries(edits))
    for (const [saveName, save] of Object.entries(saves)) {
      const times = [];
      for (let i = 0; i < Number(flags.repeat); i++) {
        const mark = `bench mark ${++n}`;
        const t0 = performance.now();
        save(...edit(mark));
        await page.waitForFunction(
          (t) => document.body?.textContent.includes(t) && document.documentElement.dataset.lpReady === 'true',
          { timeout: 30_000 },
          mark,
        );
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      results.runs[`${editName}, ${saveName}`] = { medianMs: Math.round(times[Math.floor(times.length / 2)]), slowestMs: Math.round(times.at(-1)) };
    }
  results.loadAverageAtEnd = loadavg()[0];
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
if (flags.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
else {
  for (const [name, r] of Object.entries(results.runs))
    console.log(`${name.padEnd(24)} median ${String(r.medianMs).padStart(5)} ms   slowest ${String(r.slowestMs).padStart(5)} ms`);
  console.log(`load average: ${results.loadAverageAtStart.toFixed(1)} at the start, ${results.loadAverageAtEnd.toFixed(1)} at the end`);
}
