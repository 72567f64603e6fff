/**
 * A build: load -> validate (pipeline.ts) -> plan (plan/) -> execute (execute/). This module composes them and
 * owns what spans the whole run: the output folder, the printer's lifetime, cancellation and the result.
 */

import { realpathSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { openOutput } from './build/output.js';
import { buildSettings, VERSION } from './build/settings.js';
import { fileCache, signStamp, stampedDocuments } from './cache.js';
import { type Diagnostic, errorsOf, OutputError, ValidationError } from './errors.js';
import { writeReadme } from './formats/integrate.js';
import { projectCacheDir } from './machine.js';
import type { DocumentResult, DocumentStatus, Paper, ResolvedLesson, Variant } from './model/index.js';
import type { AssembledPack } from './pack/assemble.js';
import type { Prepared } from './pipeline.js';
import type { PrinterOptions } from './print/printer.js';
import { removeStaleProfiles } from './print/profiles.js';
import type { Project } from './project.js';
import type { LessonView, ViewOptions } from './render/view.js';
import { removePendingTemps, removeStaleTemps } from './write/atomic.js';
import { type Manifest, type ManifestEntry, manifestName, readManifest } from './write/manifest.js';

export { VERSION };

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

/** The stages that only load when there is work to do, so that a no-op build stays well under a second. */
const heavyStages = async () => {
  const [pipeline, printer, render, view, templates, plan, execute] = await Promise.all([
    import('./pipeline.js'),
    import('./print/printer.js'),
    import('./render/index.js'),
    import('./render/view.js'),
    import('./validate/templates.js'),
    import('./plan/index.js'),
    import('./execute/index.js'),
  ]);
  return { ...pipeline, ...printer, ...render, ...view, ...templates, ...plan, ...execute };
};

/** Each lesson's view; a lesson whose text is too deep or long to render fails alone (its documents report it). */
function lessonViews(prepared: Prepared, viewOptions: ViewOptions, lessonView: (l: ResolvedLesson, p: Prepared, o: ViewOptions) => LessonView) {
  const views = new Map<string, LessonView>();
  const viewErrors = new Map<string, string>();
  for (const l of prepared.lessons) {
    try {
      views.set(l.data.id, lessonView(l, prepared, viewOptions));
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      viewErrors.set(l.data.id, `rendering failed: ${e.message}`);
    }
  }
  return { views, viewErrors };
}

/** Builds the selected lessons' outputs: validate, plan, then print, write and pack what changed. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const settings = await buildSettings(options);
  const { project, outDir, variant } = settings;
  const manifestFile = manifestName(options.shard);
  const old = await readManifest(outDir, manifestFile);
  // Killed builds' temp files and browser profiles go even when there is nothing to print.
  await Promise.all([removeStaleTemps(outDir), removeStaleTemps(settings.cacheDir), removeStaleProfiles()]);
  const unchanged = settings.stamp && !options.force ? stampedDocuments(old, settings.stamp, outDir) : undefined;
  if (unchanged) return unchangedBuild(outDir, unchanged, options, started);

  const stages = await heavyStages();
  const prepared = await stages.prepare(project, settings.selectors, settings.cwd);
  // Broken templates break every document: stop with the same messages `validate` prints.
  if (prepared.diagnostics.some(stages.breaksRendering)) throw new ValidationError('the templates have problems; nothing was printed', prepared.diagnostics);
  if (prepared.diagnostics.length) options.onEvent?.({ type: 'diagnostics', diagnostics: prepared.diagnostics });
  const templates = new stages.Templates(project.templateDirs, project.display);
  templates.check();
  // Drawn maps are cached with the other pieces, outside the checkout: a committed file can never stand in for one.
  const figureCache = fileCache(join(projectCacheDir(realpathSync(project.root)), 'figures'), '.svg');
  const viewOptions = { variant, figureCache };
  const { views, viewErrors } = lessonViews(prepared, viewOptions, (l, p, o) => stages.lessonView(l, p.sources, p.unit?.data, o));
  const jobs = stages.planBuild({
    ...settings,
    prepared,
    views,
    viewErrors,
    viewOptions,
    templates,
    shard: options.shard,
    packs: options.packs !== false,
    packsOnly: options.packsOnly ?? false,
  });

  const generator = `lessonpack ${VERSION}`;
  const output = await openOutput(outDir, project.display(outDir), old, { generator, paper: settings.renderOptions.paper, variant }, manifestFile);
  const results: DocumentResult[] = [];
  const printer = new stages.Printer(options);
  const run = { interrupted: options.signal?.aborted ?? false, printed: false };
  const onAbort = () => {
    run.interrupted = true;
    void printer.close();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const print = stages.printWithRetry(printer, {
    assets: settings.assets,
    variant,
    interrupted: () => run.interrupted,
    onRetry: (retry) => options.onEvent?.({ type: 'retry', ...retry }),
  });
  let stamp: Manifest['stamp'];
  let finished = false;
  let removed: string[] = [];
  try {
    // The browser starts while the first documents are rendered, as soon as one of them needs printing.
    if (!run.interrupted && jobs.some((j) => j.type === 'print' && output.entries.get(j.path)?.key !== j.key)) {
      run.printed = true;
      printer.warm();
    }
    options.onEvent?.({ type: 'plan', total: jobs.length });
    await stages.execute(jobs, {
      ...settings,
      entries: output.entries,
      store: output.store,
      force: options.force ?? false,
      families: settings.assets.families,
      htmlDir: options.htmlDir,
      slots: 2 * (options.concurrency ?? cpus().length) + 1,
      print: (html, label) => {
        run.printed = true;
        return print(html, label);
      },
      interrupted: () => run.interrupted,
      interrupt: () => {
        run.interrupted = true;
      },
      report: (result) => {
        results.push(result);
        options.onEvent?.({ type: 'document', result, done: results.length, total: jobs.length });
      },
    });
    // The list of what is for whom, written last so that it lists every file.
    if (!options.shard && !run.interrupted) await writeReadme(output.entries, generator, output.store);
    finished = true;
    // Warnings do not stop the stamp: a build whose only diagnostics are warnings is complete, and the next is a no-op.
    if (settings.stamp && !run.interrupted && !errorsOf(prepared.diagnostics).length && results.every((r) => r.status !== 'failed'))
      stamp = signStamp(
        outDir,
        settings.stamp,
        results.flatMap((r) => output.entries.get(r.path) ?? []),
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
    removed = await output.close({ failed: results.filter((r) => r.status === 'failed').map((r) => r.path), stamp, finished });
  }
  return {
    outDir,
    documents: results,
    diagnostics: prepared.diagnostics,
    failed: errorsOf(prepared.diagnostics).length > 0 || results.some((r) => r.status === 'failed'),
    browserStarted: run.printed && printer.launches > 0,
    ms: Math.round(performance.now() - started),
    ...(run.interrupted ? { interrupted: true } : {}),
    ...(removed.length ? { removed } : {}),
  };
}

export type { AssembledPack, Project };
