/**
 * lessonpack's public API: verbs only (the package's `exports` map makes this the one importable module).
 * The CLI (src/cli.ts) is a thin layer over these functions.
 */
import type { BuildOptions, BuildResult } from './build.js';
import type { Diagnostic } from './errors.js';
import type { InitOptions, InitResult } from './init.js';
import type { PreviewOptions, PreviewServer } from './preview/server.js';
import type { Scaffolded } from './scaffold.js';

export type { BuildEvent, BuildOptions, BuildResult, DocumentResult, DocumentStatus } from './build.js';
export { VERSION } from './build.js';
export type { Diagnostic } from './errors.js';
export { UserError } from './errors.js';
export type { ChosenKind, OutputFormat } from './formats/choose.js';
export type { InitOptions, InitResult } from './init.js';
export type { Paper, Variant } from './model/index.js';
export type { PreviewOptions, PreviewServer } from './preview/server.js';
export type { Scaffolded } from './scaffold.js';

/** Validates, then prints every selected lesson's documents and the packs into the output folder. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const { build } = await import('./build.js');
  return build(options);
}

/** Assembles the packs from documents already in the output folder (after sharded builds). */
export async function pack(options: Omit<BuildOptions, 'selectors' | 'packsOnly' | 'shard'>): Promise<BuildResult> {
  const { build } = await import('./build.js');
  return build({ ...options, selectors: [], packsOnly: true });
}

export interface ValidateOptions {
  /** Project folder (holds lessons/, sources/, optional lessonpack.config.json). */
  root: string;
  /** Folder that relative lesson paths in `selectors` are relative to (default: root). */
  cwd?: string;
  /** Lesson files or ids; empty = all lessons. */
  selectors?: string[];
}

export interface ValidateResult {
  diagnostics: Diagnostic[];
  /** How many lessons were checked. */
  lessons: number;
}

/** Validates the selected lessons (all by default), their sources and the config; never starts a browser. */
export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  const { loadProject } = await import('./project.js');
  const { prepare } = await import('./pipeline.js');
  const project = await loadProject(options.root);
  const prepared = await prepare(project, options.selectors ?? [], options.cwd ?? options.root);
  return { diagnostics: prepared.diagnostics, lessons: prepared.lessons.length };
}

/** Serves every document as it prints on http://127.0.0.1:port/, reloading pages when a file is saved. */
export async function preview(options: PreviewOptions): Promise<PreviewServer> {
  const { startPreview } = await import('./preview/server.js');
  return startPreview(options);
}

/** Writes lessons/<id>.json from the starter lesson (with an example of every question kind) in a project. */
export async function newLesson(options: { root: string; id: string }): Promise<Scaffolded> {
  const { scaffoldLesson } = await import('./scaffold.js');
  return scaffoldLesson(options.root, options.id);
}

/** Creates a curriculum project of one's own in a folder (or a copy of a bundled example unit). */
export async function init(options: InitOptions): Promise<InitResult> {
  const { initProject } = await import('./init.js');
  return initProject(options);
}
