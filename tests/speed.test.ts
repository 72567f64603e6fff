/**
 * Build speed features on the mini fixture plus a second lesson and a unit: the cache (never stale, for every
 * kind of input), no-op builds, tab reuse, sharding and `pack`, the --json summary and --browser-endpoint.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import puppeteer from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../src/build.js';
import { knownOutputs } from '../src/cache.js';
import { LESSON_DOCUMENTS } from '../src/model/index.js';
import { findBrowser } from '../src/print/browser.js';
import { sha256, signEntry } from '../src/write/manifest.js';
import { expectPageSize, pdfText, quietBuild, repoRoot, sharedBrowser, tempDir } from './helpers.js';

const PACKS = ['student-pack', 'teacher-pack', 'unit-pack'];

/** A copy of the mini fixture with a second lesson (quoting another source) and a unit of both. */
function project(): string {
  const root = tempDir('lessonpack-speed-');
  cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
  const { $schema: _, ...first } = JSON.parse(readFileSync(join(root, 'lessons/mini-lesson.json'), 'utf8'));
  first.title = 'Second Lesson: The Blog Essay';
  first.documents[0] = { ...first.documents[0], source: 'grissom-blog', locator: { paragraphs: [2, 3] } };
  writeFileSync(join(root, 'lessons/second-lesson.json'), JSON.stringify({ ...first, id: 'second-lesson' }, null, 2));
  const unit = { id: 'mini-unit', title: 'Mini Unit', summary: 'Two lessons.', lessons: ['mini-lesson', 'second-lesson'] };
  writeFileSync(join(root, 'lessons/unit.json'), JSON.stringify(unit, null, 2));
  return root;
}

const paths = (r: BuildResult, status: string) =>
  r.documents
    .filter((d) => d.status === status)
    .map((d) => d.path)
    .sort();
const hashes = (out: string): Record<string, string> =>
  Object.fromEntries(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).documents.map((d: { path: string; sha256: string }) => [d.path, d.sha256]));
/** The median height of the text on a PDF's first page, in points. */
async function textHeight(file: string): Promise<number> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false }).promise;
  const items = (await (await doc.getPage(1)).getTextContent()).items.flatMap((i) => ('str' in i && i.str.trim() ? [i.height] : []));
  await doc.destroy();
  return items.sort((a, b) => a - b)[Math.floor(items.length / 2)] ?? 0;
}
const isPack = (path: string) => PACKS.some((p) => path.endsWith(`${p}.pdf`));

/** The project built once, before every test: tests read it, build from it into folders of their own, or copy it. */
const root = project();
const out = join(root, 'dist');
let full: BuildResult;
let all: string[];
const lessonDocs = (id: string) => LESSON_DOCUMENTS.map((k) => `${id}/${k}.pdf`);
const lessonPacks = (id: string) => [`${id}/student-pack.pdf`, `${id}/teacher-pack.pdf`];
/** What editing mini-lesson (or the source only it quotes) must re-print: its documents, its packs and the unit's. */
const miniAndUnit = [...lessonDocs('mini-lesson'), ...lessonPacks('mini-lesson'), 'unit-overview.pdf', 'unit-pack.pdf'].sort();
const secondLesson = [...lessonDocs('second-lesson'), ...lessonPacks('second-lesson')].sort();

beforeAll(async () => {
  full = await quietBuild({ root, out });
  all = full.documents.map((d) => d.path).sort();
}, 240_000);

/** A copy of the built project, its dist/ included, for a test that edits it: the copy starts as a no-op build. */
function builtCopy(): { root: string; out: string } {
  const copy = tempDir('lessonpack-speed-copy-');
  cpSync(root, copy, { recursive: true });
  return { root: copy, out: join(copy, 'dist') };
}
/** A folder of its own for a test's output. */
const outDir = () => join(tempDir('lessonpack-speed-out-'), 'dist');

