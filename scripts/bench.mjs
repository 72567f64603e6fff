#!/usr/bin/env node
/**
 * `npm run bench`: builds a synthetic corpus and measures lessonpack against the issue #6 targets (see
 * docs/performance.md). Not a test: numbers depend on the machine and on what else it is running.
 *
 * Flags: --lessons N (default 200), --sample N (naive baseline sample, default 30), --concurrency N (default:
 * cores), --unit N (lessons in the corpus's unit, default 4), --json (results as JSON on stdout), --keep (keep
 * the temporary project and print its path).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assetBytes, printFiles } from './bench/chromium.mjs';
import { editLesson, generateCorpus } from './bench/corpus.mjs';
import { TreeMonitor } from './bench/proctree.mjs';

const repo = join(import.meta.dirname, '..');
const { values: flags } = parseArgs({
  options: {
    lessons: { type: 'string', default: '200' },
    sample: { type: 'string', default: '30' },
    concurrency: { type: 'string' },
    unit: { type: 'string', default: '4' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const lessonCount = Number(flags.lessons);
const sampleSize = Number(flags.sample);
const concurrency = Number(flags.concurrency ?? cpus().length);
const log = (line) => process.stderr.write(`${line}\n`);

/** Compiles src/ to lib/ when lib/ is missing or older than any source file. */
function ensureCompiled() {
  const newest = (dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.[cm]?[jt]s$/.test(e.name))
      .reduce((t, e) => Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs), 0);
  const built = join(repo, 'lib', 'build.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newest(join(repo, 'src'))) return;
  log('compiling src/ -> lib/ ...');
  const tsc = spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(repo, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (tsc.status !== 0) throw new Error('bench: compiling failed (npm run compile)');
}

ensureCompiled();
const { build, findBrowser } = await import('../lib/index.js');
const { launchOptions } = await import('../lib/print/printer.js');
const { ASSET_ORIGIN, AssetMap } = await import('../lib/render/assets.js');
const { normalizeSource } = await import('../lib/resolve/excerpts.js');

const PACK_KINDS = new Set(['student-pack', 'teacher-pack', 'unit-pack']);
const seconds = (ms) => ms / 1000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs a library build, timing the documents phase (everything but packs) and the whole build. */
async function timedBuild(options) {
  const t0 = performance.now();
  let docsDone = t0;
  const result = await build({
    concurrency,
    ...options,
    onEvent: (e) => {
      if (e.type === 'document' && !PACK_KINDS.has(e.result.kind)) docsDone = performance.now();
    },
  });
  const ms = performance.now() - t0;
  const failed = result.documents.filter((d) => d.status === 'failed');
  if (result.failed) throw new Error(`bench: the build failed: ${failed.map((d) => `${d.path}: ${d.error}`).join('; ') || 'invalid lessons'}`);
  const count = (status, packs) => result.documents.filter((d) => d.status === status && PACK_KINDS.has(d.kind) === packs).length;
  return {
    result,
    ms,
    docsMs: docsDone - t0,
    printed: { documents: count('printed', false), packs: count('printed', true) },
    cached: { documents: count('cached', false), packs: count('cached', true) },
  };
}

/** A no-op rebuild as a user runs it: a new `lessonpack build` process (Node start and module loading included). */
function cliNoop(root) {
  const t0 = performance.now();
  const res = spawnSync(process.execPath, [join(repo, 'bin/lessonpack.js'), 'build', '--json'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  const ms = performance.now() - t0;
  if (res.status !== 0) throw new Error(`bench: lessonpack build exited with ${res.status}: ${res.stderr}`);
  const summary = JSON.parse(res.stdout);
  return { ms, printed: summary.documents.filter((d) => d.status !== 'cached').length, browserStarted: summary.browserStarted };
}

const root = mkdtempSync(join(tmpdir(), 'lessonpack-bench-'));
const htmlDir = join(root, 'html');
const results = { machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? '?', node: process.version, concurrency }, corpus: {}, runs: {}, targets: {} };
try {
  const ids = generateCorpus({ root, repo, count: lessonCount, unitSize: Number(flags.unit), normalizeSource });
  log(`corpus: ${ids.length} lessons in ${root}`);

  // 1. Cold full build, packs included; the HTML of every printed document is kept for the floor.
  log('cold full build ...');
  const monitor = new TreeMonitor(process.pid, 200).start();
  const cold = await timedBuild({ root, htmlDir });
  const coldTree = monitor.stop();
  results.corpus = { lessons: ids.length, documents: cold.printed.documents, packs: cold.printed.packs };

  // 2. No-op rebuilds: in this process (library call) and as a new CLI process; medians of three.
  log('no-op rebuilds ...');
  const noopLib = [];
  for (let i = 0; i < 3; i++) {
    const r = await timedBuild({ root });
    if (r.printed.documents + r.printed.packs > 0 || r.result.browserStarted) throw new Error('bench: a no-op rebuild printed something');
    noopLib.push(r.ms);
  }
  const noopCli = [0, 1, 2].map(() => cliNoop(root));
  if (noopCli.some((r) => r.printed > 0 || r.browserStarted)) throw new Error('bench: a no-op CLI rebuild printed something');

  // 3. One lesson edited (one outside the unit, so only its own documents and packs change).
  log('one-lesson edit ...');
  editLesson(root, ids[ids.length - 1], 'bench');
  const edit = await timedBuild({ root });

  // 4. The floor: bare Puppeteer printing the same HTML (lesson documents and unit overview, no packs).
  const items = cold.result.documents
    .filter((d) => !PACK_KINDS.has(d.kind))
    .map((d) => ({ html: join(htmlDir, d.path.replace(/\.pdf$/, '.html')), out: join(root, 'floor', d.path) }));
  const browser = findBrowser();
  if (!browser) throw new Error('bench: no browser found (see README: Install)');
  const shared = {
    concurrency,
    launch: { ...launchOptions(browser.path), handleSIGINT: true, handleSIGTERM: true, handleSIGHUP: true },
    origin: ASSET_ORIGIN,
    assets: assetBytes(new AssetMap('standard')),
  };
  log(`floor: ${items.length} documents, bare Puppeteer, ${concurrency} reused tabs ...`);
  const floorMonitor = new TreeMonitor(process.pid, 200).start();
  const floor = await printFiles({ ...shared, items });
  const floorTree = floorMonitor.stop();

  // 5. Naive: a browser launch per document, same pool size, on an evenly spread sample; extrapolated.
  const step = Math.max(1, Math.floor(items.length / sampleSize));
  const sample = items.filter((_, i) => i % step === 0).slice(0, sampleSize);
  log(`naive baseline: ${sample.length} of ${items.length} documents, one browser per document ...`);
  const naive = await printFiles({ ...shared, items: sample, browserPerDocument: true });
  const naiveMs = (naive.ms / sample.length) * items.length;

  const docs = items.length;
  results.runs = {
    cold: { s: seconds(cold.ms), documentsPhaseS: seconds(cold.docsMs), documents: docs, packs: cold.printed.packs },
    noop: { libraryS: seconds(median(noopLib)), cliS: seconds(median(noopCli.map((r) => r.ms))) },
    edit: { s: seconds(edit.ms), printedDocuments: edit.printed.documents, printedPacks: edit.printed.packs, cachedDocuments: edit.cached.documents },
    floor: { s: seconds(floor.ms), documents: docs, peakRssMB: floorTree.peakRss / 2 ** 20 },
    naive: { sampleDocuments: sample.length, sampleS: seconds(naive.ms), extrapolatedS: seconds(naiveMs) },
    memory: { peakRssMB: coldTree.peakRss / 2 ** 20, peakProcesses: coldTree.peakProcesses, cpuS: coldTree.cpu },
  };
  const r = results.runs;
  results.targets = {
    naiveOverBuild: { value: r.naive.extrapolatedS / r.cold.documentsPhaseS, target: '>= 5', ok: r.naive.extrapolatedS / r.cold.documentsPhaseS >= 5 },
    buildOverFloor: { value: r.cold.documentsPhaseS / r.floor.s, target: '<= 1.25', ok: r.cold.documentsPhaseS / r.floor.s <= 1.25 },
    noopCliS: { value: r.noop.cliS, target: '< 0.5', ok: r.noop.cliS < 0.5 },
    peakRssMB: { value: r.memory.peakRssMB, target: '< 1536', ok: r.memory.peakRssMB < 1536 },
  };
  if (flags.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else printTable(results);
} finally {
  if (flags.keep) log(`kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}

function printTable({ machine, corpus, runs: r, targets: t }) {
  const f = (n, d = 2) => n.toFixed(d);
  const rate = (n, s) => f(n / s, 1);
  const rows = [
    ['run', 'seconds', 'docs/s', 'what'],
    ['cold full build', f(r.cold.s, 1), rate(r.cold.documents + r.cold.packs, r.cold.s), `${r.cold.documents} documents + ${r.cold.packs} packs, empty cache`],
    ['  documents phase', f(r.cold.documentsPhaseS, 1), rate(r.cold.documents, r.cold.documentsPhaseS), 'start of build until the last non-pack document'],
    ['no-op rebuild (CLI)', f(r.noop.cliS), '-', 'new lessonpack process, nothing changed (median of 3)'],
    ['no-op rebuild (library)', f(r.noop.libraryS), '-', 'build() again in the same process (median of 3)'],
    ['one-lesson edit', f(r.edit.s), '-', `${r.edit.printedDocuments} documents + ${r.edit.printedPacks} packs re-printed`],
    ['floor (bare Puppeteer)', f(r.floor.s, 1), rate(r.floor.documents, r.floor.s), `same ${r.floor.documents} HTML files, ${machine.concurrency} reused tabs`],
    [
      'naive (browser per doc)',
      f(r.naive.extrapolatedS, 1),
      rate(r.floor.documents, r.naive.extrapolatedS),
      `extrapolated from ${r.naive.sampleDocuments} documents (${f(r.naive.sampleS, 1)} s)`,
    ],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => row.map((c, i) => (i === 0 || i === 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [
    `lessonpack benchmark: ${corpus.lessons} lessons -> ${corpus.documents} documents + ${corpus.packs} packs; ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, pool of ${machine.concurrency}`,
    '',
    line(rows[0]),
    ...rows.slice(1).map(line),
    '',
    `peak memory (RSS of the process tree, during the cold build): ${f(r.memory.peakRssMB, 0)} MB in up to ${r.memory.peakProcesses} processes (floor: ${f(r.floor.peakRssMB, 0)} MB)`,
    '',
    'targets (documents phase compared: the floor prints no packs):',
    `  naive / build     ${f(t.naiveOverBuild.value, 1)}x   target >= 5x     ${t.naiveOverBuild.ok ? 'ok' : 'MISSED'}`,
    `  build / floor     ${f(t.buildOverFloor.value)}x   target <= 1.25x  ${t.buildOverFloor.ok ? 'ok' : 'MISSED'}`,
    `  no-op (CLI)       ${f(t.noopCliS.value)} s   target < 0.5 s   ${t.noopCliS.ok ? 'ok' : 'MISSED'}`,
    `  peak RSS          ${f(t.peakRssMB.value, 0)} MB   target < 1536 MB ${t.peakRssMB.ok ? 'ok' : 'MISSED'}`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}
