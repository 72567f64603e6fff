// Runs after `npm install`: makes sure a Chrome/Chromium is available without Puppeteer's download.
// Order: LESSONPACK_BROWSER, system browsers, Puppeteer's cache; else, on Debian as root, apt-get installs
// chromium-headless-shell. Never fails the install: the build explains what is missing in one line.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const systemBrowsers = JSON.parse(readFileSync(new URL('./browsers.json', import.meta.url), 'utf8'));
const candidates = [process.env.LESSONPACK_BROWSER, ...systemBrowsers].filter(Boolean);

const found = candidates.find((p) => existsSync(p));
// poppler-utils (pdftoppm, pdffonts) and qpdf are what the tests use to read PDFs back.
const hasPdftools = spawnSync('sh', ['-c', 'command -v pdftoppm && command -v qpdf'], { stdio: 'ignore' }).status === 0;
if (found && (hasPdftools || process.env.LESSONPACK_SKIP_APT)) {
  console.log(`lessonpack: using browser ${found}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (process.platform !== 'linux' || !isRoot || !hasApt || process.env.LESSONPACK_SKIP_APT) {
  if (!found)
    console.warn(
      'lessonpack: no Chrome or Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium-headless-shell) or set LESSONPACK_BROWSER=/path/to/chrome',
    );
  process.exit(0);
}
const packages = [...(found ? [] : ['chromium-headless-shell', 'fonts-dejavu-core']), 'poppler-utils', 'qpdf'];
console.log(`lessonpack: installing ${packages.join(', ')} with apt-get (one time)...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  console.log('lessonpack: browser installed');
} catch (e) {
  console.warn(`lessonpack: apt-get failed (${e.message.split('\n')[0]}); install chromium-headless-shell yourself or set LESSONPACK_BROWSER`);
}
