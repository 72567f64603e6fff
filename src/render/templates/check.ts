/** Parses a template once and finds what would break it: syntax errors, unknown messages, missing partials, stray overrides. */
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Diagnostic } from '../../errors.js';
import { catalogue, DEFAULT_LANGUAGE } from '../../i18n/index.js';
import { codeFrame, lineColumn } from '../../load/json.js';
import { closest } from '../../validate/suggest.js';
import type { TemplateSet } from './files.js';

type Node = hbs.AST.Node & Record<string, unknown>;
type Use = { name: string; line: number; column: number };

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
function partialUses(program: hbs.AST.Program): { uses: Use[]; inline: Set<string> } {
  const uses: Use[] = [];
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
function unclosedBlock(text: string): Use | undefined {
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

/** The one wording of a template that ends inside an open block. */
function unclosedDiagnostic(file: string, text: string): Diagnostic {
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

/** A Handlebars syntax error as a located diagnostic (parse errors give a line; block mismatches give a line and column). */
function syntaxDiagnostic(file: string, text: string, e: unknown): Diagnostic {
  const err = e as Error & { lineNumber?: number; column?: number };
  if (/got 'EOF'/.test(err.message)) return unclosedDiagnostic(file, text);
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

/** An error at a place in a template, shown with the lines around it. */
function at(file: string, text: string, where: { line: number; column: number }, code: string, message: string, hint: string): Diagnostic {
  return { file, line: where.line, column: where.column, severity: 'error', code, message, hint, frame: codeFrame(text, where.line, where.column) };
}

/** {{t "key"}} uses whose key no catalogue has (every catalogue has the keys of the English one, which a test checks). */
function unknownMessages(ast: hbs.AST.Program, file: string, text: string): Diagnostic[] {
  const known = Object.keys(catalogue(DEFAULT_LANGUAGE));
  return messageUses(ast)
    .filter((u) => !known.includes(u.key))
    .map((u) => {
      const guess = closest(u.key, known);
      const hint = guess ? `did you mean "${guess}"?` : 'the keys are those of locales/en.json in lessonpack; see docs/authoring.md "Languages"';
      return at(file, text, u, 'template/unknown-message', `no message "${u.key}" in the catalogues`, hint);
    });
}

/** Partials used by fixed name that neither the set nor the template itself defines. */
function missingPartials(ast: hbs.AST.Program, file: string, text: string, set: TemplateSet, create: (name: string) => string): Diagnostic[] {
  const { uses, inline } = partialUses(ast);
  const known = [...set.partials.keys()].sort();
  return uses
    .filter((use) => !set.partials.has(use.name) && !inline.has(use.name))
    .map((use) => {
      const guess = closest(use.name, known);
      const hint = guess ? `did you mean "${guess}"?` : `create ${create(use.name)}, or use one of: ${known.join(', ')}`;
      return at(file, text, use, 'template/missing-partial', `partial "${use.name}" not found`, hint);
    });
}

/** A template parsed, or why it cannot be; plus the problems of a template that parses. */
export type Parsed = { ast: hbs.AST.Program; diagnostics: Diagnostic[] } | { ast?: undefined; diagnostics: Diagnostic[] };

/**
 * Parses a template (the only place templates are parsed) and checks its messages and partials against the set.
 * `dirs[0]` is where a missing partial is suggested to go.
 */
export function parseTemplate(text: string, shown: string, set: TemplateSet, dirs: string[], display: (file: string) => string): Parsed {
  let ast: hbs.AST.Program;
  try {
    // Without whitespace control: compiling the tree applies it (standalone lines, `~`), and applying it twice could strip more.
    ast = Handlebars.parseWithoutProcessing(text);
  } catch (e) {
    return { diagnostics: [syntaxDiagnostic(shown, text, e)] };
  }
  const create = (name: string) => display(join(dirs[0] ?? '', 'partials', `${name}.hbs`));
  return { ast, diagnostics: [...unknownMessages(ast, shown, text), ...missingPartials(ast, shown, text, set, create)] };
}

/** Overrides whose name matches no built-in template are never used: almost always a typo (a warning). */
export function unknownOverrides(set: TemplateSet, builtin: TemplateSet, display: (file: string) => string): Diagnostic[] {
  const names = [...builtin.templates.keys()];
  return [...set.templates]
    .filter(([name]) => !builtin.templates.has(name))
    .map(([name, file]) => {
      const guess = closest(name, names);
      return {
        file: display(file),
        severity: 'warning' as const,
        code: 'template/unknown-override',
        message: `"${name}.hbs" does not replace any built-in template, so it is never used`,
        hint: guess ? `did you mean "${guess}.hbs"?` : `templates: ${names.map((n) => `${n}.hbs`).join(', ')}`,
      };
    });
}

/** Whether a template problem stops every document from rendering (an unused override does not). */
export function breaksRendering(d: Diagnostic): boolean {
  return d.code.startsWith('template/') && d.severity === 'error';
}
