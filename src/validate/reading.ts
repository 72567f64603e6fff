/** Reading-level warnings: a student text far above the lesson's grade band, with no easier version beside it. */
import type { Diagnostic } from '../errors.js';
import { locate } from '../load/json.js';
import type { ReadingLevel, ResolvedLesson } from '../model/index.js';

/** How far above the top of the band a text may read before the lesson is warned (more than this many grades). */
export const GRADES_ABOVE_BAND = 2;

/** The lowest and highest school grade a lesson is for (kindergarten is 0). */
export interface GradeBand {
  low: number;
  high: number;
}

const GRADE = String.raw`(k|\d{1,2})(?:st|nd|rd|th)?`;
const BAND = new RegExp(String.raw`^(?:grades?\s*)?${GRADE}(?:\s*(?:-|–|—|to|through)\s*${GRADE})?(?:\s+grades?)?$`, 'i');

/** Parses a lesson's free-text `gradeLevel` ("Grades 9-12", "Grade 8", "9th-10th grade", "K-2"); undefined if it is not one of those. */
export function gradeBand(text: string | undefined): GradeBand | undefined {
  const m = BAND.exec(text?.trim() ?? '');
  if (!m?.[1]) return undefined;
  const grade = (g: string) => (g.toLowerCase() === 'k' ? 0 : Number(g));
  const low = grade(m[1]);
  const high = m[2] ? grade(m[2]) : low;
  return low <= high && high <= 12 ? { low, high } : undefined;
}

/** A text that reads more than GRADES_ABOVE_BAND grades above the band's top. */
function tooHard(level: ReadingLevel, band: GradeBand): level is ReadingLevel & { grade: number } {
  return level.grade !== undefined && level.grade > band.high + GRADES_ABOVE_BAND;
}

/**
 * Warnings for the texts of a lesson that students read and that are too hard for its grade band: each document
 * shown as quoted (no `adapted` version), and the background. A lesson whose `gradeLevel` is missing or not a band
 * gets none. Question prompts are not warned about: a grade measured on one or two sentences says little.
 */
export function readingWarnings(lesson: ResolvedLesson): Diagnostic[] {
  const band = gradeBand(lesson.data.gradeLevel);
  if (!band) return [];
  const bandText = lesson.data.gradeLevel ?? '';
  const warn = (pointer: string, what: string, grade: number, hint: string): Diagnostic => ({
    file: lesson.file,
    ...locate(lesson.json, pointer),
    pointer,
    severity: 'warning',
    code: 'reading/above-band',
    message: `${what} reads at grade ${grade.toFixed(1)} (Flesch-Kincaid), more than ${GRADES_ABOVE_BAND} grades above the lesson's band (${bandText})`,
    hint,
  });
  const out: Diagnostic[] = [];
  // Flesch-Kincaid measures English: a background written in another language is not graded.
  const english = (lesson.data.language ?? 'en').toLowerCase().startsWith('en');
  if (english && tooHard(lesson.reading.background, band))
    out.push(warn('/background/body', 'the background', lesson.reading.background.grade, 'rewrite it in shorter sentences and plainer words'));
  for (const e of lesson.excerpts) {
    if (e.adapted || !tooHard(e.reading, band)) continue;
    const i = lesson.data.documents.findIndex((d) => d.id === e.id);
    out.push(
      warn(
        `/documents/${i}`,
        e.label,
        e.reading.grade,
        'add an "adapted" version (shorter sentences, plainer words, with "changes" saying what you changed): students read it, the marking guide keeps the original',
      ),
    );
  }
  return out;
}
