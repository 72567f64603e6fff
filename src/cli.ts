/** The `lessonpack` command: parses arguments, calls the library, prints results. No pipeline logic here. */
import { parseArgs } from 'node:util';
import { type BuildEvent, type BuildResult, build, VERSION } from './build.js';
import { type Diagnostic, errorsOf, escapeControl, formatDiagnostic, UserError } from './errors.js';
import { commaList } from './formats/choose.js';
import type { Paper, Variant } from './model/index.js';
import { closest } from './validate/suggest.js';
import { removePendingTemps } from './write/atomic.js';

const HELP = `lessonpack ${VERSION}: print document-based lessons as PDF handouts, worksheets, answer keys and packs.

Usage:
  lessonpack build [lesson files or ids...]   validate, then print PDFs (default: every lesson)
  lessonpack validate [lesson files or ids...] check lessons, sources and config; print every problem
  lessonpack pack                              assemble packs from PDFs already built (after sharded builds)
  lessonpack new <lesson-id>                   write lessons/<lesson-id>.json with an example of every question kind
  lessonpack preview [--port N]                serve every document as it prints on http://127.0.0.1:N/, reloading on save
  lessonpack init <folder> [--example NAME]    create a curriculum project of your own (NAME: korean-war copies the
                                               bundled unit); refuses a non-empty folder unless --force

Options:
  --out DIR                  output folder (default: dist, or "out" in lessonpack.config.json)
  --paper letter|a4          paper size (default: letter, or "paper" in the config)
  --variant standard|large-print|dyslexia
                             accessibility variant; non-standard variants go to DIR/<variant>/
  --force                    ignore the cache and print everything again
  --only KINDS               build only these documents, comma-separated: handout, worksheet, answer-key,
                             marking-guide, overview, unit-overview (packs when all their documents are built)
  --format FORMATS           pdf (default), docx (editable handout, worksheet, answer key), html (accessible web
                             pages of the student documents), qti (the worksheet as an LMS quiz); comma-separated
  --versions N               print N versions (2-4) of the worksheet and answer key with shuffled options:
                             worksheet-A.pdf, answer-key-A.pdf, worksheet-B.pdf, ...
  --shard K/N                build only slice K of N (CI matrix); packs are skipped: run "lessonpack pack" after
  --json                     print a machine-readable summary (build, pack) or the problems (validate) on stdout
  --browser PATH             Chrome/Chromium to use (or set LESSONPACK_BROWSER)
  --browser-endpoint WS      print on a remote browser (ws://...) instead of launching one
  --root DIR                 project folder (default: the current folder)
  --port N                   port for preview (default: 4173; 0 picks a free one)
  --example NAME             init: copy a bundled example unit (korean-war)
  --force                    init: add missing files to a folder that is not empty (never overwrites a file)
  -h, --help                 show this help
  -v, --version              show the version

Outputs: DIR/<lesson-id>/handout.pdf, worksheet.pdf, answer-key.pdf, marking-guide.pdf, overview.pdf,
student-pack.pdf, teacher-pack.pdf (with --format: handout.docx, worksheet.html, quiz.qti.zip, ...);
DIR/unit-overview.pdf and DIR/unit-pack.pdf; DIR/README.txt (which file is for whom); DIR/manifest.json.`;

const PAPERS = ['letter', 'a4'];
const VARIANTS = ['standard', 'large-print', 'dyslexia'];
const COMMANDS = ['build', 'validate', 'pack', 'new', 'preview', 'init'];

