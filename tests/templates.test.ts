/**
 * One template subsystem: a build reads and parses each template file in effect once, into one Handlebars
 * environment, and a broken template gets the same located message from `validate`, `build` and the preview.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { type Diagnostic, formatDiagnostic, ValidationError } from '../src/errors.js';
import { validate } from '../src/index.js';
import { loadSnapshot } from '../src/preview/site.js';
import { quietBuild, repoRoot, tempDir } from './helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A copy of the mini project with the given files in its template folder (config "templates": "branding"). */
function project(files: Record<string, string>): string {
  const root = tempDir('lessonpack-templates-');
  made.push(root);
  cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
  writeFileSync(join(root, 'lessonpack.config.json'), JSON.stringify({ templates: 'branding' }));
  mkdirSync(join(root, 'branding/partials'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'branding', name), text);
  return root;
}

/** The template files a project with these overrides uses: each override replaces the built-in file of its name. */
function filesInEffect(overrides: string[]): string[] {
  const builtin = join(repoRoot, 'templates');
  const names = [
    ...readdirSync(builtin).filter((n) => n.endsWith('.hbs')),
    ...readdirSync(join(builtin, 'partials'))
      .filter((n) => n.endsWith('.hbs'))
      .map((n) => `partials/${n}`),
  ];
  return [...new Set([...names, ...overrides])].sort();
}

const templateProblems = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code.startsWith('template/')).map(formatDiagnostic);

describe('templates', () => {
  it('a build parses each template file in effect once and compiles it once, in one environment', async () => {
    const override = '<div class="question">{{> q-head}}<p class="own-override">own question layout</p></div>\n';
    const root = project({ 'partials/question.hbs': override });
    const parsed: string[] = [];
    const parse = Handlebars.parseWithoutProcessing.bind(Handlebars);
    vi.spyOn(Handlebars, 'parseWithoutProcessing').mockImplementation((text, options) => {
      parsed.push(text);
      return parse(text, options);
    });
    const processed = vi.spyOn(Handlebars, 'parse');
    const create = Handlebars.create.bind(Handlebars);
    let compiles = 0;
    const environments = vi.spyOn(Handlebars, 'create').mockImplementation(() => {
      const hb = create();
      const compile = hb.compile.bind(hb);
      hb.compile = ((input, options) => {
        compiles++;
        return compile(input, options);
      }) as typeof hb.compile;
      return hb;
    });
    const out = join(root, 'dist');
    const result = await quietBuild({ root, out, formats: ['html'], only: ['handout', 'worksheet'], force: true });
    expect(result.failed).toBe(false);
    // The override took effect: the web worksheet shows it.
    expect(readFileSync(join(out, 'mini-lesson/worksheet.html'), 'utf8')).toContain('own question layout');
    const expected = filesInEffect(['partials/question.hbs']);
    expect(parsed).toHaveLength(expected.length);
    expect(new Set(parsed).size).toBe(parsed.length);
    expect(parsed).toContain(override);
    expect(processed).not.toHaveBeenCalled();
    expect(environments).toHaveBeenCalledTimes(1);
    expect(compiles).toBe(expected.length);
  });

  it('a broken template gets the same located message from validate, build and the preview', async () => {
    const root = project({ 'handout.hbs': '{{> doc-title}}\n{{#each lesson.sections}}\n<h2>{{title}}</h2>\n' });
    const expected = [
      `branding/handout.hbs:2:1  {{#each}} is never closed
  1 | {{> doc-title}}
> 2 | {{#each lesson.sections}}
    | ^
  3 | <h2>{{title}}</h2>
  hint: add {{/each}} where the block ends`,
    ];
    const validated = await validate({ root });
    expect(templateProblems(validated.diagnostics)).toEqual(expected);
    const built = await quietBuild({ root, out: join(root, 'dist'), formats: ['html'] }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(built).toBeInstanceOf(ValidationError);
    expect(templateProblems((built as ValidationError).diagnostics)).toEqual(expected);
    const snapshot = await loadSnapshot({ root });
    expect(templateProblems(snapshot.fatal?.diagnostics ?? [])).toEqual(expected);
  });
});
