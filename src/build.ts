/** The build orchestrator: the only module that touches the file system for outputs. */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileCache, hashFiles, inputStamp, knownOutputs, listFiles, signStamp, stampedDocuments } from './cache.js';
import {
  BrowserDisconnected,
  BrowserError,
  type Diagnostic,
  DocumentError,
  errorsOf,
  OutputError,
  RendererCrashed,
  UserError,
  ValidationError,
} from './errors.js';
import { chooseFormats, chooseKinds, chooseVersions, documentFile, VERSIONED_KINDS } from './formats/choose.js';
import { packKinds, runFileJobs, writeReadme } from './formats/integrate.js';
import { messagesFor } from './i18n/index.js';
import { checkCacheOutside, projectCacheDir } from './machine.js';
import {
  type DocumentResult,
  type DocumentStatus,
  LESSON_DOCUMENTS,
  type LessonDocumentKind,
  type Paper,
  type ResolvedLesson,
  type Variant,
  type VersionLetter,
} from './model/index.js';
import { packageRoot } from './paths.js';
import type { AssembledPack } from './pdf/index.js';
import type { PrinterOptions } from './print/printer.js';
import { removeStaleProfiles } from './print/profiles.js';
import { loadProject, type Project, projectFonts } from './project.js';
import { AssetMap } from './render/assets.js';
import { MAP_DATA_VERSION } from './render/figures/version.js';
import type { LessonView } from './render/view.js';
import { settleAll } from './settle.js';
import { linkOnTheWay } from './validate/config.js';
import { removePendingTemps, removeStaleTemps, writeAtomic } from './write/atomic.js';
import { lockOutput } from './write/lock.js';
import { type Manifest, type ManifestEntry, ManifestWriter, manifestName, readManifest, removeShardManifests, sha256 } from './write/manifest.js';

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
  /** Document kinds to build (default: all): handout, worksheet, answer-key, marking-guide, overview, unit-overview. Packs are built when all they hold is. */
  only?: string[];
  /** Output formats (default: pdf): pdf, docx (handout, worksheet, answer key), html (student documents), qti (the worksheet as a quiz). */
  formats?: string[];
  /** A/B versions of the worksheet and answer key (2 to 4), options shuffled per version; 1 or unset for none. */
  versions?: number;
  /** Stops the build (SIGINT, a server shutting down): no new document starts, the browser closes, temp files go. */
  signal?: AbortSignal;
  /** Also write each printed document's HTML here as <path>.html (template debugging; the benchmark's floor). */
  htmlDir?: string;
  onEvent?: (event: BuildEvent) => void;
}

export type { DocumentResult, DocumentStatus };

export type BuildEvent =
  | { type: 'plan'; total: number }
  | { type: 'document'; result: DocumentResult; done: number; total: number }
  /** The browser (or the tab's renderer) died while printing `path`: the document is printed once more on a new one. */
  | { type: 'retry'; path: string; reason: string; on: 'browser' | 'tab' }
  | { type: 'diagnostics'; diagnostics: Diagnostic[] };

export interface BuildResult {
  outDir: string;
  documents: DocumentResult[];
  diagnostics: Diagnostic[];
  /** True when a lesson had an error (warnings do not count) or a document failed: the exit code is 1. */
  failed: boolean;
  /** True when the build was stopped by its `signal` before it finished. */
  interrupted?: boolean;
  /** Outputs of an earlier build removed because their new version failed (so no stale copy is printed). */
  removed?: string[];
  browserStarted: boolean;
  ms: number;
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
  version?: VersionLetter;
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
  if (linkOnTheWay(project.root, outDir))
    throw new OutputError(project.display(outDir), 'is reached through a symbolic link: lessonpack writes only into real folders');
  // Printed pieces (cover, contents, blank page) are cached where a checkout cannot supply them: the user's cache.
  checkCacheOutside(project.root);
  const cacheDir = join(projectCacheDir(realpathSync(project.root)), 'pieces', `${variant}-${paper}`);
  const date = buildDate();
  const kinds = chooseKinds(options.only);
  const formats = chooseFormats(options.formats);
  const versions = chooseVersions(options.versions);
  const school = project.config.school;
  const renderOptions = { paper, variant, school };
  const selectors = options.selectors ?? [];
  const logo = project.config.logo ? join(project.root, project.config.logo) : undefined;
  // One map for the whole build: every document may load the same fonts, stylesheet and logo.
  const assets = new AssetMap(variant, { logo, fonts: projectFonts(project) });

