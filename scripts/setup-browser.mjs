// Makes sure a Chrome/Chromium is available without Puppeteer's download. Run after `npm install` (postinstall) and,
// when an install skipped scripts, by the first build that finds no browser (src/print/browser.ts).
// Order: LESSONPACK_BROWSER, system browsers, Puppeteer's cache; else, on Debian/Ubuntu as root, apt-get installs
// chromium-headless-shell. Never fails an install: the build explains what is missing in one line.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** System browsers, fastest first: the headless shell starts and prints faster than full Chromium. */
export const SYSTEM_BROWSERS = JSON.parse(readFileSync(new URL('./browsers.json', import.meta.url), 'utf8'));

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** True where lessonpack may install packages itself: Linux, root, apt-get, and not switched off. */
export function canUseApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return process.platform === 'linux' && isRoot && !process.env.LESSONPACK_SKIP_APT && has('apt-get');
}

/** Installs Debian's packages with apt-get; returns an error message, or undefined when it worked. */
export function aptInstall(packages, log = console.log) {
  log(`lessonpack: installing ${packages.join(', ')} with apt-get (one time)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    return undefined;
  } catch (e) {
    return e.message.split('\n')[0];
  }
}

/** The browser packages to install on Debian when none is found (the fonts package keeps Chromium's fallback sane). */
export const BROWSER_PACKAGES = ['chromium-headless-shell', 'fonts-dejavu-core'];

function postinstall() {
  const candidates = [process.env.LESSONPACK_BROWSER, ...SYSTEM_BROWSERS].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  // poppler-utils (pdftoppm, pdffonts) and qpdf are what the tests use to read PDFs back.
  const hasPdftools = has('pdftoppm') && has('qpdf');
  if (found && (hasPdftools || process.env.LESSONPACK_SKIP_APT)) {
    console.log(`lessonpack: using browser ${found}`);
    return;
  }
  if (!canUseApt()) {
    if (!found)
      console.warn(
        'lessonpack: no Chrome or Chromium found: install Google Chrome, Chromium or chrome-headless-shell (Debian/Ubuntu: apt-get install chromium-headless-shell), or set LESSONPACK_BROWSER=/path/to/chrome',
      );
    return;
  }
  const error = aptInstall([...(found ? [] : BROWSER_PACKAGES), 'poppler-utils', 'qpdf']);
  if (error) console.warn(`lessonpack: apt-get failed (${error}); install chromium-headless-shell yourself or set LESSONPACK_BROWSER`);
  else console.log('lessonpack: browser installed');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) postinstall();
