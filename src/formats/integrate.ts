import { LESSON_DOCUMENTS, STUDENT_DOCUMENTS } from '../model/index.js';
import { type ManifestEntry, sha256 } from '../write/manifest.js';
import type { ChosenKind } from './choose.js';
import { outputReadme } from './readme.js';

/** Which packs a build with these kinds makes: a pack only when every document it holds is built. */
export function packKinds(kinds: Set<ChosenKind>) {
  const student = STUDENT_DOCUMENTS.every((k) => kinds.has(k));
  const teacher = LESSON_DOCUMENTS.every((k) => kinds.has(k));
  return { student, teacher, unit: teacher && kinds.has('unit-overview'), lessonPacks: Number(student) + Number(teacher) };
}

/** Writes README.txt (which file is for whom) for the files the manifest lists, unless it already says exactly that. */
export async function writeReadme(
  entries: Map<string, ManifestEntry>,
  generator: string,
  store: (entry: ManifestEntry, bytes: Uint8Array) => Promise<void>,
): Promise<void> {
  const text = new TextEncoder().encode(outputReadme([...entries.values()], generator));
  const key = sha256(text);
  if (entries.get('README.txt')?.key === key) return;
  await store({ path: 'README.txt', kind: 'readme', sha256: key, pages: 0, bytes: text.length, inputs: [], key, format: 'text' }, text);
}
