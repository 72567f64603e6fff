/** Where in a user's file a problem is. Lines and columns are 1-based. */
export interface Location {
  file: string;
  line?: number;
  column?: number;
  /** JSON pointer of the offending value, e.g. /sections/0/questions/2/answer */
  pointer?: string;
}

/** An error stops the lesson (or the build) it is in; a warning is printed and never fails anything. */
export type Severity = 'error' | 'warning';

/** One problem found in the user's input, with what to do about it. */
export interface Diagnostic extends Location {
  severity: Severity;
  /** Stable machine-readable code, e.g. "schema/required" or "excerpt/not-found". */
  code: string;
  message: string;
  hint?: string;
  /** A few lines of the file around the problem, already formatted. */
  frame?: string;
}

/** Base class of errors that are the user's to fix: printed without a stack trace, exit code 1. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The lesson files (or sources, config) failed validation. */
export class ValidationError extends UserError {
  override name = 'ValidationError';
}

/** No usable browser, or the browser failed in a way the user can fix by installing/setting something. */
export class BrowserError extends UserError {
  override name = 'BrowserError';
}

/** A document failed to render or print (font missing, timeout, crash). */
export class DocumentError extends UserError {
  override name = 'DocumentError';
}

/** The diagnostics that fail: errors, not warnings. */
export function errorsOf(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

/** Formats one diagnostic as `file:LINE:COL  /pointer  message` (a warning's message starts "warning: "), then the frame and hint. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.column].filter((p) => p !== undefined).join(':');
  const head = `${where}  ${d.pointer ?? ''}${d.pointer ? '  ' : ''}${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
  const parts = [head];
  if (d.frame) parts.push(d.frame);
  if (d.hint) parts.push(`  hint: ${d.hint}`);
  return parts.join('\n');
}

/** The browser went away while printing (crashed or killed): the printer relaunches it, so one retry may work. */
export class BrowserDisconnected extends BrowserError {
  override name = 'BrowserDisconnected';
}

/** Control characters (C0 but newline, DEL, C1) and bidirectional overrides: in a terminal they move the cursor, retitle the window or reorder text. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print on a terminal: every control character shown as an escape (ESC as \x1b), newlines kept. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

/** The output folder cannot be written (disk full, read-only, no permission, a planted link): the build stops and says why. */
export class OutputError extends UserError {
  override name = 'OutputError';
  constructor(
    /** The file or folder, as given (the build shows it relative to the project). */
    readonly path: string,
    /** What is wrong with it, e.g. "cannot be written: the disk is full (ENOSPC)". */
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${path} ${problem}`, [], options);
  }
}

/** A tab's renderer process died while printing (killed, out of memory): the document is printed once more on a new tab. */
export class RendererCrashed extends BrowserDisconnected {
  override name = 'RendererCrashed';
}