describe('a full build, then nothing changed', () => {
  it('prints every document and pack once', () => {
    expect(full.failed).toBe(false);
    expect(paths(full, 'printed')).toEqual(
      [...lessonDocs('mini-lesson'), ...lessonPacks('mini-lesson'), ...secondLesson, 'unit-overview.pdf', 'unit-pack.pdf'].sort(),
    );
  });

  it('a no-op rebuild starts no browser and reports every document unchanged, in place or in a copy', async () => {
    const again = await quietBuild({ root, out });
    expect(again.browserStarted).toBe(false);
    expect(paths(again, 'cached')).toEqual(all);
    // The tests below edit copies: a copy of the project and its output is as up to date as the original, although
    // its cache folder (under the machine's cache, named after the project's path) is new.
    const copied = await quietBuild(builtCopy());
    expect(paths(copied, 'cached')).toEqual(all);
    expect(copied.browserStarted).toBe(false);
  });

  it('reusing tabs changes no byte: fresh tab per document and one reused tab give identical files', async () => {
    const fresh = outDir();
    const reused = outDir();
    // One lesson's documents, printed again (--force: not taken from the cache folder); packs are made from them.
    const some = { root, selectors: ['mini-lesson'], force: true, packs: false };
    await quietBuild({ ...some, out: fresh, recycleAfter: 1 });
    await quietBuild({ ...some, out: reused, concurrency: 1, recycleAfter: 1000 });
    const docs = lessonDocs('mini-lesson');
    const built = Object.fromEntries(docs.map((p) => [p, hashes(out)[p]]));
    expect(hashes(fresh)).toMatchObject(built);
    expect(hashes(reused)).toMatchObject(built);
    expect(
      Object.keys(hashes(fresh))
        .filter((p) => p.endsWith('.pdf'))
        .sort(),
    ).toEqual([...docs].sort());
  });
});

describe('sharding', () => {
  /** Builds shards 1..3 of 3 into the folders given; returns each shard's document paths. */
  const shards = async (folder: (index: number) => string) => {
    const built: string[][] = [];
    for (const index of [1, 2, 3]) {
      const r = await quietBuild({ root, out: folder(index), shard: { index, count: 3 } });
      expect(r.failed).toBe(false);
      built.push(r.documents.map((d) => d.path));
    }
    return built;
  };

  it('3 shards partition the documents exactly; `pack` in the same folder assembles the same packs a full build makes', async () => {
    const shardOut = outDir();
    const built = await shards(() => shardOut);
    const union = built.flat().sort();
    expect(new Set(union).size).toBe(union.length); // disjoint
    expect(union).toEqual(all.filter((p) => !isPack(p)));
    const packed = await quietBuild({ root, out: shardOut, packsOnly: true });
    expect(packed.failed).toBe(false);
    expect(paths(packed, 'printed')).toEqual(all.filter(isPack));
    // Same inputs, same bytes: shards and their packs equal the single-machine build.
    expect(hashes(shardOut)).toEqual(hashes(out));
  });

  it('CI: shard folders copied into one (artifacts), then `pack`: packs built and manifest.json lists every file', async () => {
    const merged = outDir();
    const runners = [1, 2, 3].map(outDir);
    await shards((index) => runners[index - 1] ?? '');
    for (const runner of runners) cpSync(runner, merged, { recursive: true });
    expect(
      readdirSync(merged)
        .filter((n) => n.startsWith('manifest'))
        .sort(),
    ).toEqual([1, 2, 3].map((k) => `manifest.shard-${k}-of-3.json`));
    const packed = await quietBuild({ root, out: merged, packsOnly: true });
    expect(paths(packed, 'printed')).toEqual(all.filter(isPack));
    expect(hashes(merged)).toEqual(hashes(out));
    expect(readdirSync(merged).filter((n) => n.startsWith('manifest'))).toEqual(['manifest.json']);
    // The merged folder is a normal output folder now: a full build there prints nothing.
    const again = await quietBuild({ root, out: merged });
    expect(paths(again, 'printed')).toEqual([]);
  });
});

