/** The `lessonpack` command: parses arguments, calls the library, prints results. No pipeline logic here. */
import { build, VERSION } from './build.js';
import { helpText } from './cli/help.js';
import { type CliOptions, checkValues, parseCommandLine } from './cli/options.js';
import { fail, jsonSummary, printDiagnostics, progress, reportError, say, summary } from './cli/report.js';
import { errorsOf } from './errors.js';
import { commaList } from './formats/choose.js';
import { closest } from './validate/suggest.js';
import { removePendingTemps } from './write/atomic.js';

type Command = (rest: string[], options: CliOptions & { root: string; cwd: string }, signal?: AbortSignal) => Promise<number>;

async function validateCommand(rest: string[], { root, cwd, json }: Parameters<Command>[1]): Promise<number> {
  const { validate } = await import('./index.js');
  const { diagnostics, lessons } = await validate({ root, cwd, selectors: rest });
  // Warnings do not make the project invalid: `ok` and the exit code follow the errors only.
  const ok = !errorsOf(diagnostics).length;
  if (json) process.stdout.write(`${JSON.stringify({ ok, lessons, diagnostics }, null, 2)}\n`);
  printDiagnostics(diagnostics);
  if (ok) say(`${lessons} lesson(s) valid; every excerpt found verbatim in its source\n`);
  return ok ? 0 : 1;
}

/** `build`, or `pack` (packs from PDFs already built) when `packsOnly`. */
const buildCommand =
  (packsOnly: boolean): Command =>
  async (rest, o, signal) => {
    const json = o.json ?? false;
    const result = await build({
      root: o.root,
      cwd: o.cwd,
      selectors: packsOnly ? [] : rest,
      out: o.out,
      paper: o.paper,
      variant: o.variant,
      force: o.force,
      only: commaList(o.only),
      formats: commaList(o.format),
      versions: o.versions,
      shard: o.shard,
      packsOnly,
      browserPath: o.browser,
      browserEndpoint: o.browserEndpoint,
      onEvent: progress(json),
      signal,
    });
    if (json) process.stdout.write(`${jsonSummary(result)}\n`);
    if (result.removed?.length)
      say(
        `removed the previous version of ${result.removed.length} document(s) whose new version failed, so none is printed by mistake: ${result.removed.join(', ')}\n`,
      );
    say(`${summary(result)}\n`);
    return result.failed ? 1 : 0;
  };

const newCommand: Command = async (rest, { root }) => {
  const { scaffoldLesson } = await import('./scaffold.js');
  const made = await scaffoldLesson(root, rest[0] ?? '');
  for (const f of [made.lesson, ...made.sources]) say(`wrote ${f}\n`);
  say(`next: edit it, then run "lessonpack validate ${rest[0]}", "lessonpack preview" and "lessonpack build ${rest[0]}" (see docs/authoring.md)\n`);
  return 0;
};

const previewCommand: Command = async (_rest, o, signal) => {
  const port = o.port();
  const { startPreview } = await import('./preview/server.js');
  const server = await startPreview({ root: o.root, port, paper: o.paper, variant: o.variant });
  say(`lessonpack preview: ${server.url} (pages reload when you save; Ctrl+C to stop)\n`);
  // Until Ctrl+C: then close at once (the preview has no browser and nothing to save).
  await new Promise((stopped) => signal?.addEventListener('abort', stopped, { once: true }));
  await server.close();
  return 0;
};

const initCommand: Command = async (rest, o) => {
  const folder = rest[0];
  if (!folder) fail('init needs a folder: lessonpack init <folder> [--example korean-war]');
  const { init } = await import('./index.js');
  const made = await init({ folder, example: o.example, force: o.force });
  for (const f of made.written) say(`wrote ${f}\n`);
  for (const f of made.kept) say(`kept ${f} (it already existed)\n`);
  say(`next: cd ${folder} && npm install && npm run build (see its README.md)\n`);
  return 0;
};

/** The commands, in the order of the help. */
const COMMANDS: Record<string, Command> = {
  build: buildCommand(false),
  validate: validateCommand,
  pack: buildCommand(true),
  new: newCommand,
  preview: previewCommand,
  init: initCommand,
};

export async function main(argv: string[], signal?: AbortSignal): Promise<number> {
  const { command, rest, values } = parseCommandLine(argv);
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (values.help || !command) {
    process.stdout.write(`${helpText(VERSION)}\n`);
    return values.help ? 0 : 1;
  }
  const options = checkValues(values);
  const cwd = process.cwd();
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) {
    const names = Object.keys(COMMANDS);
    const near = closest(command, names);
    fail(`unknown command "${command}"${near ? `: did you mean "${near}"?` : ''} (commands: ${names.join(', ')}; see lessonpack --help)`);
  }
  return run(rest, { ...options, root: values.root ? values.root : cwd, cwd }, signal);
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
