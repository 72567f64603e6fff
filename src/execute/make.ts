/** Making one output's bytes, by job type: a printed document, a file made without the browser, a pack. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentError, UserError } from '../errors.js';
import { readInputFile } from '../load/files.js';
import { makePack, type PackServices } from '../pack/make.js';
import { finalizePdf, type PdfMetadata } from '../pdf/index.js';
import type { Job, PrintJob, Rendered } from '../plan/jobs.js';
import type { PrintResult } from '../print/printer.js';
import { writeAtomic } from '../write/atomic.js';
import { type ManifestEntry, sha256 } from '../write/manifest.js';

/** Largest document read into a pack. */
const MAX_PART_BYTES = 256 * 1024 * 1024;

/** What the executor lends to the jobs it runs. */
export interface MakeEnv {
  outDir: string;
  /** Where printed pack pieces are cached (the user's cache folder, never the checkout). */
  cacheDir: string;
  /** Outputs on disk, as the manifest lists them. */
  entries: Map<string, ManifestEntry>;
  force: boolean;
  /** Hash of everything every output depends on: a piece's cache key starts with it. */
  common: string;
  date: Date;
  /** Font families a finished PDF may embed. */
  families: readonly string[];
  /** Prints HTML (with one retry on a new browser or tab if it died). */
  print(html: string, label: string): Promise<PrintResult>;
  /** Also writes each printed document's HTML here (template debugging; the benchmark's floor). */
  htmlDir?: string;
}

export interface Made {
  bytes: Uint8Array;
  pages: number;
  warnings?: string[];
  blocked?: string[];
  /** Time spent waiting for a free tab (not this output's own cost). */
  waitedMs?: number;
}

/** A PDF's document information; `language` (BCP 47) becomes the catalog's /Lang. */
export function metadata(about: Omit<Rendered, 'html'>, id: string, date: Date): PdfMetadata {
  // The schema's promise: a lesson's "author" is the PDF's; documents without one name lessonpack.
  return { title: about.title, author: about.author || 'lessonpack', subject: about.subject, keywords: about.keywords, language: about.language, date, id };
}

export async function makeOutput(job: Job, key: string, env: MakeEnv): Promise<Made> {
  switch (job.type) {
    case 'print':
      return printDocument(job, key, env);
    case 'file':
      return { bytes: await job.make(), pages: 0 };
    case 'pack': {
      const about = { title: job.spec.title, subject: job.spec.subject, keywords: ['lesson pack'], language: job.spec.language, author: job.spec.author };
      const pack = await makePack(job.spec, metadata(about, key, env.date), packServices(env, job.spec.language));
      return { bytes: pack.pdf, pages: pack.pages };
    }
  }
}

async function printDocument(job: PrintJob, key: string, env: MakeEnv): Promise<Made> {
  let doc: Rendered;
  try {
    doc = job.render();
  } catch (e) {
    // Input too deep or too long for the renderer's stack or strings: this document fails, the others go on.
    throw e instanceof RangeError ? new DocumentError(`rendering failed: ${e.message}`, [], { cause: e }) : e;
  }
  if (env.htmlDir) await writeAtomic(join(env.htmlDir, job.path.replace(/\.pdf$/, '.html')), doc.html);
  const printed = await env.print(doc.html, job.path);
  const { pdf, pages } = await finalizePdf(printed.pdf, metadata(doc, key, env.date), env.families);
  return {
    bytes: pdf,
    pages,
    waitedMs: printed.waitedMs,
    warnings: printed.overflowing.length ? printed.overflowing : undefined,
    blocked: printed.blocked.length ? printed.blocked : undefined,
  };
}

/** A pack's documents come from the output folder; its pieces are printed once and cached by content. */
function packServices(env: MakeEnv, language: string): PackServices {
  return {
    output: async (path) => {
      const read = readInputFile(join(env.outDir, path), path, { root: env.outDir, maxBytes: MAX_PART_BYTES });
      if (!('bytes' in read)) {
        if (read.problem === 'missing') throw new UserError(`${path} is missing: build its lesson first (lessonpack build), then run lessonpack pack`);
        throw new UserError(`${path} cannot be packed: ${'diagnostic' in read ? read.diagnostic.message : read.problem}`);
      }
      // A document this build knows must still be the file it printed or verified (not one swapped in meanwhile).
      const known = env.entries.get(path);
      if (known && sha256(read.bytes) !== known.sha256) throw new UserError(`${path} changed while the packs were made: build again`);
      return read.bytes;
    },
    piece: async (name, html) => {
      const key = sha256(`${env.common}\n${language}\n${html}`);
      const file = join(env.cacheDir, `${name}-${key.slice(0, 16)}.pdf`);
      if (!env.force && existsSync(file)) return readFile(file);
      const printed = await env.print(html, name);
      const about = { title: name, subject: name, keywords: ['lesson pack'], language };
      const { pdf } = await finalizePdf(printed.pdf, metadata(about, key, env.date), env.families);
      await writeAtomic(file, pdf);
      return pdf;
    },
    // Printed as Chromium makes it: only its pages' content is drawn onto the pack, never its metadata or tags.
    print: async (html, label) => (await env.print(html, label)).pdf,
  };
}
