#!/usr/bin/env node
/**
 * `npm run bench`: builds a synthetic corpus and measures lessonpack against the issue #6 targets (see
 * docs/performance.md). Not a test: numbers depend on the machine and on what else it is running.
 *
 * Flags: --lessons N (default 200), --sample N (naive baseline sample, default 30), --concurrency N (default:
 * cores), --unit N (lessons in the corpus's unit, default 4), --repeat N (on a busy machine: print the documents
 * N times with lessonpack and with the floor, alternating, and compare the fastest of each), --json (results as
 * JSON on stdout), --keep (keep the temporary project and print its path).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
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
    repeat: { type: 'string', default: '1' },
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
const { build } = await import('../lib/build.js');
const { findBrowser } = await import('../lib/print/browser.js');
const { launchOptions, PDF_OPTIONS } = await import('../lib/print/printer.js');
const { ASSET_ORIGIN, AssetMap } = await import('../lib/render/assets.js');
const { normalizeSource } = await import('../lib/resolve/excerpts.js');

const PACK_KINDS = new Set(['student-pack', 'teacher-pack', 'unit-pack']);
const seconds = (ms) => ms / 1000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs a library build, timing the documents phase (everything before the packs) and the whole build. With a
 * monitor, also the CPU time of the process tree when the first pack is done (packs start after the documents).
 */
async function timedBuild(options, monitor) {
  const t0 = performance.now();
  let docsDone = t0;
  let docsCpu;
  const result = await build({
    concurrency,
    ...options,
    onEvent: (e) => {
      if (e.type !== 'document') return;
      if (!PACK_KINDS.has(e.result.kind)) docsDone = performance.now();
      else if (monitor && docsCpu === undefined) docsCpu = monitor.cpuNow();
    },
  });
  const ms = performance.now() - t0;
  const failed = result.documents.filter((d) => d.status === 'failed');
  if (result.failed) {
    const problems = [...failed.map((d) => `${d.path}: ${d.error}`), ...result.diagnostics.map((d) => `${d.file}: ${d.pointer ?? ''} ${d.message}`)];
    throw new Error(`bench: the build failed:\n${problems.slice(0, 10).join('\n')}`);
  }
  const count = (status, packs) => result.documents.filter((d) => d.status === status && PACK_KINDS.has(d.kind) === packs).length;
  return {
    result,
    ms,
    docsMs: docsDone - t0,
    docsCpu,
    printed: { documents: count('printed', false), packs: count('printed', true) },
    cached: { documents: count('cached', false), packs: count('cached', true) },
  };
}

