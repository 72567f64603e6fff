import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { UserError } from './errors.js';
import { packageRoot } from './paths.js';
import { loadProject } from './project.js';
import { writeAtomic } from './write/atomic.js';

/** What `lessonpack new` wrote, relative to the project. */
export interface Scaffolded {
  lesson: string;
  /** Source files copied from lessonpack's library because the starter quotes them and the project lacked them. */
  sources: string[];
}

/**
 * Puts `"$schema"` first, pointing from `dir` at one of lessonpack's schemas, so editors find it: through the
 * project's node_modules when lessonpack is installed there (a path every clone shares), else at this copy.
 */
function withSchema(value: Record<string, unknown>, root: string, dir: string, schema: string): string {
  const { $schema: _, ...rest } = value;
  const installed = join(root, 'node_modules', 'lessonpack');
  const from = existsSync(join(installed, 'schemas', schema)) ? installed : packageRoot;
  return `${JSON.stringify({ $schema: relative(dir, join(from, 'schemas', schema)).replaceAll('\\', '/'), ...rest }, null, 2)}\n`;
}

/** The longest lesson id (the lesson schema's maxLength). */
const MAX_ID_LENGTH = 64;

/** Writes lessons/<id>.json from the starter lesson, which validates and builds as it is, even in an empty project. */
export async function scaffoldLesson(root: string, id: string): Promise<Scaffolded> {
  // The id names a file: past the schema's 64 characters it would also exceed what file systems allow.
  if (id.length > MAX_ID_LENGTH) throw new UserError(`"${id.slice(0, 40)}..." is too long for a lesson id (${id.length} characters; at most ${MAX_ID_LENGTH})`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    throw new UserError(`"${id}" is not a valid lesson id: use lowercase letters, digits and single hyphens, e.g. "my-first-lesson"`);
  const project = await loadProject(root);
  const file = join(project.lessonsDir, `${id}.json`);
  if (existsSync(file)) throw new UserError(`${relative(root, file)} already exists; choose another id or edit that file`);
  const starter = JSON.parse(await readFile(join(packageRoot, 'templates', 'starter-lesson.json'), 'utf8')) as {
    documents: { source: string }[];
  } & Record<string, unknown>;
  // The starter quotes a source from lessonpack's own library: a new project gets a copy, so the lesson works at once.
  const sources: string[] = [];
  for (const source of new Set(starter.documents.map((d) => d.source))) {
    const meta = join(project.sourcesDir, `${source}.json`);
    if (existsSync(meta)) continue;
    const library = join(packageRoot, 'sources');
    const json = JSON.parse(await readFile(join(library, `${source}.json`), 'utf8')) as Record<string, unknown>;
    await writeAtomic(meta, withSchema(json, root, project.sourcesDir, 'source.schema.json'));
    await writeAtomic(join(project.sourcesDir, `${source}.txt`), await readFile(join(library, `${source}.txt`)));
    sources.push(relative(root, meta), relative(root, join(project.sourcesDir, `${source}.txt`)));
  }
  await writeAtomic(file, withSchema({ id, ...starter }, root, project.lessonsDir, 'lesson.schema.json'));
  return { lesson: relative(root, file), sources };
}
