/** `lessonpack init`: a curriculum project of one's own, or a copy of a bundled example unit. Never overwrites a file. */
import { lstatSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { VERSION } from './build.js';
import { UserError } from './errors.js';
import { packageRoot } from './paths.js';

/** Bundled example units, by name: the lesson ids each copies (their sources come along). */
export const EXAMPLES: Record<string, { lessons: string[] }> = {
  'korean-war': { lessons: ['unit', 'korean-war-cause', 'korean-war-escalation', 'korean-war-legacy'] },
};

export interface InitOptions {
  /** The folder to create the project in (created if missing). */
  folder: string;
  /** Copy a bundled example unit (e.g. "korean-war") instead of the starter lesson. */
  example?: string;
  /** Allow a folder that already holds files; existing files are still never overwritten. */
  force?: boolean;
  /** What the project's package.json depends on (default: "^" + this version of lessonpack). */
  dependency?: string;
}

export interface InitResult {
  folder: string;
  /** Files written, relative to the folder. */
  written: string[];
  /** Files that already existed and were left as they were. */
  kept: string[];
}

/** The schema an installed project's editors read: lessonpack's own, under node_modules. */
const schemaRef = (schema: string) => `../node_modules/lessonpack/schemas/${schema}`;

function withSchema(json: Record<string, unknown>, schema: string): string {
  const { $schema: _, ...rest } = json;
  return `${JSON.stringify({ $schema: schemaRef(schema), ...rest }, null, 2)}\n`;
}

/** A valid npm package name from a folder name ("My Lessons" -> "my-lessons"). */
export function packageName(folder: string): string {
  const name = basename(resolve(folder))
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  return name.slice(0, 200) || 'lessons';
}

async function readJson(path: string): Promise<Record<string, unknown>> {
  return JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, '')) as Record<string, unknown>;
}

/** Every file of the new project, by path relative to its folder. */
async function projectFiles(options: InitOptions, name: string): Promise<Map<string, string | Buffer>> {
  const starter = join(packageRoot, 'starter');
  const files = new Map<string, string | Buffer>();
  const pkg = {
    name,
    private: true,
    type: 'module',
    description: 'Lessons printed with lessonpack',
    scripts: { build: 'lessonpack build', test: 'lessonpack validate', preview: 'lessonpack preview', pack: 'lessonpack pack' },
    dependencies: { lessonpack: options.dependency ?? `^${VERSION}` },
  };
  files.set('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  files.set('.gitignore', await readFile(join(starter, 'gitignore'), 'utf8'));
  files.set('lessonpack.config.json', await readFile(join(starter, 'lessonpack.config.json'), 'utf8'));
  files.set('README.md', (await readFile(join(starter, 'README.md'), 'utf8')).replaceAll('{{name}}', name));
  files.set('.github/workflows/lessons.yml', await readFile(join(starter, 'workflow.yml'), 'utf8'));
  const sources = new Set<string>();
  if (options.example) {
    const example = EXAMPLES[options.example];
    if (!example) throw new UserError(`unknown example "${options.example}": the bundled examples are ${Object.keys(EXAMPLES).join(', ')}`);
    for (const id of example.lessons) {
      const lesson = await readJson(join(packageRoot, 'lessons', `${id}.json`));
      files.set(`lessons/${id}.json`, withSchema(lesson, id === 'unit' ? 'unit.schema.json' : 'lesson.schema.json'));
      for (const d of (lesson.documents as { source: string }[] | undefined) ?? []) sources.add(d.source);
    }
  } else {
    const lesson = await readJson(join(starter, 'lesson.json'));
    files.set('lessons/korea-divided.json', withSchema({ id: 'korea-divided', ...lesson }, 'lesson.schema.json'));
    for (const d of lesson.documents as { source: string }[]) sources.add(d.source);
  }
  for (const source of [...sources].sort()) {
    files.set(`sources/${source}.json`, withSchema(await readJson(join(packageRoot, 'sources', `${source}.json`)), 'source.schema.json'));
    files.set(`sources/${source}.txt`, await readFile(join(packageRoot, 'sources', `${source}.txt`)));
  }
  return files;
}

/** Files and folders already in `folder` (none when it does not exist); refuses a path that is not a folder. */
function existingEntries(folder: string): string[] {
  const stat = lstatSync(folder, { throwIfNoEntry: false });
  if (!stat) return [];
  if (!stat.isDirectory()) throw new UserError(`${folder} exists and is not a folder: choose another place for the new project`);
  return readdirSync(folder);
}

/** Creates the project; refuses a non-empty folder unless `force`, and even then writes only files that are missing. */
export async function initProject(options: InitOptions): Promise<InitResult> {
  const folder = resolve(options.folder);
  const existing = existingEntries(folder);
  if (existing.length && !options.force)
    throw new UserError(
      `${options.folder} is not empty (it holds ${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', ...' : ''}): choose an empty or new folder, or add --force to add only the files that are missing (existing files are never overwritten)`,
    );
  const files = await projectFiles(options, packageName(folder));
  const result: InitResult = { folder, written: [], kept: [] };
  for (const [rel, content] of files) {
    const path = join(folder, rel);
    await mkdir(dirname(path), { recursive: true });
    try {
      // "wx": created here or not at all, so a file that appears meanwhile is not overwritten either.
      await writeFile(path, content, { flag: 'wx' });
      result.written.push(rel);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      result.kept.push(relative(folder, path));
    }
  }
  return result;
}
