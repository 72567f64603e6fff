/**
 * The data as it travels through the pipeline. A type says how far it has been checked:
 * RawLesson (parsed JSON) -> Lesson (schema-valid, cross-checked) -> ResolvedLesson (excerpts found in sources)
 * -> RenderedDocument (HTML) -> PrintedDocument (PDF bytes).
 */
import type { Node } from 'jsonc-parser';
import type { Diagnostic } from '../errors.js';
import type { ConfigFile } from './config.generated.js';
import type { PAPERS, QUESTION_KINDS } from './enums.generated.js';
import type { Document, LessonFile, Question } from './lesson.generated.js';
import type { SourceFile } from './source.generated.js';
import type { UnitFile } from './unit.generated.js';

/** A parsed JSON file that remembers where every value came from. */
export interface JsonDocument {
  file: string;
  text: string;
  value: unknown;
  tree: Node | undefined;
}

export type DocumentStatus = 'printed' | 'cached' | 'failed';

/** What became of one output of a build. */
export interface DocumentResult {
  path: string;
  kind: string;
  lesson?: string;
  status: DocumentStatus;
  pages: number;
  ms: number;
  error?: string;
  /** Answer-key questions whose answer overflows its writing space. */
  warnings?: string[];
  /** Requests the page attempted that were aborted (not project assets). */
  blocked?: string[];
}

export type * from './config.generated.js';
export * from './enums.generated.js';
export type * from './lesson.generated.js';
export type * from './source.generated.js';
export type * from './unit.generated.js';

/** A document's value as its schema's type once it passes the schema, or the located problems that stop it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; diagnostics: Diagnostic[] };

/** A parsed lesson file that has not been validated yet. */
export interface RawLesson {
  file: string;
  json: JsonDocument;
}

/** A lesson that passed the schema and the cross-checks. */
export interface Lesson {
  file: string;
  json: JsonDocument;
  data: LessonFile;
}

/** A source of the library: metadata plus verbatim text. */
export interface Source {
  file: string;
  textFile: string;
  meta: SourceFile;
  text: string;
}

/** One printed block of a quoted excerpt: a paragraph, or one of the source's own sub-headings. */
export interface QuotedBlock {
  kind: 'paragraph' | 'heading';
  /** Verbatim text, whitespace-normalized; cuts appear as "[…]". */
  text: string;
}

/** How hard a text is to read: its Flesch-Kincaid grade level and the counts behind it (see resolve/readability.ts). */
export interface ReadingLevel {
  words: number;
  sentences: number;
  syllables: number;
  /** U.S. school grade, one decimal (10.5 = the middle of grade 10); undefined for a text without words. */
  grade?: number;
}

/** An excerpt found in its source. */
export interface ResolvedExcerpt extends Document {
  sourceMeta: SourceFile;
  /** The quoted text as paragraphs and sub-headings, in order. */
  blocks: QuotedBlock[];
  /** The text of each block (sub-headings included), for word counts and plain-text uses. */
  paragraphs: string[];
  /** The text students read: the adapted version if there is one, else the excerpt after its cuts. */
  reading: ReadingLevel;
  /** The excerpt after its cuts (the same as `reading` when there is no adapted version). */
  original: ReadingLevel;
}

/** The reading levels of the lesson's own texts that students read. */
export interface LessonReading {
  background: ReadingLevel;
  /** Every question prompt of the worksheet, measured as one text. */
  prompts: ReadingLevel;
  /** Each prompt alone, by question id (short texts: a rough guide). */
  questions: Record<string, ReadingLevel>;
}

/** A lesson whose excerpts have been located in the source library. */
export interface ResolvedLesson extends Lesson {
  excerpts: ResolvedExcerpt[];
  /** Ids of the sources the lesson quotes, in first-use order. */
  sourceIds: string[];
  reading: LessonReading;
}

/** The unit definition. */
export interface Unit {
  file: string;
  json: JsonDocument;
  data: UnitFile;
}

export type Config = ConfigFile;

/** The documents printed per lesson, in the order of the teacher pack. */
export const LESSON_DOCUMENTS = ['overview', 'handout', 'worksheet', 'answer-key', 'marking-guide'] as const;
export type LessonDocumentKind = (typeof LESSON_DOCUMENTS)[number];
/** What a student pack holds: never anything from the key. */
export const STUDENT_DOCUMENTS = ['handout', 'worksheet'] as const satisfies readonly LessonDocumentKind[];
/** Every document kind a build prints (what --only accepts): a lesson's documents and the unit overview. */
export const DOCUMENT_KINDS = [...LESSON_DOCUMENTS, 'unit-overview'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Letters of the A/B versions a build can print (`--versions`, at most 4). */
export const VERSION_LETTERS = ['A', 'B', 'C', 'D'] as const;
export type VersionLetter = (typeof VERSION_LETTERS)[number];

export type Paper = (typeof PAPERS)[number];
/** Accessibility variants (`--variant`); non-standard ones print into a folder of their name. */
export const VARIANTS = ['standard', 'large-print', 'dyslexia'] as const;
export type Variant = (typeof VARIANTS)[number];
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Whether a string is one of a list's values (a typed check of user input against an enumeration). */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** One outline entry of a printed document (from its headings). */
export interface OutlineEntry {
  title: string;
  level: number;
  /** 1-based page the heading is on. */
  page: number;
}

/** A document rendered to HTML, ready to print. */
export interface RenderedDocument {
  /** Output path relative to the output folder, e.g. korean-war-cause/handout.pdf */
  path: string;
  kind: DocumentKind;
  lessonId?: string;
  title: string;
  subject: string;
  keywords: string[];
  author: string;
  html: string;
  /** Whether the document may contain teacher-only content. */
  teacherOnly: boolean;
  /** Files whose content affects the document (for the manifest and cache). */
  inputs: string[];
}

/** A printed PDF. */
export interface PrintedDocument extends Omit<RenderedDocument, 'html'> {
  pdf: Uint8Array;
  pages: number;
  outline: OutlineEntry[];
  /** Page (1-based) of each question id, for edition alignment. */
  questionPages: Record<string, number>;
  ms: number;
}

export type { Question };
