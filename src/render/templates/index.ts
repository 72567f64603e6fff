/**
 * The template subsystem: finds the templates in effect, reads and parses each one once, reports every problem as a
 * located diagnostic (one wording per problem, whether `validate`, `build` or the preview asks), and compiles the
 * parsed templates into the one Handlebars environment that renders every document of a build.
 */
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { type Diagnostic, DocumentError, UserError, ValidationError } from '../../errors.js';
import { messagesFor, UnknownMessage } from '../../i18n/index.js';
import { packageRoot } from '../../paths.js';
import { fillPages } from '../page.js';
import { breaksRendering, parseTemplate, unknownOverrides } from './check.js';
import { readTemplate, templateSet } from './files.js';

export { breaksRendering, messageUses } from './check.js';

/** Most repetitions of one {{#times}}, and of all of them together in one document (writing lines need a few hundred). */
const MAX_TIMES = 200;
const MAX_REPEATS = 20_000;
/** Deepest nesting of partials (ours nest three deep): a partial that includes itself would overflow the stack. */
const MAX_PARTIAL_DEPTH = 32;

/** A template went past one of its limits; the template that was running is named when it reaches the document. */
class TemplateLimit extends DocumentError {}

/** A template file parsed without errors: its name, how its path is shown, its syntax tree. */
export interface ParsedTemplate {
  name: string;
  shown: string;
  ast: hbs.AST.Program;
}

/** The folder of the built-in templates (always the last of a project's template folders). */
export function builtinTemplateDir(): string {
  return join(packageRoot, 'templates');
}

/** Templates and partials compiled into one Handlebars environment, with our helpers. Build one with loadTemplates. */
export class Templates {
  /** Templates and partials running now (rendering is synchronous, so one counter serves every document). */
  private depth = 0;
  /** {{#times}} repetitions left in the document being rendered. */
  private repeatsLeft = MAX_REPEATS;
  private readonly hb = Handlebars.create();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

  constructor(
    templates: ParsedTemplate[],
    partials: ParsedTemplate[],
    /** Where the templates were looked for, for the message about a template that does not exist. */
    private readonly searched: string,
  ) {
    this.registerHelpers();
    for (const p of partials) this.hb.registerPartial(p.name, this.compile(p));
    for (const t of templates) this.compiled.set(t.name, this.compile(t));
  }

  private registerHelpers(): void {
    const templates = this;
    this.hb.registerHelper('gt', (a: number, b: number) => a > b);
    this.hb.registerHelper('fillPages', (lines: number, perPage: number) => fillPages(lines, perPage));
    this.hb.registerHelper('times', function (this: unknown, n: number, options: Handlebars.HelperOptions) {
      let out = '';
      for (let i = 0; i < Math.min(Number(n) || 0, MAX_TIMES); i++) {
        // One budget for the whole document: nested {{#times}} would otherwise multiply the cap.
        if (--templates.repeatsLeft < 0) throw new TemplateLimit(`{{#times}} repeats more than ${MAX_REPEATS} times in one document`);
        out += options.fn(this);
      }
      return out;
    });
    // {{t "key" name=value}}: a message of the document's language (passed to each render as @lang).
    this.hb.registerHelper('t', (key: unknown, options: Handlebars.HelperOptions) => {
      try {
        return messagesFor(options.data?.lang).t(String(key), options.hash);
      } catch (e) {
        if (e instanceof UnknownMessage) throw new Handlebars.Exception(e.message);
        throw e;
      }
    });
    this.hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some((a) => (Array.isArray(a) ? a.length > 0 : Boolean(a))));
  }

  /**
   * Compiles a parsed template (from its tree: the text is not parsed again). Errors while running it (an unknown
   * helper, #each without a list) are the template's, not ours; so are its limits (a partial that includes itself,
   * repetitions), which fail this document and no other.
   */
  private compile({ shown, ast }: ParsedTemplate): Handlebars.TemplateDelegate {
    const compiled = this.hb.compile(ast, { noEscape: false });
    return (context, options) => {
      if (this.depth === 0) this.repeatsLeft = MAX_REPEATS;
      if (this.depth >= MAX_PARTIAL_DEPTH)
        throw new DocumentError(`${shown}: partials nest more than ${MAX_PARTIAL_DEPTH} deep (does a partial include itself?)`);
      this.depth++;
      try {
        return compiled(context, options);
      } catch (e) {
        if (e instanceof TemplateLimit) throw new DocumentError(`${shown}: ${e.message}`, [], { cause: e });
        if (e instanceof Handlebars.Exception || e instanceof RangeError) throw new DocumentError(`${shown}: template failed: ${e.message}`, [], { cause: e });
        throw e;
      } finally {
        this.depth--;
      }
    };
  }

  /** Renders a template with `context`, its {{t}} messages in `language` (a BCP 47 tag). */
  render(name: string, context: unknown, language: string): string {
    const template = this.compiled.get(name);
    if (!template) throw new UserError(`template "${name}.hbs" not found in ${this.searched}`);
    return template(context, { data: { lang: language } });
  }
}

/** The templates ready to render (none when a problem breaks rendering), and every problem found. */
export interface LoadedTemplates {
  templates?: Templates;
  diagnostics: Diagnostic[];
}

/**
 * Reads and parses every template and partial in effect once: overrides first (`dirs[0]`), the built-in ones last.
 * `display` shows a path as messages name it (relative to the project).
 */
export function loadTemplates(dirs: string[], display: (file: string) => string = (f) => f): LoadedTemplates {
  const set = templateSet(dirs);
  const diagnostics: Diagnostic[] = [];
  const parse = ([name, file]: [string, string]): ParsedTemplate[] => {
    const shown = display(file);
    const read = readTemplate(file, shown);
    if ('diagnostic' in read) {
      diagnostics.push(read.diagnostic);
      return [];
    }
    const parsed = parseTemplate(read.text, shown, set, dirs, display);
    diagnostics.push(...parsed.diagnostics);
    return parsed.ast ? [{ name, shown, ast: parsed.ast }] : [];
  };
  const templates = [...set.templates].flatMap(parse);
  const partials = [...set.partials].flatMap(parse);
  diagnostics.push(...unknownOverrides(set, dirs.length ? templateSet(dirs.slice(-1)) : set, display));
  if (diagnostics.some(breaksRendering)) return { diagnostics };
  return { templates: new Templates(templates, partials, dirs.map(display).join(', ')), diagnostics };
}

/** The templates of the given folders; throws ValidationError with their problems when they cannot render. */
export function requireTemplates(dirs: string[], display?: (file: string) => string): Templates {
  const { templates, diagnostics } = loadTemplates(dirs, display);
  if (!templates) throw new ValidationError('the templates have problems', diagnostics.filter(breaksRendering));
  return templates;
}
