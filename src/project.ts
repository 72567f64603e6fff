import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { type Diagnostic, ValidationError } from './errors.js';
import type { ProjectFont } from './fonts/index.js';
import { linkLeavesRoot, loadJsonFile } from './load/index.js';
import { type JsonDocument, locate } from './load/json.js';
import type { Config, Paper } from './model/index.js';
import { packageRoot } from './paths.js';
import { checkConfigPaths, linkOnTheWay } from './validate/config.js';

export const CONFIG_FILE = 'lessonpack.config.json';

/** The project's own fonts ("fonts" in the config), with absolute file paths. */
export function projectFonts(project: Project): ProjectFont[] {
  return (project.config.fonts ?? []).map((f) => ({ ...f, file: join(project.root, f.file) }));
}

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
  let configDoc: JsonDocument | undefined;
  if (existsSync(configPath)) {
    const { doc, errors: loadErrors } = await loadJsonFile(configPath, CONFIG_FILE, root);
    configDoc = doc;
    errors.push(...loadErrors);
    if (doc) {
      // Loaded here, not at the top: without a config file, a no-op build never needs the validator.
      const { validateSchema } = await import('./validate/schema.js');
      const checked = validateSchema('config', doc);
      if (!checked.ok) errors.push(...checked.diagnostics);
      else if (!errors.length) {
        config = checked.value;
        errors.push(...checkConfigPaths(root, doc, config));
      }
    }
    // What the schema cannot check and checkConfigPaths does not: symbolic links out of the project, and a path
    // that exists but is the wrong kind of thing (a folder as logo, a FIFO), which would fail or hang much later.
    const problem = (pointer: string, code: string, message: string, hint: string) =>
      errors.push({ file: CONFIG_FILE, ...(doc ? locate(doc, pointer) : {}), pointer, severity: 'error', code, message, hint });
    const kind = (p: string | undefined, pointer: string, want: 'file' | 'folder', what: string) => {
      if (p === undefined || isAbsolute(p) || relative(root, resolve(root, p)).startsWith('..')) return;
      if (linkLeavesRoot(resolve(root, p), root)) {
        problem(pointer, 'config/outside-project', `${what} ${p} is a symbolic link out of the project`, 'paths in the config stay inside the project');
        return;
      }
      const stat = statSync(resolve(root, p), { throwIfNoEntry: false });
      if (!stat) {
        if (want === 'folder' && pointer !== '/templates')
          problem(pointer, 'config/missing-file', `${what} not found: ${p}`, 'create it, or correct the path (relative to the project folder)');
      } else if (want === 'file' ? !stat.isFile() : !stat.isDirectory())
        problem(pointer, 'config/wrong-kind', `${what} ${p} is not a ${want}`, `"${pointer.slice(1)}" must name a ${want}`);
    };
    if (!errors.length) {
      kind(config.templates, '/templates', 'folder', 'template folder');
      kind(config.lessons, '/lessons', 'folder', 'lessons folder');
      kind(config.sources, '/sources', 'folder', 'sources folder');
    }
  }
  const outDir = resolve(root, overrides.out ?? config.out ?? 'dist');
  // --out is typed by the user and may go anywhere, but not through a link the checkout planted inside the project.
  const link = errors.length ? undefined : linkOnTheWay(root, outDir);
  if (link)
    errors.push({
      file: display(link),
      severity: 'error',
      code: 'config/out-link',
      message: 'is a symbolic link: lessonpack writes only into a real folder of the project',
      hint: 'delete the link (a checkout must not choose where outputs go), or pass --out with a folder you choose',
    });
  else if (statSync(outDir, { throwIfNoEntry: false })?.isFile())
    errors.push({
      file: overrides.out || !config.out ? display(outDir) : CONFIG_FILE,
      ...(!overrides.out && config.out && configDoc ? { ...locate(configDoc, '/out'), pointer: '/out' } : {}),
      severity: 'error',
      code: 'config/out-is-a-file',
      message: `the output folder ${display(outDir)} is a file`,
      hint: 'choose another output folder (--out or "out" in the config), or move the file away',
    });
  if (errors.length) throw new ValidationError('fix the project settings above first', errors);
  return {
    root,
    config,
    configFile: existsSync(configPath) ? configPath : undefined,
    lessonsDir: resolve(root, config.lessons ?? 'lessons'),
    sourcesDir: resolve(root, config.sources ?? 'sources'),
    outDir,
    // Not builtinTemplateDir(): importing render/ here would load Handlebars even for a no-op build.
    templateDirs: [...(config.templates ? [resolve(root, config.templates)] : []), join(packageRoot, 'templates')],
    paper: config.paper ?? 'letter',
    display,
  };
}
