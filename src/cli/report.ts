/** What the CLI prints on stderr: diagnostics, build progress, the summary, and errors (a stack trace only for bugs). */
import type { BuildEvent, BuildResult } from '../build.js';
import { type Diagnostic, errorsOf, escapeControl, formatDiagnostic, UserError } from '../errors.js';

/** Writes to stderr. Lesson, source and template text reach these messages: control characters are shown, not obeyed. */
export function say(text: string): void {
  process.stderr.write(escapeControl(text));
}

/** Stops the command with a user's mistake (one line, exit 1). */
export function fail(message: string): never {
  throw new UserError(message);
}

/** Every diagnostic as `validate` prints it, then a count: "2 problem(s) and 1 warning(s) in 2 file(s)". */
export function printDiagnostics(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) say(`${formatDiagnostic(d)}\n\n`);
  if (!diagnostics.length) return;
  const errors = errorsOf(diagnostics).length;
  const warnings = diagnostics.length - errors;
  const counts = [errors ? `${errors} problem(s)` : '', warnings ? `${warnings} warning(s)` : ''].filter(Boolean).join(' and ');
  say(`${counts} in ${new Set(diagnostics.map((d) => d.file)).size} file(s)\n`);
}

/** A progress bar with an ETA on a terminal; one line per document otherwise (CI, logs). */
function bar(done: number, total: number, elapsedS: number, path: string): string {
  const eta = done ? (elapsedS / done) * (total - done) : 0;
  const width = 28;
  const filled = Math.round((done / Math.max(1, total)) * width);
  return `\r\x1b[2K${escapeControl(`[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} documents, ETA ${eta.toFixed(0)} s  ${path}`)}`;
}

/** The build's event handler: diagnostics, retries, and each document as it is done. */
export function progress(json: boolean) {
  const tty = process.stderr.isTTY && !process.env.CI && !json;
  const t0 = performance.now();
  return (e: BuildEvent) => {
    if (e.type === 'diagnostics') return printDiagnostics(e.diagnostics);
    if (e.type === 'retry') return void say(`${tty ? '\n' : ''}${e.reason}; printing it again on a new ${e.on}\n`);
    if (e.type !== 'document') return;
    const r = e.result;
    if (tty) {
      process.stderr.write(bar(e.done, e.total, (performance.now() - t0) / 1000, r.path));
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

/** The last line of a build: how many documents were printed, unchanged and failed, and where they are. */
export function summary(result: BuildResult): string {
  const count = (s: string) => result.documents.filter((d) => d.status === s).length;
  return `${count('printed')} printed, ${count('cached')} unchanged, ${count('failed')} failed in ${(result.ms / 1000).toFixed(1)} s -> ${result.outDir}`;
}

/** The `--json` summary of a build or pack. */
export function jsonSummary(result: BuildResult): string {
  const errors = errorsOf(result.diagnostics).length;
  const documents = result.documents.map((d) => ({
    path: d.path,
    kind: d.kind,
    lesson: d.lesson,
    status: d.status,
    cached: d.status === 'cached',
    pages: d.pages,
    ms: d.ms,
    ...(d.error ? { error: d.error } : {}),
  }));
  const summary = { ok: !result.failed, outDir: result.outDir, ms: result.ms, browserStarted: result.browserStarted, documents };
  return JSON.stringify({ ...summary, problems: errors, warnings: result.diagnostics.length - errors, diagnostics: result.diagnostics }, null, 2);
}

/** One line for a user's mistake; a stack trace only for a bug in lessonpack, and then saying so. */
export function reportError(e: unknown): void {
  if (e instanceof UserError) {
    if (e.diagnostics.length) printDiagnostics(e.diagnostics);
    say(`lessonpack: ${e.message}\n`);
  } else if (e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
    say(`lessonpack: ${e.message} (see lessonpack --help)\n`);
  } else {
    say(`lessonpack: internal error (a bug in lessonpack, please report it):\n${(e as Error)?.stack ?? String(e)}\n`);
  }
}