/** Runs `work` while watching this process tree: its result plus wall time, CPU seconds and peak RSS. */
async function watched(work) {
  const monitor = new TreeMonitor(process.pid, 500).start();
  const t0 = performance.now();
  const value = await work(monitor);
  const ms = performance.now() - t0;
  return { value, ms, ...monitor.stop() };
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
const results = {
  machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? '?', node: process.version, concurrency, loadAverageAtStart: loadavg()[0] },
  corpus: {},
  runs: {},
  targets: {},
};
try {
  const ids = generateCorpus({ root, repo, count: lessonCount, unitSize: Number(flags.unit), normalizeSource });
  log(`corpus: ${ids.length} lessons in ${root}`);

  // 1. Cold full build, packs included; the HTML of every printed document is kept for the floor.
  log('cold full build ...');
  const coldRun = await watched((monitor) => timedBuild({ root, htmlDir }, monitor));
  const cold = coldRun.value;
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
    launch: { ...launchOptions(browser.path), handleSIGINT: true, handleSIGTERM: true, handleSIGHUP: true },
    pdfOptions: PDF_OPTIONS,
    origin: ASSET_ORIGIN,
    assets: assetBytes(new AssetMap('standard')),
  };
  log(`floor: ${items.length} documents, bare Puppeteer, ${concurrency} reused tabs ...`);
  const floors = [await watched(() => printFiles({ ...shared, concurrency, items }))];
  // Repeats, alternating: lessonpack printing the documents again (forced, no packs) and the floor again.
  const reprints = [{ ms: cold.docsMs, cpu: cold.docsCpu ?? coldRun.cpu }];
  for (let i = 1; i < Number(flags.repeat); i++) {
    log(`repeat ${i + 1}: lessonpack documents, then the floor ...`);
    const again = await watched(() => timedBuild({ root, out: join(root, `dist-repeat-${i}`), force: true, packs: false }));
    reprints.push({ ms: again.value.docsMs, cpu: again.cpu });
    floors.push(await watched(() => printFiles({ ...shared, concurrency, items })));
  }
  const fastest = (runs) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const floor = fastest(floors);
  const documentsPhase = fastest(reprints);

  // 5. Naive: a browser launch per document on an evenly spread sample, extrapolated to every document; one
  //    document at a time (as a simple script does), and with the same pool size for comparison.
  const step = Math.max(1, Math.floor(items.length / sampleSize));
  const sample = items.filter((_, i) => i % step === 0).slice(0, sampleSize);
  log(`naive baseline: ${sample.length} of ${items.length} documents, one browser per document, one at a time, then ${concurrency} at a time ...`);
  const naive = await watched(() => printFiles({ ...shared, concurrency: 1, items: sample, browserPerDocument: true }));
  const naivePool = await watched(() => printFiles({ ...shared, concurrency, items: sample, browserPerDocument: true }));
  const perDocument = (run) => run.ms / sample.length;

  const docs = items.length;
  results.runs = {
    cold: {
      s: seconds(cold.ms),
      documentsPhaseS: seconds(documentsPhase.ms),
      documentsPhaseCpuS: documentsPhase.cpu,
      repeats: reprints.length,
      cpuS: coldRun.cpu,
      documents: docs,
      packs: cold.printed.packs,
    },
    noop: { libraryS: seconds(median(noopLib)), cliS: seconds(median(noopCli.map((r) => r.ms))) },
    edit: { s: seconds(edit.ms), printedDocuments: edit.printed.documents, printedPacks: edit.printed.packs, cachedDocuments: edit.cached.documents },
    floor: { s: seconds(floor.ms), cpuS: floor.cpu, documents: docs, peakRssMB: floor.peakRss / 2 ** 20 },
    naive: {
      sampleDocuments: sample.length,
      sampleS: seconds(naive.ms),
      extrapolatedS: seconds(perDocument(naive) * docs),
      cpuS: (naive.cpu / sample.length) * docs,
      poolSampleS: seconds(naivePool.ms),
      poolExtrapolatedS: seconds(perDocument(naivePool) * docs),
    },
    memory: { peakRssMB: coldRun.peakRss / 2 ** 20, peakProcesses: coldRun.peakProcesses },
  };
  const r = results.runs;
  const target = (value, text, ok) => ({ value, target: text, ok });
  results.targets = {
    naiveOverBuild: target(r.naive.extrapolatedS / r.cold.documentsPhaseS, '>= 5', r.naive.extrapolatedS / r.cold.documentsPhaseS >= 5),
    buildOverFloor: target(r.cold.documentsPhaseS / r.floor.s, '<= 1.25', r.cold.documentsPhaseS / r.floor.s <= 1.25),
    noopCliS: target(r.noop.cliS, '< 0.5', r.noop.cliS < 0.5),
    peakRssMB: target(r.memory.peakRssMB, '< 1536', r.memory.peakRssMB < 1536),
  };
  results.context = {
    naivePoolOverBuild: r.naive.poolExtrapolatedS / r.cold.documentsPhaseS,
    buildOverFloorCpu: r.cold.documentsPhaseCpuS / r.floor.cpuS,
    loadAverage: loadavg()[0],
  };
  if (flags.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else printTable(results);
} finally {
  if (flags.keep) log(`kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}

function printTable({ machine, corpus, runs: r, targets: t, context: c }) {
  const f = (n, d = 2) => n.toFixed(d);
  const rate = (n, s) => f(n / s, 1);
  const rows = [
    ['run', 'seconds', 'docs/s', 'CPU s', 'what'],
    [
      'cold full build',
      f(r.cold.s, 1),
      rate(r.cold.documents + r.cold.packs, r.cold.s),
      f(r.cold.cpuS, 0),
      `${r.cold.documents} documents + ${r.cold.packs} packs, empty cache`,
    ],
    [
      '  documents phase',
      f(r.cold.documentsPhaseS, 1),
      rate(r.cold.documents, r.cold.documentsPhaseS),
      f(r.cold.documentsPhaseCpuS, 0),
      r.cold.repeats > 1 ? `fastest of ${r.cold.repeats}: the cold build's, forced rebuilds without packs` : 'from the start until the packs begin',
    ],
    ['no-op rebuild (CLI)', f(r.noop.cliS), '-', '-', 'a new lessonpack process, nothing changed (median of 3)'],
    ['no-op rebuild (library)', f(r.noop.libraryS), '-', '-', 'build() again in the same process (median of 3)'],
    ['one-lesson edit', f(r.edit.s), '-', '-', `${r.edit.printedDocuments} documents + ${r.edit.printedPacks} packs re-printed, the rest unchanged`],
    [
      'floor (bare Puppeteer)',
      f(r.floor.s, 1),
      rate(r.floor.documents, r.floor.s),
      f(r.floor.cpuS, 0),
      `the same ${r.floor.documents} HTML files, ${machine.concurrency} reused tabs${r.cold.repeats > 1 ? `, fastest of ${r.cold.repeats}` : ''}`,
    ],
    [
      'naive, one at a time',
      f(r.naive.extrapolatedS, 1),
      rate(r.floor.documents, r.naive.extrapolatedS),
      f(r.naive.cpuS, 0),
      `a browser per document; extrapolated from ${r.naive.sampleDocuments} documents (${f(r.naive.sampleS, 1)} s)`,
    ],
    [
      `naive, ${machine.concurrency} at a time`,
      f(r.naive.poolExtrapolatedS, 1),
      rate(r.floor.documents, r.naive.poolExtrapolatedS),
      '-',
      `the same, ${machine.concurrency} browsers at once (${f(r.naive.poolSampleS, 1)} s for the sample)`,
    ],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const ok = (x) => (x.ok ? 'ok' : 'MISSED');
  const out = [
    `lessonpack benchmark: ${corpus.lessons} lessons -> ${corpus.documents} documents + ${corpus.packs} packs`,
    `machine: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, pool of ${machine.concurrency} tabs, load average ${f(machine.loadAverageAtStart, 1)} at start, ${f(c.loadAverage, 1)} at end`,
    '',
    line(rows[0]),
    ...rows.slice(1).map(line),
    '',
    `peak memory (RSS summed over the process tree during the cold build): ${f(r.memory.peakRssMB, 0)} MB in up to ${r.memory.peakProcesses} processes (floor: ${f(r.floor.peakRssMB, 0)} MB)`,
    '',
    'targets (the documents phase is compared, since the floor and the naive baseline print no packs):',
    `  naive (one at a time) / build   ${f(t.naiveOverBuild.value, 1)}x   target >= 5x      ${ok(t.naiveOverBuild)}   (naive ${machine.concurrency} at a time / build: ${f(c.naivePoolOverBuild, 1)}x)`,
    `  build / floor                   ${f(t.buildOverFloor.value)}x   target <= 1.25x   ${ok(t.buildOverFloor)}   (in CPU seconds: ${f(c.buildOverFloorCpu)}x)`,
    `  no-op rebuild (CLI)             ${f(t.noopCliS.value)} s   target < 0.5 s    ${ok(t.noopCliS)}`,
    `  peak RSS                        ${f(t.peakRssMB.value, 0)} MB   target < 1536 MB  ${ok(t.peakRssMB)}`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}
