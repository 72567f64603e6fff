/** Checks the templates in effect (overrides first, then built-in) before anything is rendered. */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Handlebars from 'handlebars';
import type { Diagnostic } from '../errors.js';
import { catalogue, DEFAULT_LANGUAGE } from '../i18n/index.js';
import { readInputFile } from '../load/files.js';
import { codeFrame, lineColumn } from '../load/json.js';
import { closest } from './suggest.js';

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
export function templateFolder(file: string): string {
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

/** Whether a template problem stops every document from rendering (an unused override does not). */
export function breaksRendering(d: Diagnostic): boolean {
  return d.code.startsWith('template/') && d.severity === 'error';
}

type Node = hbs.AST.Node & Record<string, unknown>;
type PartialUse = { name: string; line: number; column: number };

/** Calls `see` on every node of a template, depth first (blocks, their else branches, helper arguments). */
function walk(program: hbs.AST.Program, see: (n: Node) => void): void {
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    const n = node as Node;
    see(n);
    for (const key of ['body', 'program', 'inverse', 'params']) visit(n[key]);
    visit((n.hash as hbs.AST.Hash | undefined)?.pairs.map((p) => p.value));
  };
  visit(program);
}

/** Message keys a template prints with {{t "key"}} (a key given by a variable is not checked). */
export function messageUses(program: hbs.AST.Program): { key: string; line: number; column: number }[] {
  const uses: { key: string; line: number; column: number }[] = [];
  walk(program, (n) => {
    const path = n.path as hbs.AST.PathExpression | undefined;
    const first = (n.params as hbs.AST.Expression[] | undefined)?.[0];
    if ((n.type === 'MustacheStatement' || n.type === 'SubExpression') && path?.original === 't' && first?.type === 'StringLiteral')
      uses.push({ key: (first as hbs.AST.StringLiteral).value, line: n.loc.start.line, column: n.loc.start.column + 1 });
  });
  return uses;
}

/** Partials a template uses by fixed name (dynamic names and partial blocks, which have a fallback, are skipped), and inline partials it defines. */
function partialUses(program: hbs.AST.Program): { uses: PartialUse[]; inline: Set<string> } {
  const uses: PartialUse[] = [];
  const inline = new Set<string>();
  walk(program, (n) => {
    if (n.type === 'PartialStatement') {
      const name = n.name as hbs.AST.PathExpression | hbs.AST.StringLiteral | hbs.AST.SubExpression;
      const fixed = name.type === 'PathExpression' ? name.original : name.type === 'StringLiteral' ? name.value : undefined;
      if (fixed !== undefined && !fixed.startsWith('@')) uses.push({ name: fixed, line: n.loc.start.line, column: n.loc.start.column + 1 });
    }
    if (n.type === 'DecoratorBlock' && (n.path as hbs.AST.PathExpression).original === 'inline') {
      const first = (n.params as hbs.AST.Expression[])[0] as hbs.AST.StringLiteral | undefined;
      if (first?.type === 'StringLiteral') inline.add(first.value);
    }
  });
  return { uses, inline };
}

/** The last block opened and never closed ({{#each}} without {{/each}}), found by pairing the tags; comments are skipped. */
function unclosedBlock(text: string): { name: string; line: number; column: number } | undefined {
  const stack: { name: string; offset: number }[] = [];
  const tags = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?#[>*]?\s*([\w-]+)|\{\{~?\/\s*([\w-]+)/g;
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    if (m[1]) stack.push({ name: m[1], offset: m.index });
    else if (m[2]) {
      const at = stack.map((b) => b.name).lastIndexOf(m[2]);
      if (at >= 0) stack.length = at;
    }
  }
  const open = stack.pop();
  return open ? { name: open.name, ...lineColumn(text, open.offset) } : undefined;
}

