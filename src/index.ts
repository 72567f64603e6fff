/** lessonpack's library API. The CLI (src/cli.ts) is a thin layer over these functions. */
import type { Diagnostic } from './errors.js';
import { prepare } from './pipeline.js';
import { loadProject } from './project.js';
import { templateProblems } from './render/index.js';

export { type BuildOptions, type BuildResult, build, type DocumentResult, shutdown, VERSION } from './build.js';
export * from './errors.js';
export type * from './model/index.js';
export { type Prepared, prepare } from './pipeline.js';
export { findBrowser } from './print/browser.js';
export { Printer } from './print/printer.js';
export { loadProject, type Project } from './project.js';
export { renderLessonDocument, renderUnitOverview, Templates } from './render/index.js';
export { lessonView } from './render/view.js';

/** Validates the selected lessons (all by default), their sources and the config. */
export async function validateProject(opts: { root: string; cwd?: string; selectors?: string[] }): Promise<{ diagnostics: Diagnostic[]; lessons: number }> {
  const project = await loadProject(opts.root);
  const prepared = await prepare(project, opts.selectors ?? [], opts.cwd ?? opts.root);
  const diagnostics = [...prepared.diagnostics, ...templateProblems(project.templateDirs, project.display)];
  return { diagnostics, lessons: prepared.lessons.length };
}
