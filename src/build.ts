/** The build orchestrator: the only module that touches the file system for outputs. */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { hashFiles, inputStamp, knownOutputs, listFiles, stampedDocuments } from './cache.js';
import { BrowserError, type Diagnostic, DocumentError, UserError } from './errors.js';
import type { LessonDocumentKind, Paper, ResolvedLesson, Variant } from './model/index.js';
import type { AssembledPack } from './pack/assemble.js';
import { packageRoot } from './paths.js';
import type { Printer, PrinterOptions } from './print/printer.js';
import { loadProject, type Project } from './project.js';
import { AssetMap } from './render/assets.js';
import type { LessonView } from './render/view.js';
import { removePendingTemps, writeAtomic } from './write/atomic.js';
import { type Manifest, type ManifestEntry, manifestName, readManifest, removeShardManifests, sha256, writeManifest } from './write/manifest.js';

export const VERSION: string = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version;

export interface BuildOptions extends PrinterOptions {
  /** Project folder (holds lessons/, sources/, optional lessonpack.config.json). */
  root: string;
  /** Folder that relative CLI paths are relative to. */
  cwd?: string;
  /** Lesson files or ids; empty = all lessons. */
  selectors?: string[];
  out?: string;
  paper?: Paper;
  variant?: Variant;
  /** Ignore the cache and print everything. */
  force?: boolean;
  /** Build only shard `index` (1-based) of `count`; packs are left to `lessonpack pack`. */
  shard?: { index: number; count: number };
  /** Build the packs (default: true, except in shard mode). */
  packs?: boolean;
  /** Build only the packs, from PDFs already in the output folder. */
  packsOnly?: boolean;
  /** Also write each printed document's HTML here as <path>.html (template debugging; the benchmark's floor). */
  htmlDir?: string;
  onEvent?: (event: BuildEvent) => void;
}

export type DocumentStatus = 'printed' | 'cached' | 'failed';

export interface DocumentResult {
  path: string;
  kind: string;
  lesson?: string;
  status: DocumentStatus;
  pages: number;
  ms: number;
  error?: string;
  /** Answer-key questions whose answer overflows its writing space. */
  warnings?: string[];
  /** Requests the page attempted that were aborted (not project assets). */
  blocked?: string[];
}

export type BuildEvent =
  | { type: 'plan'; total: number }
  | { type: 'document'; result: DocumentResult; done: number; total: number }
  | { type: 'diagnostics'; diagnostics: Diagnostic[] };

export interface BuildResult {
  outDir: string;
  documents: DocumentResult[];
  diagnostics: Diagnostic[];
  /** True when a lesson was invalid or a document failed: the exit code is 1. */
  failed: boolean;
  browserStarted: boolean;
  ms: number;
}

const active = new Set<Printer>();

/** Closes every browser a running build opened and removes temp files (for SIGINT/SIGTERM). */
export async function shutdown(): Promise<void> {
  await Promise.all([...active].map((p) => p.close()));
  await removePendingTemps();
}

/** The date written into every PDF: SOURCE_DATE_EPOCH, else a fixed epoch, so output never depends on the clock. */
function buildDate(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date(Date.UTC(2024, 0, 1));
}

/** The stable shard a document belongs to (1-based). */
export function shardOf(path: string, count: number): number {
  return (Number.parseInt(sha256(path).slice(0, 8), 16) % count) + 1;
}

interface Job {
  path: string;
  kind: string;
  lesson?: string;
  key: string;
  inputs: string[];
}

/** Runs at most `n` tasks at once, in the order they arrive. */
function limiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const queue: (() => void)[] = [];
  return async (task) => {
    if (running < n) running++;
    else await new Promise<void>((resume) => queue.push(resume)); // the finishing task hands over its place
    try {
      return await task();
    } finally {
      const next = queue.shift();
      if (next) next();
      else running--;
    }
  };
}

