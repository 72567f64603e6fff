/**
 * A checkout from someone the repository does not trust: what it commits in dist/ or .lessonpack-cache/, or as links,
 * must not reach a PDF, make a build write or delete outside its output folder, or count as this machine's work.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from '../src/write/manifest.js';
import { activeContent, linkTargets, pdfText, poisonedPdf, quietBuild, repoRoot, tempDir } from './helpers.js';

const mini = join(repoRoot, 'tests/fixtures/projects/mini');
const cleanup: string[] = [];
const savedCache = process.env.XDG_CACHE_HOME;

/** A fresh user cache: builds with different ones are builds on different machines. */
function machine(): string {
  const dir = tempDir('lessonpack-cache-');
  cleanup.push(dir);
  process.env.XDG_CACHE_HOME = dir;
  return dir;
}

function project(): string {
  const root = tempDir('lessonpack-untrusted-');
  cleanup.push(root);
  cpSync(mini, root, { recursive: true });
  return root;
}

/** Every file under a folder (a missing folder has none). */
const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
    : [];

beforeEach(() => {
  machine();
});
afterEach(() => {
  process.env.XDG_CACHE_HOME = savedCache;
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('outputs and caches a checkout supplies are not trusted', () => {
  it("manifests of any shape (own or a shard's) are read as far as they make sense: build and pack print, never crash", async () => {
    const root = project();
    const out = join(root, 'dist');
    const shapes = ['null', '"x"', '[1, 2]', '{"documents": 5}', '{"documents": [null, 3, {"path": 7}, {"path": "mini-lesson/handout.pdf", "sha256": 5}]}'];
    for (const [i, text] of [...shapes, '{"stamp": {"key": 5, "documents": 3}, "documents": [{}]}'].entries()) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'manifest.json'), text);
      writeFileSync(join(out, 'manifest.shard-1-of-2.json'), shapes[i % shapes.length] as string);
      const built = await quietBuild({ root, out, packs: false });
      expect(built.failed, text).toBe(false);
      // The shard's entries are read by \`pack\`: none is trusted, so it assembles the packs from the documents.
      writeFileSync(join(out, 'manifest.shard-1-of-2.json'), text);
      const packed = await quietBuild({ root, out, packsOnly: true });
      expect(packed.failed, text).toBe(false);
      expect(packed.documents.map((d) => d.path).sort()).toEqual(['mini-lesson/student-pack.pdf', 'mini-lesson/teacher-pack.pdf']);
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('a poisoned piece cache and a dist/ with a matching manifest reach no PDF; the build prints everything itself', async () => {
    const root = project();
    const attacker = machine();
    await quietBuild({ root });
    // The pull request commits (git add -f) a poisoned blank page, cover and contents under every name a piece has
    // had, in the project's cache folder, and a poisoned handout in dist/ with a manifest that matches it.
    const poison = await poisonedPdf();
    const pieces = [...filesUnder(join(root, '.lessonpack-cache')), ...filesUnder(attacker)].filter((f) => f.endsWith('.pdf'));
    expect(pieces.length).toBeGreaterThan(0);
    for (const f of pieces) {
      mkdirSync(join(root, '.lessonpack-cache/standard-letter'), { recursive: true });
      writeFileSync(join(root, '.lessonpack-cache/standard-letter', basename(f)), poison);
    }
    const out = join(root, 'dist');
    writeFileSync(join(out, 'mini-lesson/handout.pdf'), poison);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    for (const e of manifest.documents) if (e.path === 'mini-lesson/handout.pdf') Object.assign(e, { sha256: sha256(poison), bytes: poison.length, pages: 1 });
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));

    machine();
    const res = await quietBuild({ root });
    expect(res.failed).toBe(false);
    // Nothing the checkout supplied counts as this machine's work.
    expect(res.documents.filter((d) => d.status !== 'printed').map((d) => d.path)).toEqual([]);
    for (const f of filesUnder(out).filter((f) => f.endsWith('.pdf'))) {
      expect(await pdfText(f), f).not.toContain('POISONED');
      expect(activeContent(f), f).toEqual([]);
    }
  });

  it('a build writes nothing through links the checkout planted, and deletes only temp files lessonpack made', async () => {
    const root = project();
    const elsewhere = tempDir('lessonpack-elsewhere-');
    cleanup.push(elsewhere);
    writeFileSync(join(elsewhere, 'victim.txt'), 'keep me');
    const deadPid = spawnSync('true').pid ?? 2 ** 22 + 1;
    const lookalike = `.victim.txt.${deadPid}.0badf00d.tmp`;
    writeFileSync(join(elsewhere, lookalike), 'not a lessonpack temp file');
    // A committed dist/ holding a link to a folder elsewhere, and a cache folder that is a link.
    mkdirSync(join(root, 'dist'));
    symlinkSync(elsewhere, join(root, 'dist/mini-lesson'));
    symlinkSync(elsewhere, join(root, '.lessonpack-cache'));
    writeFileSync(join(root, 'dist', lookalike), 'planted in dist');

    await expect(quietBuild({ root })).rejects.toThrow(/dist\/mini-lesson is a symbolic link: lessonpack writes only into real folders/);
    expect(readdirSync(elsewhere).sort()).toEqual([lookalike, 'victim.txt'].sort());
    expect(readFileSync(join(elsewhere, 'victim.txt'), 'utf8')).toBe('keep me');
    // Files named like temp files but not made by lessonpack on this machine stay.
    expect(existsSync(join(root, 'dist', lookalike))).toBe(true);
  });

  it('--out inside the project may not go through a link; --out outside the project may go anywhere', async () => {
    const root = project();
    const elsewhere = tempDir('lessonpack-elsewhere-');
    cleanup.push(elsewhere);
    symlinkSync(elsewhere, join(root, 'out-link'));
    await expect(quietBuild({ root, out: join(root, 'out-link'), packs: false })).rejects.toThrow(/fix the project settings/);
    expect(readdirSync(elsewhere)).toEqual([]);
    const chosen = join(elsewhere, 'pdfs');
    const res = await quietBuild({ root, out: chosen, packs: false });
    expect(res.failed).toBe(false);
    expect(existsSync(join(chosen, 'mini-lesson/handout.pdf'))).toBe(true);
  });

  it('manifest entries are trusted only if this machine signed them, and never name a file outside the output folder', async () => {
    const { signEntry, verifiedEntries } = await import('../src/write/manifest.js');
    const out = tempDir('lessonpack-out-');
    cleanup.push(out);
    const secret = join(dirname(out), `${basename(out)}-secret.txt`);
    cleanup.push(secret);
    writeFileSync(secret, 'outside the output folder');
    writeFileSync(join(out, 'a.pdf'), 'a');
    const entry = (path: string, content: string) => ({
      path,
      kind: 'handout',
      sha256: sha256(content),
      pages: 1,
      bytes: content.length,
      inputs: [],
      key: 'k',
    });
    const outside = entry(`../${basename(secret)}`, 'outside the output folder');
    // Unsigned (a committed manifest): not trusted, even where the file matches.
    expect(await verifiedEntries(out, { generator: '', paper: '', variant: '', documents: [entry('a.pdf', 'a')] })).toEqual([]);
    // Signed here: trusted where the file matches, but a path out of the folder is not even read.
    const signed = [signEntry(entry('a.pdf', 'a')), signEntry(outside)];
    expect((await verifiedEntries(out, { generator: '', paper: '', variant: '', documents: signed })).map((e) => e.path)).toEqual(['a.pdf']);
  });

  it('stale browser profiles and temp files are removed by a build that has nothing to print, too', async () => {
    const { tempName } = await import('../src/write/atomic.js');
    const root = project();
    const out = join(root, 'dist');
    await quietBuild({ root, packs: false });
    const deadPid = spawnSync('true').pid ?? 2 ** 22 + 1;
    const profile = join(tmpdir(), `lessonpack-chrome-${deadPid}-stale1`);
    mkdirSync(profile);
    cleanup.push(profile);
    const temp = tempName(join(out, 'mini-lesson/handout.pdf'), deadPid);
    writeFileSync(temp, 'half a PDF');
    const res = await quietBuild({ root, packs: false });
    expect(res.browserStarted).toBe(false);
    expect(res.documents.every((d) => d.status === 'cached')).toBe(true);
    expect(existsSync(profile)).toBe(false);
    expect(existsSync(temp)).toBe(false);
  });

  it('a pack keeps none of the actions, scripts, embedded files and links of its parts, except https: links', async () => {
    const { assemblePack } = await import('../src/pdf/merge.js');
    const poison = await poisonedPdf();
    const meta = { title: 'Pack', author: 'lessonpack', subject: 'test', keywords: [], language: 'en', date: new Date(0), id: '0123456789abcdef' };
    const parts = ['One', 'Two'].map((title) => ({ title, pdf: poison, keepOutline: false }));
    const file = join(tempDir('lessonpack-pack-'), 'pack.pdf');
    cleanup.push(dirname(file));
    writeFileSync(file, (await assemblePack(parts, poison, meta)).pdf);
    expect(activeContent(file)).toEqual([]);
    // Two parts and the blank page before the second: each page keeps its one https: link.
    expect(await linkTargets(file)).toEqual(['https://example.org/', 'https://example.org/', 'https://example.org/']);
  });

  it('links a template override puts into a PDF: only https: ones are kept', async () => {
    const root = project();
    writeFileSync(join(root, 'lessonpack.config.json'), '{ "templates": "branding" }');
    mkdirSync(join(root, 'branding'));
    const links = ['https://example.org/', 'http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'mailto:someone@example.org'];
    writeFileSync(
      join(root, 'branding/handout.hbs'),
      `<main class="handout"><h1>{{lesson.title}}</h1>${links.map((l, i) => `<p><a href="${l}">link ${i}</a></p>`).join('')}</main>`,
    );
    const res = await quietBuild({ root, packs: false });
    expect(res.failed).toBe(false);
    expect(await linkTargets(join(root, 'dist/mini-lesson/handout.pdf'))).toEqual(['https://example.org/']);
  });

  it('a cache folder inside the project is refused: a checkout could supply the secret and the pieces', async () => {
    const root = project();
    process.env.XDG_CACHE_HOME = join(root, '.cache');
    await expect(quietBuild({ root, packs: false })).rejects.toThrow(/is inside the project, where a checkout could supply it/);
  });
});