  // Everything every document depends on besides its lesson and sources; file names relative to these, not absolute.
  const roots = [project.root, packageRoot];
  const common = sha256(
    [
      VERSION,
      // Maps are drawn from these packages' data: new data, new drawings (see render/figures/basemap.ts).
      MAP_DATA_VERSION,
      paper,
      variant,
      school ?? '',
      date.toISOString(),
      hashFiles(project.templateDirs.flatMap(listFiles), roots),
      hashFiles([join(packageRoot, 'styles', 'lessonpack.css')], roots),
      assets.fontFaceCss(),
      project.configFile ? readFileSync(project.configFile, 'utf8') : '',
      project.config.logo ? hashFiles([join(project.root, project.config.logo)], roots) : '',
      hashFiles(
        projectFonts(project).map((f) => f.file),
        roots,
      ),
    ].join('\n'),
  );
  const manifestFile = manifestName(options.shard);
  const old = await readManifest(outDir, manifestFile);
  // `lessonpack pack` depends on PDFs other builds wrote, not only on inputs: it always checks each pack.
  const stamp = options.packsOnly
    ? undefined
    : inputStamp({
        common,
        dirs: [project.lessonsDir, project.sourcesDir],
        files: selectors.filter((s) => s.endsWith('.json') || s.includes('/')).map((s) => resolve(cwd, s)),
        options: { selectors, cwd, shard: options.shard ?? null, packs: options.packs !== false, kinds: [...kinds], formats: [...formats], versions },
      });
  // Killed builds' temp files and browser profiles go even when there is nothing to print.
  await Promise.all([removeStaleTemps(outDir), removeStaleTemps(cacheDir), removeStaleProfiles()]);
  const unchanged = stamp && !options.force ? stampedDocuments(old, stamp, outDir) : undefined;
  if (unchanged) return unchangedBuild(outDir, unchanged, options, started);

  // The heavy stages load only when there is work to do, so that a no-op build stays well under a second.
  const [
    { prepare },
    { Printer },
    { renderLessonDocument, renderUnitOverview, Templates, unitOverviewTitle },
    { lessonView, unitAuthors },
    { finalizePdf },
    { breaksRendering },
    { fileJobs },
  ] = await Promise.all([
    import('./pipeline.js'),
    import('./print/printer.js'),
    import('./render/index.js'),
    import('./render/view.js'),
    import('./pdf/finalize.js'),
    import('./validate/templates.js'),
    import('./formats/jobs.js'),
  ]);
  const prepared = await prepare(project, selectors, cwd);
  // Broken templates break every document: stop with the same messages `validate` prints.
  if (prepared.diagnostics.some(breaksRendering)) throw new ValidationError('the templates have problems; nothing was printed', prepared.diagnostics);
  if (prepared.diagnostics.length) options.onEvent?.({ type: 'diagnostics', diagnostics: prepared.diagnostics });
  const templates = new Templates(project.templateDirs, project.display);
  templates.check();
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

