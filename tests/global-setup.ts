/**
 * Once per `vitest run`: one Chromium that every test not about the browser's own lifecycle prints on (its WebSocket
 * endpoint is provided to the tests), and one private temp folder and cache folder for the whole run. At the end the
 * browser closes and whatever tests left in the temp folder is reported, then removed.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { TestProject } from 'vitest/node';
import { findBrowser } from '../src/print/browser.js';
import { launchOptions } from '../src/print/printer.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** ws:// endpoint of the browser shared by the run. */
    browserEndpoint: string;
    /** A folder of the run for outputs tests share read-only (built once, by whichever test asks first). */
    sharedDir: string;
  }
}

/** Bytes and entries under a folder (what tests left behind). */
function usage(dir: string): { entries: number; bytes: number } {
  let bytes = 0;
  const all = readdirSync(dir, { recursive: true, withFileTypes: true });
  for (const e of all) if (e.isFile()) bytes += statSync(join(e.parentPath, e.name)).size;
  return { entries: readdirSync(dir).length, bytes };
}

/** Set by the first project's setup: the second project (see vitest.config.ts) is given the same browser and folders. */
const SHARED_ENV = 'LESSONPACK_TEST_SHARED_DIR';

export default async function setup(project: TestProject) {
  const first = process.env[SHARED_ENV];
  if (first) {
    project.provide('browserEndpoint', process.env.LESSONPACK_BROWSER_ENDPOINT ?? '');
    project.provide('sharedDir', first);
    return;
  }
  // Temp files and the build cache of this run live in folders of its own: a test that forgets to clean up is
  // reported below, and no run reads another run's (or the user's) cache. Workers inherit the environment.
  const run = mkdtempSync(join(tmpdir(), 'lessonpack-test-run-'));
  const temp = join(run, 'tmp');
  const cache = join(run, 'cache');
  const shared = join(run, 'shared');
  for (const dir of [temp, cache, shared]) mkdirSync(dir);
  process.env.TMPDIR = temp;
  process.env.XDG_CACHE_HOME = cache;

  const path = findBrowser()?.path;
  if (!path) throw new Error('no browser found for the tests (install chromium-headless-shell)');
  // The printer's own launch options, over a WebSocket instead of a pipe so that every worker can connect; tabs draw
  // frames, because the preview tests' pages lay themselves out in requestAnimationFrame callbacks (a printing-only
  // browser draws none: see browser-process.ts).
  const printing = launchOptions(path);
  const args = printing.args?.filter((a) => a !== '--enable-begin-frame-control');
  const browser = await puppeteer.launch({ ...printing, args, pipe: false });
  project.provide('browserEndpoint', browser.wsEndpoint());
  // Every CLI a test starts prints on it too (a browser launch costs about a CPU second); tests of the browser's own
  // lifecycle (signals, a killed or missing browser) remove it from their child's environment.
  process.env.LESSONPACK_BROWSER_ENDPOINT = browser.wsEndpoint();
  project.provide('sharedDir', shared);
  process.env[SHARED_ENV] = shared;

  return async () => {
    // Every build closes the tabs it opened: more than the browser's first tab means a printer or test leaks them.
    const tabs = (await browser.pages()).length;
    if (tabs > 1) console.warn(`the shared browser still has ${tabs} tabs open: a test or printer does not close its tabs`);
    await browser.close();
    rmSync(shared, { recursive: true, force: true });
    const left = usage(temp);
    if (left.entries)
      console.warn(`tests left ${left.entries} entries (${(left.bytes / 1e6).toFixed(1)} MB) in the temp folder: ${readdirSync(temp).join(', ')}`);
    rmSync(run, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
}
