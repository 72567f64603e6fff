/** Which template files are in effect (overrides first, then built-in), and reading one safely. */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Diagnostic } from '../../errors.js';
import { readInputFile } from '../../load/files.js';

/** The template and partial files in effect, by name: the first folder that has a name wins. */
export interface TemplateSet {
  templates: Map<string, string>;
  partials: Map<string, string>;
}

function hbsFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith('.hbs'))
      .sort();
  } catch {
    return [];
  }
}

/** Lists the templates and partials of the given folders, earlier folders overriding later ones. */
export function templateSet(dirs: string[]): TemplateSet {
  const set: TemplateSet = { templates: new Map(), partials: new Map() };
  for (const dir of dirs) {
    for (const n of hbsFiles(dir)) if (!set.templates.has(basename(n, '.hbs'))) set.templates.set(basename(n, '.hbs'), join(dir, n));
    for (const n of hbsFiles(join(dir, 'partials')))
      if (!set.partials.has(basename(n, '.hbs'))) set.partials.set(basename(n, '.hbs'), join(dir, 'partials', n));
  }
  return set;
}

/** Largest template: a page layout is a few kilobytes; a bigger file is a mistake, or meant to exhaust memory. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** The template folder a template or partial file belongs to: links must not leave it. */
function templateFolder(file: string): string {
  const dir = dirname(file);
  return basename(dir) === 'partials' ? dirname(dir) : dir;
}

/**
 * Reads a template: a link out of its folder, a file that is not regular (a pipe, a device) or too big is refused
 * before anything is read, so its text can never reach a message or a PDF.
 */
export function readTemplate(file: string, shown: string): { text: string } | { diagnostic: Diagnostic } {
  const read = readInputFile(file, shown, { root: templateFolder(file), maxBytes: MAX_TEMPLATE_BYTES });
  if (!('problem' in read)) return { text: read.bytes.toString('utf8') };
  if (read.problem === 'outside' || read.problem === 'not-regular') return { diagnostic: { ...read.diagnostic, code: `template/${read.problem}` } };
  if (read.problem === 'too-large')
    return {
      diagnostic: {
        file: shown,
        severity: 'error',
        code: 'template/too-large',
        message: `the template is ${(read.size / 1048576).toFixed(1)} MB; templates must be under ${MAX_TEMPLATE_BYTES / 1048576} MB`,
        hint: 'a template is a page layout; move long text into the lessons',
      },
    };
  return { diagnostic: { file: shown, severity: 'error', code: 'template/unreadable', message: `cannot read the template (${read.code})` } };
}
