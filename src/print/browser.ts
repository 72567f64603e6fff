import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { BrowserError } from '../errors.js';
import { packageRoot } from '../paths.js';

export const BROWSER_ENV = 'LESSONPACK_BROWSER';

/** System browsers, fastest first: the headless shell starts and prints faster than full Chromium. */
const SYSTEM_BROWSERS: string[] = JSON.parse(readFileSync(join(packageRoot, 'scripts', 'browsers.json'), 'utf8'));

/** Browsers Puppeteer downloaded earlier (its cache), newest first. */
function puppeteerCache(): string[] {
  const root = process.env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer');
  const found: string[] = [];
  for (const product of ['chrome-headless-shell', 'chrome']) {
    let versions: string[] = [];
    try {
      versions = readdirSync(join(root, product)).sort().reverse();
    } catch {
      continue;
    }
    for (const v of versions) {
      for (const rel of ['chrome-headless-shell-linux64/chrome-headless-shell', 'chrome-linux64/chrome']) {
        const p = join(root, product, v, rel);
        if (existsSync(p)) found.push(p);
      }
    }
  }
  return found;
}

export interface BrowserChoice {
  path: string;
  origin: 'setting' | 'system' | 'puppeteer-cache';
}

/** Finds a browser: an explicit setting, then a system Chrome/Chromium, then Puppeteer's cache. */
export function findBrowser(explicit?: string): BrowserChoice | undefined {
  const setting = explicit ?? process.env[BROWSER_ENV] ?? process.env.PUPPETEER_EXECUTABLE_PATH;
  if (setting) {
    if (!existsSync(setting)) throw new BrowserError(`the browser set by ${explicit ? '--browser' : BROWSER_ENV} does not exist: ${setting}`);
    return { path: setting, origin: 'setting' };
  }
  const system = SYSTEM_BROWSERS.find((p) => existsSync(p));
  if (system) return { path: system, origin: 'system' };
  const cached = puppeteerCache()[0];
  return cached ? { path: cached, origin: 'puppeteer-cache' } : undefined;
}

export const INSTALL_HINT = `no Chrome or Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium-headless-shell) or set ${BROWSER_ENV}=/path/to/chrome`;

/** Finds a browser or explains in one line what to install or set. */
export function requireBrowser(explicit?: string): BrowserChoice {
  const found = findBrowser(explicit);
  if (!found) throw new BrowserError(INSTALL_HINT);
  return found;
}
