import { realpathSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../errors.js';
import type { RawLesson } from '../model/index.js';
import { decodeUtf8, type JsonDocument, parseJson } from './json.js';

/** Largest file we read; lesson files are small, so anything bigger is a mistake. */
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * Whether `path` goes through a symbolic link that leads outside `root`. A lesson repository is untrusted input, and
 * git stores links: sources/x.txt -> /etc/passwd must not be quoted into a PDF.
 */
export function linkLeavesRoot(path: string, root: string): boolean {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return false; // a missing file is reported where it is read
  }
  if (real === resolve(path)) return false;
  const rel = relative(realpathSync(root), real);
  return rel.startsWith('..') || isAbsolute(rel);
}

/** The diagnostic for a file that links out of the project. */
export function linkDiagnostic(display: string): Diagnostic {
  return {
    file: display,
    severity: 'error',
    code: 'file/outside-project',
    message: 'is a symbolic link to a file outside the project',
    hint: 'lessonpack reads only files inside the project folder: copy the file in instead of linking to it',
  };
}

/** Reads and parses one JSON file; problems come back as diagnostics, never thrown. With `root`, links out of it are refused. */
export async function loadJsonFile(path: string, display: string, root?: string): Promise<{ doc?: JsonDocument; errors: Diagnostic[] }> {
  if (root && linkLeavesRoot(path, root)) return { errors: [linkDiagnostic(display)] };
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      errors: [
        {
          file: display,
          severity: 'error',
          code: 'file/unreadable',
          message: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(e)})`,
          hint: code === 'ENOENT' ? 'check the path, or pass a lesson id from the lessons folder' : undefined,
        },
      ],
    };
  }
  if (bytes.length > MAX_BYTES) {
    return {
      errors: [
        {
          file: display,
          severity: 'error',
          code: 'file/too-large',
          message: `the file is ${(bytes.length / 1048576).toFixed(1)} MB; lesson, source and config files must be under 2 MB`,
          hint: 'split long texts into several files, or check for pasted binary data',
        },
      ],
    };
  }
  const decoded = decodeUtf8(display, bytes);
  if ('error' in decoded) return { errors: [decoded.error] };
  const { doc, errors } = parseJson(display, decoded.text);
  return errors.length ? { errors } : { doc, errors };
}

/** Lesson files in a folder: every *.json except unit.json. */
export async function listLessonFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names
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
  if (selectors.length === 0) return { files: all, errors: [] };
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