const OPTIONS = {
  out: { type: 'string' },
  paper: { type: 'string' },
  variant: { type: 'string' },
  force: { type: 'boolean' },
  only: { type: 'string' },
  format: { type: 'string' },
  versions: { type: 'string' },
  shard: { type: 'string' },
  json: { type: 'boolean' },
  browser: { type: 'string' },
  'browser-endpoint': { type: 'string' },
  root: { type: 'string' },
  port: { type: 'string' },
  example: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Our own message for an unknown option, naming it and the nearest known one (parseArgs' text misleads). */
function checkOptions(argv: string[]): void {
  for (const arg of argv) {
    if (arg === '--') return;
    const m = /^--([^=]+)/.exec(arg) ?? /^-([^-])/.exec(arg);
    if (!m?.[1]) continue;
    const name = m[1];
    const known = arg.startsWith('--') ? Object.hasOwn(OPTIONS, name) : Object.values(OPTIONS).some((o) => 'short' in o && o.short === name);
    if (known) continue;
    const near = closest(name, Object.keys(OPTIONS));
    fail(`unknown option "${arg.split('=')[0]}"${near ? `: did you mean --${near}?` : ''} (see lessonpack --help)`);
  }
}

/** Writes to stderr. Lesson, source and template text reach these messages: control characters are shown, not obeyed. */
function say(text: string): void {
  process.stderr.write(escapeControl(text));
}

function fail(message: string): never {
  throw new UserError(message);
}

/** Every diagnostic as `validate` prints it, then a count: "2 problem(s) and 1 warning(s) in 2 file(s)". */
function printDiagnostics(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) say(`${formatDiagnostic(d)}\n\n`);
  if (!diagnostics.length) return;
  const errors = errorsOf(diagnostics).length;
  const warnings = diagnostics.length - errors;
  const counts = [errors ? `${errors} problem(s)` : '', warnings ? `${warnings} warning(s)` : ''].filter(Boolean).join(' and ');
  say(`${counts} in ${new Set(diagnostics.map((d) => d.file)).size} file(s)\n`);
}

function progress(json: boolean) {
  const tty = process.stderr.isTTY && !process.env.CI && !json;
  const t0 = performance.now();
  return (e: BuildEvent) => {
    if (e.type === 'diagnostics') return printDiagnostics(e.diagnostics);
    if (e.type === 'retry') return void say(`${tty ? '\n' : ''}${e.reason}; printing it again on a new ${e.on}\n`);
    if (e.type !== 'document') return;
    const r = e.result;
    if (tty) {
      const elapsed = (performance.now() - t0) / 1000;
      const eta = e.done ? (elapsed / e.done) * (e.total - e.done) : 0;
      const width = 28;
      const filled = Math.round((e.done / Math.max(1, e.total)) * width);
      process.stderr.write(
        `\r\x1b[2K${escapeControl(`[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${e.done}/${e.total} documents, ETA ${eta.toFixed(0)} s  ${r.path}`)}`,
      );
      if (e.done === e.total) say('\n');
    } else if (!json) {
      const what =
        r.status === 'failed'
          ? `FAILED ${r.path}: ${r.error}`
          : `${r.status} ${r.path} (${r.pages} page${r.pages === 1 ? '' : 's'}${r.status === 'printed' ? `, ${r.ms} ms` : ''})`;
      say(`[${e.done}/${e.total}] ${what}\n`);
    }
    if (r.status === 'failed' && tty) say(`\nFAILED ${r.path}: ${r.error}\n`);
    for (const w of r.warnings ?? []) say(`warning: ${r.path}: the answer to question "${w}" does not fit its writing space; give it more "lines"\n`);
  };
}

function summary(result: BuildResult): string {
  const count = (s: string) => result.documents.filter((d) => d.status === s).length;
  return `${count('printed')} printed, ${count('cached')} unchanged, ${count('failed')} failed in ${(result.ms / 1000).toFixed(1)} s -> ${result.outDir}`;
}

export async function main(argv: string[], signal?: AbortSignal): Promise<number> {
  checkOptions(argv);
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${HELP}\n`);
    return values.help ? 0 : 1;
  }
  const cwd = process.cwd();
  const root = values.root ? values.root : cwd;
  // Typed by a person: "A4" and "Letter" mean what they say.
  if (values.paper) values.paper = values.paper.toLowerCase();
  if (values.variant) values.variant = values.variant.toLowerCase();
  if (values.paper && !PAPERS.includes(values.paper)) fail(`--paper must be one of: ${PAPERS.join(', ')} (got "${values.paper}")`);
  if (values.variant && !VARIANTS.includes(values.variant)) fail(`--variant must be one of: ${VARIANTS.join(', ')} (got "${values.variant}")`);
  if (values.versions !== undefined && !/^\d+$/.test(values.versions.trim())) fail(`--versions must be a whole number from 1 to 4 (got "${values.versions}")`);
  let shard: { index: number; count: number } | undefined;
  if (values.shard) {
    const m = /^(\d+)\/(\d+)$/.exec(values.shard);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count) fail(`--shard must look like K/N with 1 <= K <= N (got "${values.shard}")`);
    shard = { index, count };
  }
  switch (command) {
    case 'validate': {
      const { validate } = await import('./index.js');
      const { diagnostics, lessons } = await validate({ root, cwd, selectors: rest });
      // Warnings do not make the project invalid: `ok` and the exit code follow the errors only.
      const ok = !errorsOf(diagnostics).length;
      if (values.json) process.stdout.write(`${JSON.stringify({ ok, lessons, diagnostics }, null, 2)}\n`);
      printDiagnostics(diagnostics);
      if (ok) say(`${lessons} lesson(s) valid; every excerpt found verbatim in its source\n`);
      return ok ? 0 : 1;
    }
    case 'build':
    case 'pack': {
      const json = values.json ?? false;
      const result = await build({
        root,
        cwd,
        selectors: command === 'pack' ? [] : rest,
        out: values.out,
        paper: values.paper as Paper | undefined,
        variant: values.variant as Variant | undefined,
        force: values.force,
        only: commaList(values.only),
        formats: commaList(values.format),
        versions: values.versions === undefined ? undefined : Number(values.versions),
        shard,
        packsOnly: command === 'pack',
        browserPath: values.browser,
        browserEndpoint: values['browser-endpoint'],
        onEvent: progress(json),
        signal,
      });
      if (json) {
        process.stdout.write(
          `${JSON.stringify(
            {
              ok: !result.failed,
              outDir: result.outDir,
              ms: result.ms,
              browserStarted: result.browserStarted,
              documents: result.documents.map((d) => ({
                path: d.path,
                kind: d.kind,
                lesson: d.lesson,
                status: d.status,
                cached: d.status === 'cached',
                pages: d.pages,
                ms: d.ms,
                ...(d.error ? { error: d.error } : {}),
              })),
              problems: errorsOf(result.diagnostics).length,
              warnings: result.diagnostics.length - errorsOf(result.diagnostics).length,
              diagnostics: result.diagnostics,
            },
            null,
            2,
          )}\n`,
        );
      }
      if (result.removed?.length)
        say(
          `removed the previous version of ${result.removed.length} document(s) whose new version failed, so none is printed by mistake: ${result.removed.join(', ')}\n`,
        );
      say(`${summary(result)}\n`);
      return result.failed ? 1 : 0;
    }
    case 'new': {
      const { scaffoldLesson } = await import('./scaffold.js');
      const made = await scaffoldLesson(root, rest[0] ?? '');
      for (const f of [made.lesson, ...made.sources]) say(`wrote ${f}\n`);
      say(`next: edit it, then run "lessonpack validate ${rest[0]}", "lessonpack preview" and "lessonpack build ${rest[0]}" (see docs/authoring.md)\n`);
      return 0;
    }
    case 'preview': {
      const port = values.port === undefined ? 4173 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a whole number from 0 to 65535 (got "${values.port}")`);
      const { startPreview } = await import('./preview/server.js');
      const server = await startPreview({ root, port, paper: values.paper as Paper | undefined, variant: values.variant as Variant | undefined });
      say(`lessonpack preview: ${server.url} (pages reload when you save; Ctrl+C to stop)\n`);
      // Until Ctrl+C: then close at once (the preview has no browser and nothing to save).
      await new Promise((stopped) => signal?.addEventListener('abort', stopped, { once: true }));
      await server.close();
      return 0;
    }
    case 'init': {
      const folder = rest[0];
      if (!folder) fail('init needs a folder: lessonpack init <folder> [--example korean-war]');
      const { init } = await import('./index.js');
      const made = await init({ folder, example: values.example, force: values.force });
      for (const f of made.written) say(`wrote ${f}\n`);
      for (const f of made.kept) say(`kept ${f} (it already existed)\n`);
      say(`next: cd ${folder} && npm install && npm run build (see its README.md)\n`);
      return 0;
    }
    default: {
      const near = closest(command, COMMANDS);
      fail(`unknown command "${command}"${near ? `: did you mean "${near}"?` : ''} (commands: ${COMMANDS.join(', ')}; see lessonpack --help)`);
    }
  }
}

