/**
 * The job list: one typed job per output of a build (a printed document, a file made without the browser, a pack).
 * The planner (plan/index.ts) makes it from the checked project without touching the disk; the executor
 * (execute/index.ts) runs it with the cache, the printer and the output folder.
 */
import type { OutputFormat } from '../formats/choose.js';
import type { VersionLetter } from '../model/index.js';
import type { PackSpec } from '../pack/spec.js';

interface JobBase {
  /** Output path, relative to the output folder: also the job's name. */
  path: string;
  /** Document kind (handout, answer-key, unit-overview…), file kind, or pack kind. */
  kind: string;
  lesson?: string;
  version?: VersionLetter;
  /** Hash of everything the output depends on besides the outputs it `needs`: equal keys, equal output. */
  key: string;
  /** Project files the output is made from, relative to the project (listed in the manifest). */
  inputs: string[];
  /** Outputs this job is made from: it runs after them, fails if one failed, and their bytes join its key. */
  needs: string[];
}

/** What a printed document is: its HTML and what its PDF says about itself. */
export interface Rendered {
  html: string;
  title: string;
  subject: string;
  keywords: string[];
  /** BCP 47 tag: the PDF's /Lang. */
  language: string;
  /** The PDF's author (documents without one name lessonpack). */
  author?: string;
}

/** A PDF printed by the browser from HTML rendered just before it prints. */
export interface PrintJob extends JobBase {
  type: 'print';
  render: () => Rendered;
}

/** A file made without the browser (Word, web page, QTI package). */
export interface FileJob extends JobBase {
  type: 'file';
  format: OutputFormat;
  make: () => Promise<Uint8Array>;
}

/** A pack assembled from printed documents (its `needs`) and a few printed pieces (cover, contents, blank page). */
export interface PackJob extends JobBase {
  type: 'pack';
  spec: PackSpec;
}

export type Job = PrintJob | FileJob | PackJob;
