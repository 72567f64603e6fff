import { readdir } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../errors.js';
import type { RawLesson } from '../model/index.js';
import { readInputFile } from './files.js';
import { decodeUtf8, type JsonDocument, parseJson } from './json.js';

export { linkDiagnostic, linkLeavesRoot } from './files.js';

/** Largest file we read; lesson files are small, so anything bigger is a mistake. */
const MAX_BYTES = 2 * 1024 * 1024;

/** Reads and parses one JSON file; problems come back as diagnostics, never thrown. With `root`, links out of it are refused. */
export async function loadJsonFile(path: string, display: string, root?: string): Promise<{ doc?: JsonDocument; errors: Diagnostic[] }> {
  const read = readInputFile(path, display, { root, maxBytes: MAX_BYTES });
  if ('problem' in read) {
    if (read.problem === 'outside' || read.problem === 'not-regular') return { errors: [read.diagnostic] };
    if (read.problem === 'too-large')
      return {
        errors: [
          {
            file: display,
            severity: 'error',
            code: 'file/too-large',
            message: `the file is ${(read.size / 1048576).toFixed(1)} MB; lesson, source and config files must be under 2 MB`,
            hint: 'split long texts into several files, or check for pasted binary data',
          },
        ],
      };
    const missing = read.problem === 'missing';
    return {
      errors: [
        {
          file: display,
          severity: 'error',
          code: 'file/unreadable',
          message: missing ? 'file not found' : `cannot read the file (${read.code})`,
          hint: missing ? 'check the path, or pass a lesson id from the lessons folder' : undefined,
        },
      ],
    };
  }
  const bytes = read.bytes;
  const decoded = decodeUtf8(display, bytes);
  if ('error' in decoded) return { errors: [decoded.error] };
  const { doc, errors } = parseJson(display, decoded.text);
  return errors.length ? { errors } : { doc, errors };
}

/** The names in a folder; none when it cannot be read (a missing folder is reported where it is required). */
const namesIn = (dir: string): Promise<string[]> => readdir(dir).catch(() => []);

/** Lesson files in a folder: every *.json except unit.json. */
export async function listLessonFiles(dir: string): Promise<string[]> {
  return (await namesIn(dir))
    .filter((n) => n.endsWith('.json') && n !== 'unit.json')
    .sort()
    .map((n) => join(dir, n));
}

/**
 * Turns CLI selectors (file paths or lesson ids) into lesson files. An id selects lessons/<id>.json.
 * Unknown selectors come back as diagnostics.
 */
export async function selectLessonFiles(lessonsDir: string, selectors: string[], cwd: string): Promise<{ files: string[]; errors: Diagnostic[] }> {
  const all = await listLessonFiles(lessonsDir);
  if (selectors.length === 0) return { files: all, errors: await strayFiles(lessonsDir) };
  const files: string[] = [];
  const errors: Diagnostic[] = [];
  for (const sel of selectors) {
    if (sel.endsWith('.json') || sel.includes('/')) {
      files.push(resolve(cwd, sel));
      continue;
    }
    const match = all.find((f) => basename(f, '.json') === sel);
    if (match) files.push(match);
    else
      errors.push({
        file: sel,
        severity: 'error',
        code: 'cli/unknown-lesson',
        message: `no lesson with id "${sel}" in ${relative(cwd, lessonsDir) || '.'}/`,
        hint: all.length ? `known lessons: ${all.map((f) => basename(f, '.json')).join(', ')}` : 'create one with `lessonpack new <id>`',
      });
  }
  return { files: [...new Set(files)], errors };
}

/** Files in the lessons folder that lessonpack does not read (a YAML lesson, say): a warning each, never silence. */
async function strayFiles(dir: string): Promise<Diagnostic[]> {
  return (await namesIn(dir))
    .filter((n) => !n.endsWith('.json') && !n.startsWith('.') && !/\.(md|txt)$/i.test(n))
    .sort()
    .map((n) => ({
      file: join(basename(dir), n),
      severity: 'warning',
      code: 'lesson/not-a-lesson',
      message: `${n} is not read: lessons are JSON files (<id>.json)`,
      hint: /\.ya?ml$/i.test(n)
        ? 'lessonpack reads JSON only: convert the YAML to JSON, or move the file out of the lessons folder'
        : 'move the file out of the lessons folder',
    }));
}

/** Loads lesson files; each comes back parsed or as diagnostics. */
export async function loadLessons(files: string[], display: (f: string) => string, root?: string): Promise<{ lessons: RawLesson[]; errors: Diagnostic[] }> {
  const lessons: RawLesson[] = [];
  const errors: Diagnostic[] = [];
  for (const file of files) {
    const shown = display(file);
    const res = await loadJsonFile(file, shown, root);
    if (res.doc) lessons.push({ file: shown, json: res.doc });
    errors.push(...res.errors);
  }
  return { lessons, errors };
}