/** One line for a user's mistake; a stack trace only for a bug in lessonpack, and then saying so. */
function reportError(e: unknown): void {
  if (e instanceof UserError) {
    if (e.diagnostics.length) printDiagnostics(e.diagnostics);
    say(`lessonpack: ${e.message}\n`);
  } else if (e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
    say(`lessonpack: ${e.message} (see lessonpack --help)\n`);
  } else {
    say(`lessonpack: internal error (a bug in lessonpack, please report it):\n${(e as Error)?.stack ?? String(e)}\n`);
  }
}

/** Runs the CLI with one cleanup path for errors and signals: the browser is always closed. */
export async function run(argv: string[]): Promise<void> {
  let signalled: NodeJS.Signals | undefined;
  const stop = new AbortController();
  const code = (signal: NodeJS.Signals) => (signal === 'SIGINT' ? 130 : 143);
  const onSignal = (signal: NodeJS.Signals) => {
    // A second signal means "now": the browser, on a pipe to us, exits with us.
    if (signalled) process.exit(code(signal));
    signalled = signal;
    say(`\nlessonpack: ${signal}: stopping\n`);
    // The build winds down (writing its manifest) once its browser is gone; if it takes too long, leave anyway.
    stop.abort(signal);
    setTimeout(() => void removePendingTemps().finally(() => process.exit(code(signal))), 10_000).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    process.exitCode = await main(argv, stop.signal);
  } catch (e) {
    process.exitCode = 1;
    // Errors of a build cut short by a signal are its consequence, not news.
    if (!signalled) reportError(e);
  }
  if (signalled) {
    await removePendingTemps();
    process.exit(code(signalled));
  }
}
