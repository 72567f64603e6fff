/** The build's side of the formats: running file jobs with the cache and manifest, the packs --only allows, README.txt. */
import { UserError } from '../errors.js';
import { type DocumentResult, LESSON_DOCUMENTS, STUDENT_DOCUMENTS } from '../model/index.js';
import { type ManifestEntry, sha256 } from '../write/manifest.js';
import type { ChosenKind } from './choose.js';
import type { FileJob } from './jobs.js';
import { outputReadme } from './readme.js';

/** Which packs a build with these kinds makes: a pack only when every document it holds is built. */
export function packKinds(kinds: Set<ChosenKind>) {
  const student = STUDENT_DOCUMENTS.every((k) => kinds.has(k));
  const teacher = LESSON_DOCUMENTS.every((k) => kinds.has(k));
  return { student, teacher, unit: teacher && kinds.has('unit-overview'), lessonPacks: Number(student) + Number(teacher) };
}

interface FileJobRun {
  entries: Map<string, ManifestEntry>;
  force: boolean;
  interrupted: () => boolean;
  report: (r: DocumentResult) => void;
  store: (entry: ManifestEntry, bytes: Uint8Array) => Promise<void>;
  /** The project files a lesson's documents are made from (for the manifest). */
  inputs: (lesson: string) => string[];
}

/** Makes each file whose key changed (or reuses it), writes it atomically and lists it in the manifest. */
export async function runFileJobs(jobs: FileJob[], run: FileJobRun): Promise<void> {
  for (const job of jobs) {
    if (run.interrupted()) return;
    const hit = run.entries.get(job.path);
    const base = { path: job.path, kind: job.kind, lesson: job.lesson };
    if (!run.force && hit && hit.key === job.key) {
      run.report({ ...base, status: 'cached', pages: 0, ms: 0 });
      continue;
    }
    const t0 = performance.now();
    try {
      const bytes = await job.make();
      const entry: ManifestEntry = {
        ...base,
        sha256: sha256(bytes),
        pages: 0,
        bytes: bytes.length,
        inputs: run.inputs(job.lesson),
        key: job.key,
        format: job.format,
        ...(job.version ? { version: job.version } : {}),
      };
      await run.store(entry, bytes);
      run.report({ ...base, status: 'printed', pages: 0, ms: Math.round(performance.now() - t0) });
    } catch (e) {
      // A template that fails to render fails this file only, as it fails only its PDF.
      if (!(e instanceof UserError)) throw e;
      run.report({ ...base, status: 'failed', pages: 0, ms: Math.round(performance.now() - t0), error: e.message });
    }
  }
}

/** Writes README.txt (which file is for whom) for the files the manifest lists, unless it already says exactly that. */
export async function writeReadme(entries: Map<string, ManifestEntry>, generator: string, store: FileJobRun['store']): Promise<void> {
  const text = new TextEncoder().encode(outputReadme([...entries.values()], generator));
  const key = sha256(text);
  if (entries.get('README.txt')?.key === key) return;
  await store({ path: 'README.txt', kind: 'readme', sha256: key, pages: 0, bytes: text.length, inputs: [], key, format: 'text' }, text);
}
