import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { UserError } from './errors.js';
import { packageRoot } from './paths.js';
import { loadProject } from './project.js';
import { writeAtomic } from './write/atomic.js';

/** Writes lessons/<id>.json from the starter lesson, which validates and builds as it is. */
export async function scaffoldLesson(root: string, id: string): Promise<string> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    throw new UserError(`"${id}" is not a valid lesson id: use lowercase letters, digits and single hyphens, e.g. "my-first-lesson"`);
  const project = await loadProject(root);
  const file = join(project.lessonsDir, `${id}.json`);
  if (existsSync(file)) throw new UserError(`${relative(root, file)} already exists; choose another id or edit that file`);
  const starter = JSON.parse(await readFile(join(packageRoot, 'templates', 'starter-lesson.json'), 'utf8')) as Record<string, unknown>;
  const schemaPath = relative(project.lessonsDir, join(packageRoot, 'schemas', 'lesson.schema.json'));
  const lesson = { $schema: schemaPath, ...starter, id };
  await writeAtomic(file, `${JSON.stringify(lesson, null, 2)}\n`);
  return relative(root, file);
}
