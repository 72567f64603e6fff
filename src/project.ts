import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { type Diagnostic, ValidationError } from './errors.js';
import { loadJsonFile } from './load/index.js';
import type { Config, Paper } from './model/index.js';
import { packageRoot } from './paths.js';

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
      // Loaded here, not at the top: without a config file, a no-op build never needs the validator.
      const { validateSchema } = await import('./validate/schema.js');
      errors.push(...validateSchema('config', doc));
      if (!errors.length) config = doc.value as Config;
    }
    const inside = (p: string | undefined, pointer: string) => {
      if (p === undefined) return;
      const abs = resolve(root, p);
      if (isAbsolute(p) || relative(root, abs).startsWith('..'))
        errors.push({
          file: CONFIG_FILE,
          pointer,
          code: 'config/outside-project',
          message: `"${p}" is outside the project`,
          hint: 'paths in the config are relative to the project and stay inside it',
        });
    };
    inside(config.logo, '/logo');
    inside(config.templates, '/templates');
    inside(config.lessons, '/lessons');
    inside(config.sources, '/sources');
    if (config.logo && !existsSync(resolve(root, config.logo)))
      errors.push({ file: CONFIG_FILE, pointer: '/logo', code: 'config/missing-file', message: `logo file not found: ${config.logo}` });
    if (config.templates && !existsSync(resolve(root, config.templates)))
      errors.push({ file: CONFIG_FILE, pointer: '/templates', code: 'config/missing-file', message: `template folder not found: ${config.templates}` });
  }
  if (errors.length) throw new ValidationError(`${CONFIG_FILE} has ${errors.length} problem(s)`, errors);
  return {
    root,
    config,
    configFile: existsSync(configPath) ? configPath : undefined,
    lessonsDir: resolve(root, config.lessons ?? 'lessons'),
    sourcesDir: resolve(root, config.sources ?? 'sources'),
    outDir: resolve(root, overrides.out ?? config.out ?? 'dist'),
    templateDirs: [...(config.templates ? [resolve(root, config.templates)] : []), join(packageRoot, 'templates')],
    paper: config.paper ?? 'letter',
    display,
  };
}
