import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserError } from '../errors.js';
import { packageRoot } from '../paths.js';

export const BROWSER_ENV = 'LESSONPACK_BROWSER';

/** The setup script shared with `npm install` (plain JavaScript, so it runs before anything is compiled). */
interface Setup {
  SYSTEM_BROWSERS: string[];
  BROWSER_PACKAGES: string[];
  canUseApt(): boolean;
  aptInstall(packages: string[], log?: (line: string) => void): string | undefined;
}

let setup: Setup | undefined;
async function loadSetup(): Promise<Setup> {
  setup ??= (await import(pathToFileURL(join(packageRoot, 'scripts', 'setup-browser.mjs')).href)) as Setup;
  return setup;
}
/** Loaded once at import: findBrowser stays synchronous. */
const SYSTEM_BROWSERS: string[] = (await loadSetup()).SYSTEM_BROWSERS;

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

export const INSTALL_HINT = `no Chrome or Chromium found: install Google Chrome, Chromium or chrome-headless-shell (Debian/Ubuntu: apt-get install chromium-headless-shell), or set ${BROWSER_ENV}=/path/to/chrome`;

/**
 * Finds a browser or explains in one line what to install or set. Where `npm install` skipped lessonpack's setup
 * script (npm 11 may, or --ignore-scripts), this first run does what it would have done: apt-get on Debian as root.
 */
export async function requireBrowser(explicit?: string): Promise<BrowserChoice> {
  const found = findBrowser(explicit);
  if (found) return found;
  const { canUseApt, aptInstall, BROWSER_PACKAGES } = await loadSetup();
  if (!canUseApt()) throw new BrowserError(INSTALL_HINT);
  const error = aptInstall(BROWSER_PACKAGES, (line) => process.stderr.write(`${line}\n`));
  const installed = findBrowser(explicit);
  if (!installed) throw new BrowserError(`${INSTALL_HINT}${error ? ` (apt-get failed: ${error})` : ''}`);
  return installed;
}