/** The result of a build whose inputs all match the manifest's stamp: every document is reported unchanged. */
function unchangedBuild(outDir: string, entries: ManifestEntry[], options: BuildOptions, started: number): BuildResult {
  options.onEvent?.({ type: 'plan', total: entries.length });
  const documents = entries.map((e, i): DocumentResult => {
    const result: DocumentResult = { path: e.path, kind: e.kind, lesson: e.lesson, status: 'cached', pages: e.pages, ms: 0 };
    options.onEvent?.({ type: 'document', result, done: i + 1, total: entries.length });
    return result;
  });
  return { outDir, documents, diagnostics: [], failed: false, browserStarted: false, ms: Math.round(performance.now() - started) };
}

/** Builds PDFs for the selected lessons (validate, resolve, render, print, write, pack). */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const cwd = options.cwd ?? options.root;
  const project = await loadProject(options.root, { out: options.out });
  const paper = options.paper ?? project.paper;
  const variant = options.variant ?? 'standard';
  const outDir = variant === 'standard' ? project.outDir : join(project.outDir, variant);
  const cacheDir = join(project.root, '.lessonpack-cache', `${variant}-${paper}`);
  const date = buildDate();
  const school = project.config.school;
  const renderOptions = { paper, variant, school };
  const selectors = options.selectors ?? [];
  // One map for the whole build: every document may load the same fonts and stylesheet.
  const assets = new AssetMap(variant);

  // Everything every document depends on besides its lesson and sources.
  const common = sha256(
    [
      VERSION,
      paper,
      variant,
      school ?? '',
      date.toISOString(),
      hashFiles(project.templateDirs.flatMap(listFiles)),
      hashFiles([join(packageRoot, 'styles', 'lessonpack.css')]),
      assets.fontFaceCss(),
      project.configFile ? readFileSync(project.configFile, 'utf8') : '',
      project.config.logo ? hashFiles([join(project.root, project.config.logo)]) : '',
    ].join('\n'),
  );
  const manifestFile = manifestName(options.shard);
  const old = options.force ? undefined : await readManifest(outDir, manifestFile);
  // `lessonpack pack` depends on PDFs other builds wrote, not only on inputs: it always checks each pack.
  const stamp = options.packsOnly
    ? undefined
    : inputStamp({
        common,
        dirs: [project.lessonsDir, project.sourcesDir],
        files: selectors.filter((s) => s.endsWith('.json') || s.includes('/')).map((s) => resolve(cwd, s)),
        options: { selectors, cwd, shard: options.shard ?? null, packs: options.packs !== false },
      });
  const unchanged = stamp && !options.force ? stampedDocuments(old, stamp, outDir) : undefined;
  if (unchanged) return unchangedBuild(outDir, unchanged, options, started);

  // The heavy stages load only when there is work to do, so that a no-op build stays well under a second.
  const [{ prepare }, { Printer }, { renderLessonDocument, renderUnitOverview, Templates }, { plainText }, { lessonView }, { finalizePdf }] = await Promise.all(
    [
      import('./pipeline.js'),
      import('./print/printer.js'),
      import('./render/index.js'),
      import('./render/markdown.js'),
      import('./render/view.js'),
      import('./write/pdf.js'),
    ],
  );
  const prepared = await prepare(project, selectors, cwd);
  if (prepared.diagnostics.length) options.onEvent?.({ type: 'diagnostics', diagnostics: prepared.diagnostics });
  const templates = new Templates(project.templateDirs);
  const lessonHash = (l: ResolvedLesson) =>
    sha256(
      [
        common,
        l.json.text,
        ...l.sourceIds.map((id) => {
          const s = prepared.sources.get(id);
          return s ? `${JSON.stringify(s.meta)}\n${s.text}` : id;
        }),
      ].join('\n'),
    );
  const lessonInputs = (l: ResolvedLesson) => [
    l.file,
    ...l.sourceIds.flatMap((id) => {
      const s = prepared.sources.get(id);
      return s ? [s.file, s.textFile] : [];
    }),
  ];

  const entries = options.force ? new Map<string, ManifestEntry>() : await knownOutputs(outDir, old, manifestFile);
  const results: DocumentResult[] = [];
  // Recorded only after a build without problems, so that a failing build never looks unchanged.
  let stamped: Manifest['stamp'];
  const printer = new Printer(options);
  let printerUsed = false;
  active.add(printer);

  const views = new Map(prepared.lessons.map((l) => [l.data.id, lessonView(l, prepared.sources)]));
  const lessonJobs: Job[] = [];
  const kinds: (LessonDocumentKind | 'overview')[] = ['overview', 'handout', 'answer-key', 'worksheet'];
  for (const l of prepared.lessons) {
    const key = lessonHash(l);
    for (const kind of kinds)
      lessonJobs.push({ path: `${l.data.id}/${kind}.pdf`, kind, lesson: l.data.id, key: sha256(`${key}:${kind}`), inputs: lessonInputs(l) });
  }
  const unitJob: Job | undefined = prepared.unit
    ? {
        path: 'unit-overview.pdf',
        kind: 'unit-overview',
        key: sha256(
          [
            common,
            prepared.unit.json.text,
            // Only the unit's own lessons appear in its overview: editing another lesson must not reprint it.
            ...prepared.lessons.filter((l) => prepared.unit?.data.lessons.includes(l.data.id)).map(lessonHash),
            ...[...prepared.sources.values()].map((s) => JSON.stringify(s.meta)),
          ].join('\n'),
        ),
        inputs: [prepared.unit.file],
      }
    : undefined;
  let jobs = [...lessonJobs, ...(unitJob ? [unitJob] : [])];
  if (options.shard) {
    const { index, count } = options.shard;
    jobs = jobs.filter((j) => shardOf(j.path, count) === index);
  }
  if (options.packsOnly) jobs = [];
  // The browser starts while the documents are rendered, as soon as one of them needs printing.
  if (jobs.some((j) => entries.get(j.path)?.key !== j.key)) {
    printerUsed = true;
    printer.warm();
  }
  const buildPacks = !options.shard && options.packs !== false;
  const packLessons = buildPacks ? prepared.lessons.filter((l) => !prepared.failed.includes(l.file)) : [];
  const total = jobs.length + packLessons.length * 2 + (buildPacks && prepared.unit ? 1 : 0);
  options.onEvent?.({ type: 'plan', total });
  let done = 0;
  const report = (r: DocumentResult) => {
    results.push(r);
    options.onEvent?.({ type: 'document', result: r, done: ++done, total });
  };

  /** Prints HTML, retrying once on a fresh browser if the browser died. */
  const printHtml = async (html: string, label: string) => {
    printerUsed = true;
    try {
      return await printer.print({ html, assets, variant, label });
    } catch (e) {
      if (!(e instanceof BrowserError) || !printer.disconnected) throw e;
      await printer.reset();
      return await printer.print({ html, assets, variant, label });
    }
  };

  const meta = (title: string, subject: string, keywords: string[], id: string) => ({
    title,
    author: 'lessonpack',
    subject,
    keywords,
    language: 'en',
    date,
    id,
  });

  /** Writes a finished PDF and records it in the manifest. */
  const store = async (job: Job, pdf: Uint8Array, pages: number) => {
    await writeAtomic(join(outDir, job.path), pdf);
    entries.set(job.path, {
      path: job.path,
      kind: job.kind,
      lesson: job.lesson,
      sha256: sha256(pdf),
      pages,
      bytes: pdf.length,
      inputs: job.inputs.map((f) => relative(project.root, join(project.root, f))),
      key: job.key,
    });
  };

  const cached = (job: Job): ManifestEntry | undefined => {
    const e = entries.get(job.path);
    return e && e.key === job.key ? e : undefined;
  };

  // A few documents in flight per tab (rendered, printing, being written): enough to keep every tab busy, few
  // enough that each is rendered just before it prints instead of all of them up front.
  const inFlight = limiter(2 * (options.concurrency ?? cpus().length) + 1);
  const runJob = async (job: Job, render: () => Promise<{ html: string; title: string; subject: string; keywords: string[] }>) => {
    const hit = cached(job);
    if (hit) {
      report({ path: job.path, kind: job.kind, lesson: job.lesson, status: 'cached', pages: hit.pages, ms: 0 });
      return;
    }
    await inFlight(() => printJob(job, render));
  };
  const printJob = async (job: Job, render: () => Promise<{ html: string; title: string; subject: string; keywords: string[] }>) => {
    const t0 = performance.now();
    try {
      const doc = await render();
      if (options.htmlDir) await writeAtomic(join(options.htmlDir, job.path.replace(/\.pdf$/, '.html')), doc.html);
      const printed = await printHtml(doc.html, job.path);
      const { pdf, pages } = await finalizePdf(printed.pdf, meta(doc.title, doc.subject, doc.keywords, job.key));
      await store(job, pdf, pages);
      report({
        path: job.path,
        kind: job.kind,
        lesson: job.lesson,
        status: 'printed',
        pages,
        // Time spent on this document, not waiting for a tab behind the others.
        ms: Math.round(performance.now() - t0 - printed.waitedMs),
        warnings: printed.overflowing.length ? printed.overflowing : undefined,
        blocked: printed.blocked.length ? printed.blocked : undefined,
      });
    } catch (e) {
      if (e instanceof BrowserError && !(e instanceof DocumentError)) throw e;
      if (!(e instanceof UserError)) throw e;
      report({ path: job.path, kind: job.kind, lesson: job.lesson, status: 'failed', pages: 0, ms: Math.round(performance.now() - t0), error: e.message });
    }
  };

  const lessonDoc = (l: ResolvedLesson, view: LessonView, kind: LessonDocumentKind | 'overview') => async () => {
    const r = renderLessonDocument(view, kind, templates, renderOptions);
    return { html: r.html, title: r.title, subject: view.centralQuestion, keywords: [view.unit, 'lesson', kind, ...l.sourceIds].filter(Boolean) };
  };

  try {
    await mkdir(outDir, { recursive: true });
    const byLesson = new Map<string, Job[]>();
    for (const j of jobs) if (j.lesson) byLesson.set(j.lesson, [...(byLesson.get(j.lesson) ?? []), j]);
    await Promise.all(
      prepared.lessons.map(async (l) => {
        const view = views.get(l.data.id);
        const mine = byLesson.get(l.data.id) ?? [];
        if (!view || !mine.length) return;
        await Promise.all(mine.map((j) => runJob(j, lessonDoc(l, view, j.kind as LessonDocumentKind))));
      }),
    );
    if (unitJob && jobs.includes(unitJob) && prepared.unit) {
      const unit = prepared.unit;
      const ordered = unit.data.lessons.flatMap((id) => views.get(id) ?? []);
      await runJob(unitJob, async () => ({
        html: renderUnitOverview(unit, ordered, prepared.sources, templates, renderOptions),
        title: `${plainText(unit.data.title)}: Unit Overview`,
        subject: unit.data.compellingQuestion ?? unit.data.title,
        keywords: [unit.data.title, 'unit overview'],
      }));
    }
    if (buildPacks) {
      const { buildPacksFor } = await import('./pack/index.js');
      await buildPacksFor({
        project,
        outDir,
        cacheDir,
        lessons: packLessons,
        views,
        unit: prepared.unit,
        templates,
        renderOptions,
        date,
        common,
        printHtml,
        report,
        entries,
        force: options.force ?? false,
      });
    }
    if (stamp && !prepared.diagnostics.length && results.every((r) => r.status !== 'failed')) stamped = { key: stamp, documents: results.map((r) => r.path) };
  } finally {
    active.delete(printer);
    await printer.close();
    // The manifest lists exactly the files on disk, whatever happened above.
    const present = [...entries.values()].filter((e) => existsSync(join(outDir, e.path)));
    await writeManifest(outDir, { generator: `lessonpack ${VERSION}`, paper, variant, documents: present, stamp: stamped }, manifestFile);
    // manifest.json now lists what the shard manifests did (and anything they listed that is still valid).
    if (!options.shard) await removeShardManifests(outDir);
  }
  const failed = prepared.diagnostics.length > 0 || results.some((r) => r.status === 'failed');
  return {
    outDir,
    documents: results,
    diagnostics: prepared.diagnostics,
    failed,
    browserStarted: printerUsed && printer.launches > 0,
    ms: Math.round(performance.now() - started),
  };
}

export type { AssembledPack, Project };