/** A Handlebars syntax error as a located diagnostic (parse errors give a line; block mismatches give a line and column). */
function syntaxDiagnostic(file: string, text: string, e: unknown): Diagnostic {
  const err = e as Error & { lineNumber?: number; column?: number };
  if (/got 'EOF'/.test(err.message)) {
    const open = unclosedBlock(text);
    const line = open?.line ?? text.split('\n').length;
    return {
      file,
      line,
      column: open?.column,
      severity: 'error',
      code: 'template/syntax',
      message: open ? `{{#${open.name}}} is never closed` : 'the template ends inside an open block',
      hint: open ? `add {{/${open.name}}} where the block ends` : 'close every {{#if}}, {{#each}} and {{#with}} with its {{/if}}, {{/each}} or {{/with}}',
      frame: codeFrame(text, line, open?.column),
    };
  }
  const line = err.lineNumber ?? Number(/Parse error on line (\d+)/.exec(err.message)?.[1] ?? 1);
  const column = err.lineNumber !== undefined && err.column !== undefined ? err.column + 1 : undefined;
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(err.message);
  return {
    file,
    line,
    column,
    severity: 'error',
    code: 'template/syntax',
    message: mismatch ? `{{#${mismatch[1]}}} is closed by {{/${mismatch[2]}}}` : 'a {{ }} tag on this line is not valid Handlebars',
    hint: mismatch
      ? `close {{#${mismatch[1]}}} with {{/${mismatch[1]}}}`
      : 'check that every tag is complete: {{name}}, {{#if name}}...{{/if}}, {{#each list}}...{{/each}}, {{> partial}}',
    frame: codeFrame(text, line, column),
  };
}

/** {{t "key"}} uses whose key no catalogue has (every catalogue has the keys of the English one, which a test checks). */
function unknownMessages(ast: hbs.AST.Program, file: string, text: string): Diagnostic[] {
  const known = Object.keys(catalogue(DEFAULT_LANGUAGE));
  return messageUses(ast)
    .filter((u) => !known.includes(u.key))
    .map((u) => {
      const guess = closest(u.key, known);
      return {
        file,
        line: u.line,
        column: u.column,
        severity: 'error' as const,
        code: 'template/unknown-message',
        message: `no message "${u.key}" in the catalogues`,
        hint: guess ? `did you mean "${guess}"?` : 'the keys are those of locales/en.json in lessonpack; see docs/authoring.md "Languages"',
        frame: codeFrame(text, u.line, u.column),
      };
    });
}

/** Every problem in the templates in effect: syntax errors, partials that do not exist, overrides that replace nothing. */
export function checkTemplates(dirs: string[], display: (file: string) => string): Diagnostic[] {
  const set = templateSet(dirs);
  const builtin = dirs.length ? templateSet(dirs.slice(-1)) : set;
  const out: Diagnostic[] = [];
  const files = [...set.templates.values(), ...set.partials.values()];
  for (const file of files) {
    const shown = display(file);
    const read = readTemplate(file, shown);
    if ('diagnostic' in read) {
      out.push(read.diagnostic);
      continue;
    }
    const text = read.text;
    let ast: hbs.AST.Program;
    try {
      ast = Handlebars.parse(text);
    } catch (e) {
      out.push(syntaxDiagnostic(shown, text, e));
      continue;
    }
    out.push(...unknownMessages(ast, shown, text));
    const { uses, inline } = partialUses(ast);
    for (const use of uses) {
      if (set.partials.has(use.name) || inline.has(use.name)) continue;
      const known = [...set.partials.keys()].sort();
      const guess = closest(use.name, known);
      out.push({
        file: shown,
        line: use.line,
        column: use.column,
        severity: 'error',
        code: 'template/missing-partial',
        message: `partial "${use.name}" not found`,
        hint: guess ? `did you mean "${guess}"?` : `create ${display(join(dirs[0] ?? '', 'partials', `${use.name}.hbs`))}, or use one of: ${known.join(', ')}`,
        frame: codeFrame(text, use.line, use.column),
      });
    }
  }
  // An override whose name matches no built-in template is never used: almost always a typo.
  for (const [name, file] of set.templates) {
    if (builtin.templates.has(name)) continue;
    const guess = closest(name, [...builtin.templates.keys()]);
    out.push({
      file: display(file),
      severity: 'warning',
      code: 'template/unknown-override',
      message: `"${name}.hbs" does not replace any built-in template, so it is never used`,
      hint: guess ? `did you mean "${guess}.hbs"?` : `templates: ${[...builtin.templates.keys()].map((n) => `${n}.hbs`).join(', ')}`,
    });
  }
  return out;
}
