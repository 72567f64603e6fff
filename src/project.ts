import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type Diagnostic, ValidationError } from './errors.js';
import { loadJsonFile } from './load/index.js';
import type { Config, Paper } from './model/index.js';
import { builtinTemplateDir } from './render/index.js';
import { checkConfigPaths } from './validate/config.js';
import { validateSchema } from './validate/schema.js';

export const CONFIG_FILE = 'lessonpack.config.json';

/** Where a project's inputs and outputs are, after applying lessonpack.config.json. */
export interface Project {
  root: string;
  config: Config;
  configFile?: string;
  lessonsDir: string;
  sourcesDir: string;
  outDir: string;
  templateDirs: string[];
  paper: Paper;
  /** Path as shown to the user (relative to the project root). */
  display(path: string): string;
}

/** Reads and validates the optional config file; throws ValidationError with located diagnostics. */
export async function loadProject(root: string, overrides: { out?: string } = {}): Promise<Project> {
  const display = (p: string) => relative(root, p) || '.';
  const configPath = join(root, CONFIG_FILE);
  let config: Config = {};
  const errors: Diagnostic[] = [];
  if (existsSync(configPath)) {
    const { doc, errors: loadErrors } = await loadJsonFile(configPath, CONFIG_FILE);
    errors.push(...loadErrors);
    if (doc) {
      errors.push(...validateSchema('config', doc));
      if (!errors.length) {
        config = doc.value as Config;
        errors.push(...checkConfigPaths(root, doc, config));
      }
    }
  }
  if (errors.length) throw new ValidationError(`${CONFIG_FILE} has ${errors.length} problem(s)`, errors);
  return {
    root,
    config,
    configFile: existsSync(configPath) ? configPath : undefined,
    lessonsDir: resolve(root, config.lessons ?? 'lessons'),
    sourcesDir: resolve(root, config.sources ?? 'sources'),
    outDir: resolve(root, overrides.out ?? config.out ?? 'dist'),
    templateDirs: [...(config.templates ? [resolve(root, config.templates)] : []), builtinTemplateDir()],
    paper: config.paper ?? 'letter',
    display,
  };
}