  // The manifest describes what is on disk, so even --force starts from it (forcing only skips the cache); an entry
  // whose file is gone or changed is dropped, and a temp file a killed build left behind is removed. A shard writes
  // its own manifest, which also takes in the folder's other manifests (see knownOutputs).
  await mkdir(outDir, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    throw new UserError(`cannot create the output folder ${project.display(outDir)} (${e.code ?? e.message}): choose another with --out`, [], { cause: e });
  });
  // From here to the end, this build is the only one writing to the folder (released in the finally below).
  const unlock = await lockOutput(outDir, project.display(outDir));
  const entries = await knownOutputs(outDir, old, manifestFile);
  const manifest = new ManifestWriter(outDir, { generator: `lessonpack ${VERSION}`, paper, variant }, entries, manifestFile);
  const results: DocumentResult[] = [];
  const removed: string[] = [];
  // Recorded only after a build without problems, so that a failing build never looks unchanged.
  let stamped: Manifest['stamp'];
  const printer = new Printer(options);
  const run = { printer, interrupted: options.signal?.aborted ?? false };
  const onAbort = () => {
    run.interrupted = true;
    void printer.close();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let printerUsed = false;

  // Drawn maps are cached with the other pieces, outside the checkout: a committed file can never stand in for one.
  const figureCache = fileCache(join(projectCacheDir(realpathSync(project.root)), 'figures'), '.svg');
  // A lesson that cannot be turned into a view (text too deep or long to render) fails alone, below.
  const views = new Map<string, LessonView>();
  const viewErrors = new Map<string, string>();
  for (const l of prepared.lessons) {
    try {
      views.set(l.data.id, lessonView(l, prepared.sources, prepared.unit?.data, { variant, figureCache }));
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      viewErrors.set(l.data.id, `rendering failed: ${e.message}`);
    }
  }
  const lessonJobs: Job[] = [];
  for (const l of prepared.lessons) {
    const key = lessonHash(l);
    for (const kind of formats.has('pdf') ? LESSON_DOCUMENTS.filter((k) => kinds.has(k)) : [])
      for (const version of [undefined, ...((VERSIONED_KINDS as readonly string[]).includes(kind) ? versions : [])])
        lessonJobs.push({
          path: documentFile(l.data.id, kind, 'pdf', version),
          kind,
          lesson: l.data.id,
          key: sha256(`${key}:${kind}${version ? `:${version}` : ''}`),
          inputs: lessonInputs(l),
          version,
        });
  }
  // The unit overview needs every lesson of the unit: a build of some lessons leaves the existing one alone.
  const unitComplete = (formats.has('pdf') && kinds.has('unit-overview') && prepared.unit?.data.lessons.every((id) => views.has(id))) ?? false;
  const unitJob: Job | undefined =
    prepared.unit && unitComplete
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
  let files = fileJobs({
    lessons: prepared.lessons,
    sources: prepared.sources,
    unit: prepared.unit?.data,
    views,
    lessonKey: lessonHash,
    kinds,
    formats,
    versions,
    templates,
    assets,
    renderOptions,
    date,
  });
  if (options.shard) {
    const { index, count } = options.shard;
    files = files.filter((j) => shardOf(j.path, count) === index);
  }
  if (options.packsOnly) {
    jobs = [];
    files = [];
  }
  // The browser starts while the documents are rendered, as soon as one of them needs printing.
  if (!run.interrupted && jobs.some((j) => entries.get(j.path)?.key !== j.key)) {
    printerUsed = true;
    printer.warm();
  }
  // Packs are made of PDFs.
  const buildPacks = !options.shard && options.packs !== false && formats.has('pdf');
  const packLessons = buildPacks ? prepared.lessons.filter((l) => !prepared.failed.includes(l.file)) : [];
  const packCount = packLessons.length * packKinds(kinds).lessonPacks + (buildPacks && prepared.unit && packKinds(kinds).unit ? 1 : 0);
  const total = jobs.length + files.length + packCount;
  options.onEvent?.({ type: 'plan', total });
  let done = 0;
  const report = (r: DocumentResult) => {
    results.push(r);
    options.onEvent?.({ type: 'document', result: r, done: ++done, total });
  };

  /** Prints HTML; if the browser died meanwhile, once more on the browser the printer relaunches. */
  const printHtml = async (html: string, label: string) => {
    printerUsed = true;
    const print = () => printer.print({ html, assets, variant, label });
    try {
      return await print();
    } catch (e) {
      if (!(e instanceof BrowserDisconnected) || run.interrupted) throw e;
      options.onEvent?.({ type: 'retry', path: label, reason: e.message, on: e instanceof RendererCrashed ? 'tab' : 'browser' });
      return await print();
    }
  };

  /** A PDF's document information; `language` (BCP 47) becomes the catalog's /Lang. */
  const meta = (title: string, subject: string, keywords: string[], id: string, language: string, author?: string) => ({
    title,
    // The schema's promise: a lesson's "author" is the PDF's; documents without one name lessonpack.
    author: author || 'lessonpack',
    subject,
    keywords,
    language,
    date,
    id,
  });

  /** Writes a finished PDF to its final path (atomically) and records it in the manifest on disk. */
  const storeFile = (entry: ManifestEntry, pdf: Uint8Array) => manifest.replace(entry, () => writeAtomic(join(outDir, entry.path), pdf, outDir));
  const store = (job: Job, pdf: Uint8Array, pages: number) =>
    storeFile(
      {
        path: job.path,
        kind: job.kind,
        lesson: job.lesson,
        sha256: sha256(pdf),
        pages,
        bytes: pdf.length,
        inputs: job.inputs.map((f) => relative(project.root, join(project.root, f))),
        key: job.key,
        ...(job.version ? { version: job.version } : {}),
      },
      pdf,
    );

  const cached = (job: Job): ManifestEntry | undefined => {
    const e = entries.get(job.path);
    return !options.force && e && e.key === job.key ? e : undefined;
  };

  // A few documents in flight per tab (rendered, printing, being written): enough to keep every tab busy, few
  // enough that each is rendered just before it prints instead of all of them up front.
  const inFlight = limiter(2 * (options.concurrency ?? cpus().length) + 1);
  type Rendered = { html: string; title: string; subject: string; keywords: string[]; language: string; author?: string };
  const runJob = async (job: Job, render: () => Promise<Rendered>) => {
    if (run.interrupted) return;
    const hit = cached(job);
    if (hit) {
      report({ path: job.path, kind: job.kind, lesson: job.lesson, status: 'cached', pages: hit.pages, ms: 0 });
      return;
    }
    await inFlight(() => printJob(job, render));
  };
  const printJob = async (job: Job, render: () => Promise<Rendered>) => {
    const t0 = performance.now();
    try {
      const doc = await render().catch((e: unknown) => {
        // Input too deep or too long for the renderer's stack or strings: this document fails, the others go on.
        throw e instanceof RangeError ? new DocumentError(`rendering failed: ${e.message}`, [], { cause: e }) : e;
      });
      if (options.htmlDir) await writeAtomic(join(options.htmlDir, job.path.replace(/\.pdf$/, '.html')), doc.html);
      const printed = await printHtml(doc.html, job.path);
      const { pdf, pages } = await finalizePdf(printed.pdf, meta(doc.title, doc.subject, doc.keywords, job.key, doc.language, doc.author), assets.families);
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
      // Stopping on a signal: documents cut short are neither printed nor failed.
      if (run.interrupted) return;
      // A disk that cannot be written stops the build: every other document would fail the same way.
      if (e instanceof OutputError) {
        run.interrupted = true;
        throw e;
      }
      // No browser at all stops the build; one that died twice fails only this document.
      if (e instanceof BrowserError && !(e instanceof DocumentError) && !(e instanceof BrowserDisconnected)) throw e;
      if (!(e instanceof UserError)) throw e;
      // The printer names the document in its messages; the report already does.
      const error = e.message.startsWith(`${job.path}: `) ? e.message.slice(job.path.length + 2) : e.message;
      report({ path: job.path, kind: job.kind, lesson: job.lesson, status: 'failed', pages: 0, ms: Math.round(performance.now() - t0), error });
    }
  };

  const lessonDoc = (l: ResolvedLesson, view: LessonView, kind: LessonDocumentKind, version?: VersionLetter) => async () => {
    const r = renderLessonDocument(version ? lessonView(l, prepared.sources, prepared.unit?.data, { version }) : view, kind, templates, renderOptions);
    return {
      html: r.html,
      title: r.title,
      subject: view.centralQuestion,
      keywords: [view.unit, 'lesson', kind, ...l.sourceIds].filter(Boolean),
      language: view.language,
      author: l.data.author,
    };
  };

  let finished = false;
  try {
    const byLesson = new Map<string, Job[]>();
    for (const j of jobs) if (j.lesson) byLesson.set(j.lesson, [...(byLesson.get(j.lesson) ?? []), j]);
    await settleAll(
      prepared.lessons.flatMap((l) => {
        const view = views.get(l.data.id);
        const mine = byLesson.get(l.data.id) ?? [];
        const error = viewErrors.get(l.data.id);
        if (error) for (const j of mine) report({ path: j.path, kind: j.kind, lesson: j.lesson, status: 'failed', pages: 0, ms: 0, error });
        return view ? mine.map((j) => runJob(j, lessonDoc(l, view, j.kind as LessonDocumentKind, j.version))) : [];
      }),
    );
    if (unitJob && jobs.includes(unitJob) && prepared.unit) {
      const unit = prepared.unit;
      const ordered = unit.data.lessons.flatMap((id) => views.get(id) ?? []);
      await runJob(unitJob, async () => ({
        html: renderUnitOverview(unit, ordered, prepared.sources, templates, renderOptions),
        title: unitOverviewTitle(unit),
        subject: unit.data.compellingQuestion ?? unit.data.title,
        keywords: [unit.data.title, 'unit overview'],
        language: messagesFor(unit.data.language).tag,
        author: unitAuthors(prepared.lessons, unit.data.lessons),
      }));
    }
    await runFileJobs(files, {
      entries,
      force: options.force ?? false,
      interrupted: () => run.interrupted,
      report,
      store: storeFile,
      inputs: (lesson) =>
        lessonInputs(prepared.lessons.find((l) => l.data.id === lesson) as ResolvedLesson).map((f) => relative(project.root, join(project.root, f))),
    });
    if (buildPacks && !run.interrupted) {
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
        assets,
        date,
        common,
        printHtml,
        report,
        entries,
        store: storeFile,
        failed: new Set(results.filter((r) => r.status === 'failed').map((r) => r.path)),
        force: options.force ?? false,
        kinds,
      });
    }
    // The list of what is for whom, written last so that it lists every file.
    if (!options.shard && !run.interrupted) await writeReadme(entries, `lessonpack ${VERSION}`, storeFile);
    finished = true;
    // Warnings do not stop the stamp: a build whose only diagnostics are warnings is complete, and the next is a no-op.
    if (stamp && !run.interrupted && !errorsOf(prepared.diagnostics).length && results.every((r) => r.status !== 'failed'))
      stamped = signStamp(
        outDir,
        stamp,
        results.flatMap((r) => entries.get(r.path) ?? []),
      );
  } catch (e) {
    // Shown relative to the project, with what is kept.
    if (!(e instanceof OutputError)) throw e;
    const kept = e.problem.startsWith('cannot be written') ? `; the PDFs already in ${project.display(outDir)} are kept` : '';
    throw new OutputError(project.display(e.path), `${e.problem}${kept}`, { cause: e });
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await printer.close();
    if (run.interrupted) await removePendingTemps();
    // A document that failed must not leave its previous version looking current (nor a pack holding it): the old
    // file goes, with its manifest entry; only files the manifest lists (a build wrote them) are ever removed.
    for (const r of results)
      if (r.status === 'failed' && entries.has(r.path)) {
        await rm(join(outDir, r.path), { force: true });
        removed.push(r.path);
      }
    // The manifest lists exactly the files on disk, whatever happened above.
    for (const e of entries.values()) if (!existsSync(join(outDir, e.path))) entries.delete(e.path);
    // If the output folder could not even be made, that error is the one to show.
    const saved = await manifest.save(stamped).then(
      () => true,
      (e) => {
        if (finished) throw e;
        return false;
      },
    );
    // manifest.json now lists what the shard manifests did (and anything they listed that is still valid).
    if (saved && !options.shard) await removeShardManifests(outDir);
    await unlock();
  }
  const failed = errorsOf(prepared.diagnostics).length > 0 || results.some((r) => r.status === 'failed');
  return {
    outDir,
    documents: results,
    diagnostics: prepared.diagnostics,
    failed,
    browserStarted: printerUsed && printer.launches > 0,
    ms: Math.round(performance.now() - started),
    ...(run.interrupted ? { interrupted: true } : {}),
    ...(removed.length ? { removed } : {}),
  };
}

export type { AssembledPack, Project };