describe('the cache never serves a stale PDF', () => {
  it('trusts an entry of another manifest (a shard this machine built, copied in) only if the file still has its sha256', async () => {
    const dir = tempDir('lessonpack-known-');
    writeFileSync(join(dir, 'a.pdf'), 'current bytes');
    writeFileSync(join(dir, 'b.pdf'), 'other bytes');
    const entry = (path: string, text: string) => ({
      path,
      kind: 'handout',
      sha256: sha256(text),
      pages: 1,
      bytes: text.length,
      inputs: [],
      key: `key-${path}`,
    });
    const shard = {
      generator: 'test',
      paper: 'letter',
      variant: 'standard',
      documents: [entry('a.pdf', 'older bytes'), entry('b.pdf', 'other bytes')].map(signEntry),
    };
    writeFileSync(join(dir, 'manifest.shard-1-of-2.json'), JSON.stringify(shard));
    expect([...(await knownOutputs(dir, undefined, 'manifest.json')).keys()]).toEqual(['b.pdf']);
  });

  const edit = (root: string, file: string, change: (text: string) => string) => {
    const path = join(root, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    expect(after).not.toBe(before);
    writeFileSync(path, after);
  };

  // Inputs only mini-lesson uses: its documents, its packs and the unit's are re-printed; second-lesson's are not.
  it.each([
    ['lesson file', 'lessons/mini-lesson.json', 'When did the Korean War begin?', 'worksheet', 'When did the Korean War begin? (lesson edited)'],
    ['source text', 'sources/two-koreas-explainer.txt', 'some 75,000 soldiers', 'handout', 'some 75,000 (source edited) soldiers'],
    ['source metadata', 'sources/two-koreas-explainer.json', '"citation": "', 'handout', '"citation": "Metadata edited. '],
  ])('%s: re-prints the lesson using it, its packs and the unit; the other lesson stays cached', async (_, file, from, kind, to) => {
    const { root, out } = builtCopy();
    edit(root, file, (t) => t.replace(from, to));
    const r = await quietBuild({ root, out });
    expect(paths(r, 'printed')).toEqual(miniAndUnit);
    expect(paths(r, 'cached')).toEqual(secondLesson);
    expect(await pdfText(join(out, `mini-lesson/${kind}.pdf`))).toContain(to.replace('"citation": "', 'Source: '));
  });

  /** Adds a config naming a school and a template folder (empty but for its partials folder). */
  const configure = (root: string) => {
    mkdirSync(join(root, 'my-templates/partials'), { recursive: true });
    writeFileSync(join(root, 'lessonpack.config.json'), JSON.stringify({ school: 'Speedwell High School', templates: 'my-templates' }));
  };

  it('config file, then a template override: each re-prints everything', async () => {
    const { root, out } = builtCopy();
    configure(root);
    const configured = await quietBuild({ root, out });
    expect(paths(configured, 'printed')).toEqual(all);
    // The eyebrow line is set in capitals.
    expect(await pdfText(join(out, 'second-lesson/handout.pdf'))).toContain('SPEEDWELL HIGH SCHOOL');
    const builtin = readFileSync(join(repoRoot, 'templates/partials/doc-title.hbs'), 'utf8');
    writeFileSync(
      join(root, 'my-templates/partials/doc-title.hbs'),
      builtin.replace('<h1>{{lesson.title}}</h1>', '<h1>{{lesson.title}} (template override)</h1>'),
    );
    const r = await quietBuild({ root, out });
    expect(paths(r, 'printed')).toEqual(all);
    expect(await pdfText(join(out, 'second-lesson/worksheet.pdf'))).toContain('Second Lesson: The Blog Essay (template override)');
  });

  it('a deleted output: re-prints that file only (an identical reprint leaves the packs cached)', async () => {
    const { root, out } = builtCopy();
    const before = hashes(out);
    rmSync(join(out, 'second-lesson/handout.pdf'));
    const r = await quietBuild({ root, out });
    expect(paths(r, 'printed')).toEqual(['second-lesson/handout.pdf']);
    expect(hashes(out)).toEqual(before);
  });

  it('paper: --paper a4 re-prints everything on A4', async () => {
    const { root, out } = builtCopy();
    const r = await quietBuild({ root, out, paper: 'a4' });
    expect(paths(r, 'printed')).toEqual(all);
    await expectPageSize(join(out, 'mini-lesson/worksheet.pdf'), { width: 595, height: 842 });
  });

  it('variant: --variant large-print prints everything again, in larger type; repeated, it is cached', async () => {
    const { root, out } = builtCopy();
    const r = await quietBuild({ root, out, paper: 'a4', variant: 'large-print', packs: false });
    expect(r.outDir).toBe(join(out, 'large-print'));
    expect(paths(r, 'printed')).toEqual(all.filter((p) => !isPack(p)));
    const standard = await textHeight(join(out, 'mini-lesson/worksheet.pdf'));
    expect(await textHeight(join(out, 'large-print/mini-lesson/worksheet.pdf'))).toBeGreaterThan(standard * 1.3);
    const again = await quietBuild({ root, out, paper: 'a4', variant: 'large-print', packs: false });
    expect(again.browserStarted).toBe(false);
  });

  it('--force: re-prints everything, byte-identical to the cached files', async () => {
    const { root, out } = builtCopy();
    const before = hashes(out);
    const r = await quietBuild({ root, out, force: true });
    expect(paths(r, 'printed')).toEqual(all);
    expect(hashes(out)).toEqual(before);
  });

  it('a build with an invalid lesson is never taken for a no-op: the next build reports it again', async () => {
    const { root, out } = builtCopy();
    writeFileSync(join(root, 'lessons/broken.json'), '{ "id": "broken" }');
    const first = await quietBuild({ root, out });
    const second = await quietBuild({ root, out });
    for (const r of [first, second]) {
      expect(r.failed).toBe(true);
      expect(r.diagnostics.map((d) => d.file)).toContain('lessons/broken.json');
    }
    rmSync(join(root, 'lessons/broken.json'));
    expect((await quietBuild({ root, out })).failed).toBe(false);
  });
});

describe('lessonpack build --json', () => {
  it('reports every document with path, pages, ms and printed/cached status', () => {
    const cliRoot = tempDir('lessonpack-json-');
    cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), cliRoot, { recursive: true });
    const run = () => {
      const res = spawnSync(process.execPath, [join(repoRoot, 'bin/lessonpack.js'), 'build', '--json', '--browser-endpoint', sharedBrowser()], {
        cwd: cliRoot,
        encoding: 'utf8',
        env: { ...process.env, CI: 'true' },
      });
      expect(res.status).toBe(0);
      return JSON.parse(res.stdout);
    };
    const expected = [...lessonDocs('mini-lesson'), ...lessonPacks('mini-lesson')].sort();
    const first = run();
    expect(first).toMatchObject({ ok: true, browserStarted: true, problems: 0, outDir: join(cliRoot, 'dist') });
    expect(first.documents.map((d: { path: string }) => d.path).sort()).toEqual(expected);
    for (const d of first.documents) {
      expect(d).toMatchObject({ status: 'printed', cached: false });
      expect(Number.isInteger(d.pages) && d.pages > 0).toBe(true);
      expect(d.ms).toBeGreaterThan(0);
    }
    const second = run();
    expect(second.browserStarted).toBe(false);
    for (const d of second.documents) expect(d).toMatchObject({ status: 'cached', cached: true, ms: 0 });
    expect(second.documents.map((d: { path: string; pages: number }) => [d.path, d.pages])).toEqual(
      first.documents.map((d: { path: string; pages: number }) => [d.path, d.pages]),
    );
  });
});

describe('--browser-endpoint', () => {
  it('prints on a browser started elsewhere and leaves it running, with no tab of the build left open', async () => {
    const path = findBrowser()?.path;
    if (!path) throw new Error('no browser found');
    const remote = await puppeteer.launch({ executablePath: path, headless: path.includes('headless-shell') ? 'shell' : true, args: ['--no-sandbox'] });
    try {
      const epRoot = tempDir('lessonpack-endpoint-');
      cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), epRoot, { recursive: true });
      const tabs = (await remote.pages()).length;
      const r = await quietBuild({ root: epRoot, browserEndpoint: remote.wsEndpoint(), packs: false });
      expect(r.failed).toBe(false);
      expect(r.browserStarted).toBe(true);
      expect(paths(r, 'printed')).toEqual(lessonDocs('mini-lesson').sort());
      expect(await pdfText(join(epRoot, 'dist/mini-lesson/worksheet.pdf'))).toContain('When did the Korean War begin?');
      expect(remote.connected).toBe(true);
      // Two tabs printed (concurrency 2): both closed, the browser has only the tabs it had before.
      expect((await remote.pages()).length).toBe(tabs);
    } finally {
      await remote.close();
    }
  });
});
