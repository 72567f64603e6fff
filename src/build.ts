/**
 * A build: load -> validate (pipeline.ts) -> plan (plan/) -> execute (execute/). This module composes them and
 * owns what spans the whole run: the output folder, the printer's lifetime, cancellation and the result.
 */

import { realpathSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { BuildOptions, BuildResult } from './build/options.js';
import { type OutputFolder, openOutput } from './build/output.js';
import { buildSettings, type Settings, VERSION } from './build/settings.js';
import { fileCache, signStamp, stampedDocuments } from './cache.js';
import { errorsOf, OutputError, ValidationError } from './errors.js';
import { writeReadme } from './formats/integrate.js';
import { projectCacheDir } from './machine.js';
import type { DocumentResult, ResolvedLesson } from './model/index.js';
import type { Prepared } from './pipeline.js';
import type { Job } from './plan/jobs.js';
import { removeStaleProfiles } from './print/profiles.js';
import type { LessonView, ViewOptions } from './render/view.js';
import { removePendingTemps, removeStaleTemps } from './write/atomic.js';
import { type Manifest, type ManifestEntry, manifestName, readManifest } from './write/manifest.js';

export type { BuildEvent, BuildOptions, BuildResult, DocumentResult, DocumentStatus } from './build/options.js';
export { VERSION };

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
  const [pipeline, printer, render, view, plan, execute] = await Promise.all([
    import('./pipeline.js'),
    import('./print/printer.js'),
    import('./render/index.js'),
    import('./render/view.js'),
    import('./plan/index.js'),
    import('./execute/index.js'),
  ]);
  return { ...pipeline, ...printer, ...render, ...view, ...plan, ...execute };
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

type Stages = Awaited<ReturnType<typeof heavyStages>>;

/** Builds the selected lessons' outputs: validate, plan, then print, write and pack what changed. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const settings = await buildSettings(options);
  const manifestFile = manifestName(options.shard);
  const old = await readManifest(settings.outDir, manifestFile);
  // Killed builds' temp files and browser profiles go even when there is nothing to print.
  await Promise.all([removeStaleTemps(settings.outDir), removeStaleTemps(settings.cacheDir), removeStaleProfiles()]);
  const unchanged = settings.stamp && !options.force ? stampedDocuments(old, settings.stamp, settings.outDir) : undefined;
  if (unchanged) return unchangedBuild(settings.outDir, unchanged, options, started);

  const stages = await heavyStages();
  const printer = startPrinter(settings, options, stages);
  // A first or forced build prints (nearly) everything: the browser starts while the lessons are checked.
  if (!printer.state.interrupted && (options.force || !old?.documents?.length)) printer.warm();
  let planned: Awaited<ReturnType<typeof plan>>;
  let output: OutputFolder;
  try {
    planned = await plan(settings, options, stages);
    output = await openOutput(settings.outDir, settings.project.display(settings.outDir), old, header(settings), manifestFile);
  } catch (e) {
    await printer.close();
    throw e;
  }
  const { prepared, jobs } = planned;
  const run = await runJobs(jobs, settings, options, stages, printer, output, !errorsOf(prepared.diagnostics).length);
  return {
    outDir: settings.outDir,
    documents: run.results,
    diagnostics: prepared.diagnostics,
    failed: errorsOf(prepared.diagnostics).length > 0 || run.results.some((r) => r.status === 'failed'),
    browserStarted: run.browserStarted,
    ms: Math.round(performance.now() - started),
    ...(run.interrupted ? { interrupted: true } : {}),
    ...(run.removed.length ? { removed: run.removed } : {}),
  };
}

const generator = () => `lessonpack ${VERSION}`;
const header = (s: Settings) => ({ generator: generator(), paper: s.renderOptions.paper, variant: s.variant });

/** load -> validate -> resolve, then the job list. */
async function plan(settings: Settings, options: BuildOptions, stages: Stages) {
  const { project } = settings;
  const prepared = await stages.prepare(project, settings.selectors, settings.cwd);
  // Broken templates break every document: stop with the same messages `validate` prints.
  const { templates } = prepared;
  if (!templates) throw new ValidationError('the templates have problems; nothing was printed', prepared.diagnostics);
  if (prepared.diagnostics.length) options.onEvent?.({ type: 'diagnostics', diagnostics: prepared.diagnostics });
  // Drawn maps are cached with the other pieces, outside the checkout: a committed file can never stand in for one.
  const figureCache = fileCache(join(projectCacheDir(realpathSync(project.root)), 'figures'), '.svg');
  const viewOptions = { variant: settings.variant, figureCache };
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
  return { prepared, jobs };
}

/** The build's printer, closed (and the run marked interrupted) when the build's signal fires. */
function startPrinter(settings: Settings, options: BuildOptions, stages: Stages) {
  const printer = new stages.Printer(options);
  const state = { interrupted: options.signal?.aborted ?? false, used: false };
  const onAbort = () => {
    state.interrupted = true;
    void printer.close();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const print = stages.printWithRetry(printer, {
    assets: settings.assets,
    variant: settings.variant,
    interrupted: () => state.interrupted,
    onRetry: (retry) => options.onEvent?.({ type: 'retry', ...retry }),
  });
  return {
    state,
    warm: () => {
      state.used = true;
      printer.warm();
    },
    print: (html: string, label: string) => {
      state.used = true;
      return print(html, label);
    },
    started: () => state.used && printer.launches > 0,
    close: async () => {
      options.signal?.removeEventListener('abort', onAbort);
      await printer.close();
    },
  };
}

/** Runs the job list into the output folder, then writes README.txt and, if nothing failed, the stamp. */
async function runJobs(
  jobs: Job[],
  settings: Settings,
  options: BuildOptions,
  stages: Stages,
  printer: ReturnType<typeof startPrinter>,
  output: OutputFolder,
  valid: boolean,
) {
  const results: DocumentResult[] = [];
  const run = printer.state;
  let stamp: Manifest['stamp'];
  let finished = false;
  let removed: string[] = [];
  try {
    // The browser starts while the first documents are rendered, as soon as one of them needs printing.
    if (!run.interrupted && jobs.some((j) => j.type === 'print' && output.entries.get(j.path)?.key !== j.key)) printer.warm();
    options.onEvent?.({ type: 'plan', total: jobs.length });
    await stages.execute(jobs, {
      ...settings,
      entries: output.entries,
      store: output.store,
      force: options.force ?? false,
      families: settings.assets.families,
      htmlDir: options.htmlDir,
      slots: 2 * (options.concurrency ?? cpus().length) + 1,
      print: printer.print,
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
    if (!options.shard && !run.interrupted) await writeReadme(output.entries, generator(), output.store);
    finished = true;
    // Warnings do not stop the stamp: a build whose only diagnostics are warnings is complete, and the next is a no-op.
    if (settings.stamp && !run.interrupted && valid && results.every((r) => r.status !== 'failed'))
      stamp = signStamp(
        settings.outDir,
        settings.stamp,
        results.flatMap((r) => output.entries.get(r.path) ?? []),
      );
  } catch (e) {
    // Shown relative to the project, with what is kept.
    if (!(e instanceof OutputError)) throw e;
    const shown = settings.project.display;
    const kept = e.problem.startsWith('cannot be written') ? `; the PDFs already in ${shown(settings.outDir)} are kept` : '';
    throw new OutputError(shown(e.path), `${e.problem}${kept}`, { cause: e });
  } finally {
    await printer.close();
    if (run.interrupted) await removePendingTemps();
    removed = await output.close({ failed: results.filter((r) => r.status === 'failed').map((r) => r.path), stamp, finished });
  }
  return { results, removed, interrupted: run.interrupted, browserStarted: printer.started() };
}
