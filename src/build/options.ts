/** What a build is asked for, what it reports while it runs, and what it returns. */
import type { Diagnostic } from '../errors.js';
import type { DocumentResult, DocumentStatus, Paper, Variant } from '../model/index.js';
import type { PrinterOptions } from '../print/printer.js';

export interface BuildOptions extends PrinterOptions {
  /** Project folder (holds lessons/, sources/, optional lessonpack.config.json). */
  root: string;
  /** Folder that relative CLI paths are relative to. */
  cwd?: string;
  /** Lesson files or ids; empty = all lessons. */
  selectors?: string[];
  out?: string;
  paper?: Paper;
  variant?: Variant;
  /** Ignore the cache and print everything. */
  force?: boolean;
  /** Build only shard `index` (1-based) of `count`; packs are left to `lessonpack pack`. */
  shard?: { index: number; count: number };
  /** Build the packs (default: true, except in shard mode). */
  packs?: boolean;
  /** Build only the packs, from PDFs already in the output folder. */
  packsOnly?: boolean;
  /** Document kinds to build (default: all): handout, worksheet, answer-key, marking-guide, overview, unit-overview. Packs are built when all they hold is. */
  only?: string[];
  /** Output formats (default: pdf): pdf, docx (handout, worksheet, answer key), html (student documents), qti (the worksheet as a quiz). */
  formats?: string[];
  /** A/B versions of the worksheet and answer key (2 to 4), options shuffled per version; 1 or unset for none. */
  versions?: number;
  /** Stops the build (SIGINT, a server shutting down): no new document starts, the browser closes, temp files go. */
  signal?: AbortSignal;
  /** Also write each printed document's HTML here as <path>.html (template debugging; the benchmark's floor). */
  htmlDir?: string;
  onEvent?: (event: BuildEvent) => void;
}

export type { DocumentResult, DocumentStatus };

export type BuildEvent =
  | { type: 'plan'; total: number }
  | { type: 'document'; result: DocumentResult; done: number; total: number }
  /** The browser (or the tab's renderer) died while printing `path`: the document is printed once more on a new one. */
  | { type: 'retry'; path: string; reason: string; on: 'browser' | 'tab' }
  | { type: 'diagnostics'; diagnostics: Diagnostic[] };

export interface BuildResult {
  outDir: string;
  documents: DocumentResult[];
  diagnostics: Diagnostic[];
  /** True when a lesson had an error (warnings do not count) or a document failed: the exit code is 1. */
  failed: boolean;
  /** True when the build was stopped by its `signal` before it finished. */
  interrupted?: boolean;
  /** Outputs of an earlier build removed because their new version failed (so no stale copy is printed). */
  removed?: string[];
  browserStarted: boolean;
  ms: number;
}
