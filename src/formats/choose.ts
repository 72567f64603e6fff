/** What a build makes: which document kinds (--only), in which formats (--format), in how many versions (--versions). */
import { UserError } from '../errors.js';
import { DOCUMENT_KINDS, type DocumentKind, isOneOf, VERSION_LETTERS, type VersionLetter } from '../model/index.js';
import { closest } from '../validate/suggest.js';

export const OUTPUT_FORMATS = ['pdf', 'docx', 'html', 'qti'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
/** The kinds --only accepts: a lesson's documents and the unit overview. */
export type ChosenKind = DocumentKind;
/** The documents that come in A/B versions. */
export const VERSIONED_KINDS = ['worksheet', 'answer-key'] as const;

/** Names checked against a list, each unknown one named with the nearest known one. */
function pick<T extends string>(option: string, values: readonly string[], known: readonly T[]): T[] {
  const out: T[] = [];
  for (const raw of values) {
    const v = raw.trim().toLowerCase();
    if (!v) continue;
    if (!isOneOf(known, v)) {
      const near = closest(v, [...known]);
      throw new UserError(`${option}: unknown "${raw}"${near ? `: did you mean "${near}"?` : ''} (one or more of: ${known.join(', ')})`);
    }
    if (!out.includes(v)) out.push(v);
  }
  if (!out.length) throw new UserError(`${option} needs at least one of: ${known.join(', ')}`);
  return out;
}

/** The document kinds to build (all when not given). Throws UserError naming an unknown kind. */
export function chooseKinds(only?: readonly string[]): Set<ChosenKind> {
  return new Set(only ? pick('--only', only, DOCUMENT_KINDS) : DOCUMENT_KINDS);
}

/** The output formats (PDF when not given). Throws UserError naming an unknown format. */
export function chooseFormats(formats?: readonly string[]): Set<OutputFormat> {
  return new Set(formats ? pick('--format', formats, OUTPUT_FORMATS) : ['pdf']);
}

/** The version letters to print: none for 1 or unset, A..D for 2 to 4. Throws UserError otherwise. */
export function chooseVersions(versions?: number): VersionLetter[] {
  if (versions === undefined || versions === 1) return [];
  if (!Number.isInteger(versions) || versions < 1 || versions > VERSION_LETTERS.length)
    throw new UserError(`--versions must be a whole number from 1 to ${VERSION_LETTERS.length} (got "${versions}")`);
  return VERSION_LETTERS.slice(0, versions);
}

/** Splits a comma-separated option ("handout,worksheet") into its names. */
export const commaList = (value: string | undefined) => (value === undefined ? undefined : value.split(','));

/** A document's file name: kind, version letter, extension (worksheet-B.docx). */
export const documentFile = (lesson: string, kind: string, ext: string, version?: string) => `${lesson}/${kind}${version ? `-${version}` : ''}.${ext}`;
