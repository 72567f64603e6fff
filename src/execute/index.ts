/**
 * The executor: runs a job list. Each job waits for the outputs it needs, is reused when its key matches the
 * manifest, or is made (printed, assembled) a few at a time, written atomically and reported. A job that fails with
 * a user's error fails alone; a disk that cannot be written or a browser that cannot start stops the run.
 */

import { join } from 'node:path';
import { BrowserDisconnected, BrowserError, DocumentError, OutputError, UserError } from '../errors.js';
import { readInputFile } from '../load/files.js';
import type { DocumentResult } from '../model/index.js';
import type { Job } from '../plan/jobs.js';
import { settleAll } from '../settle.js';
import { type ManifestEntry, sha256 } from '../write/manifest.js';
import { type Made, type MakeEnv, makeOutput } from './make.js';

export { metadata } from './make.js';
export { printWithRetry } from './retry.js';

export interface ExecuteEnv extends MakeEnv {
  /** Writes an output to its path in the output folder and records it in the manifest. */
  store(entry: ManifestEntry, bytes: Uint8Array): Promise<void>;
  /** Outputs being made at once: enough to keep every tab busy, few enough that each renders just before it prints. */
  slots: number;
  /** True once the run is stopped (a signal, or a disk that cannot be written): no job starts after that. */
  interrupted(): boolean;
  interrupt(): void;
  report(result: DocumentResult): void;
}

/** Runs at most `n` tasks at once, in the order they arrive. */
export function limiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const queue: (() => void)[] = [];
  return async (task) => {
    if (running < n) running++;
    else await new Promise<void>((resume) => queue.push(resume)); // the finishing task hands over its place
    try {
      return await task();
    } finally {
      const next = queue.shift();
      if (next) next();
      else running--;
    }
  };
}

/** Runs every job (the planner lists a job after the jobs it needs); resolves when none is left running. */
export async function execute(jobs: Job[], env: ExecuteEnv): Promise<void> {
  const running = new Map<string, Promise<DocumentResult | undefined>>();
  const slot = limiter(env.slots);
  for (const job of jobs) {
    const before = job.needs.map((path) => running.get(path));
    running.set(job.path, run(job, before, env, slot));
  }
  await settleAll([...running.values()]);
}

async function run(
  job: Job,
  before: (Promise<DocumentResult | undefined> | undefined)[],
  env: ExecuteEnv,
  slot: ReturnType<typeof limiter>,
): Promise<DocumentResult | undefined> {
  const needed = await Promise.all(before);
  if (env.interrupted()) return undefined;
  let t0 = performance.now();
  const base = { path: job.path, kind: job.kind, lesson: job.lesson };
  const done = (result: DocumentResult) => {
    env.report(result);
    return result;
  };
  try {
    const broken = needed.find((r) => r?.status === 'failed');
    // Never a pack that mixes in a document from an older build.
    if (broken) throw new UserError(`not assembled: ${broken.path} failed (see above)`);
    const key = job.needs.length ? sha256([job.key, ...job.needs.map((path) => digest(path, env))].join('\n')) : job.key;
    const hit = env.entries.get(job.path);
    if (!env.force && hit?.key === key) return done({ ...base, status: 'cached', pages: hit.pages, ms: 0 });
    return await slot(async () => {
      if (env.interrupted()) return undefined;
      t0 = performance.now();
      const made = await makeOutput(job, key, env);
      await env.store(entryOf(job, key, made), made.bytes);
      // Time spent on this output, not waiting for a tab behind the others.
      const ms = Math.round(performance.now() - t0 - (made.waitedMs ?? 0));
      return done({ ...base, status: 'printed', pages: made.pages, ms, warnings: made.warnings, blocked: made.blocked });
    });
  } catch (e) {
    const error = failure(e, job, env);
    return error === undefined ? undefined : done({ ...base, status: 'failed', pages: 0, ms: Math.round(performance.now() - t0), error });
  }
}

/** The sha256 of an output a job needs: as the manifest lists it, or as it is on disk (made by another build). */
function digest(path: string, env: ExecuteEnv): string {
  const known = env.entries.get(path);
  if (known) return known.sha256;
  const read = readInputFile(join(env.outDir, path), path, { root: env.outDir, maxBytes: Number.MAX_SAFE_INTEGER });
  // A missing part is reported when the job reads it, with what to do.
  return 'bytes' in read ? sha256(read.bytes) : `missing ${path}`;
}

function entryOf(job: Job, key: string, made: Made): ManifestEntry {
  return {
    path: job.path,
    kind: job.kind,
    lesson: job.lesson,
    sha256: sha256(made.bytes),
    pages: made.pages,
    bytes: made.bytes.length,
    inputs: job.inputs,
    key,
    ...(job.type === 'file' ? { format: job.format } : {}),
    ...(job.version ? { version: job.version } : {}),
  };
}

/** The message a failed job is reported with, or undefined when the failure is not its own (then it is rethrown). */
function failure(e: unknown, job: Job, env: ExecuteEnv): string | undefined {
  // Stopping on a signal: outputs cut short are neither made nor failed.
  if (env.interrupted()) return undefined;
  // A disk that cannot be written stops the run: every other output would fail the same way.
  if (e instanceof OutputError) {
    env.interrupt();
    throw e;
  }
  // No browser at all stops the run (no job starts after it); one that died twice fails only this document.
  if (e instanceof BrowserError && !(e instanceof DocumentError) && !(e instanceof BrowserDisconnected)) {
    env.interrupt();
    throw e;
  }
  if (!(e instanceof UserError)) throw e;
  // The printer names the document in its messages; the report already does.
  return e.message.startsWith(`${job.path}: `) ? e.message.slice(job.path.length + 2) : e.message;
}
