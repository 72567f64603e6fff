/** No browser anywhere and no apt-get to install one (macOS, Windows, a non-root Linux): one line naming what to do. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  // Every browser path is missing; other files (the package's own) are still found.
  const existsSync = (p: import('node:fs').PathLike) => !/chrom|Chrom|puppeteer/.test(String(p)) && fs.existsSync(p);
  return { ...fs, existsSync, default: { ...fs, existsSync } };
});

describe('no browser', () => {
  it('names Chrome, Chromium, chrome-headless-shell and LESSONPACK_BROWSER, as a user error', async () => {
    vi.stubEnv('LESSONPACK_SKIP_APT', '1');
    vi.stubEnv('LESSONPACK_BROWSER', '');
    vi.stubEnv('PUPPETEER_EXECUTABLE_PATH', '');
    const { requireBrowser } = await import('../src/print/browser.js');
    const { UserError } = await import('../src/errors.js');
    const error = await requireBrowser().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      'no Chrome or Chromium found: install Google Chrome, Chromium or chrome-headless-shell (Debian/Ubuntu: apt-get install chromium-headless-shell), or set LESSONPACK_BROWSER=/path/to/chrome',
    );
  });
});
