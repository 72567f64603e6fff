/** Checks of what a lesson's text will print: every question has an answer in the key, and no image silently disappears. */
import type { Diagnostic } from '../errors.js';
import { type JsonDocument, locate, toPointer } from '../load/json.js';
import type { LessonFile, Question } from '../model/index.js';
import { plainText } from '../text/markdown.js';

export type Problem = { pointer: string; code: string; message: string; hint?: string; key?: boolean };

/** Problems found in a file's JSON, as diagnostics located in the file. */
export function located(file: string, doc: JsonDocument, problems: Problem[]): Diagnostic[] {
  return problems.map((p) => ({
    file,
    ...locate(doc, p.pointer, { key: p.key }),
    pointer: p.pointer,
    severity: 'error',
    code: p.code,
    message: p.message,
    hint: p.hint,
  }));
}

/** Text an author leaves for later; printed in a key, it would look like an answer. */
const PLACEHOLDER = /^(?:(?:todo|tbd|tba|fixme|xxx+)(?:\W.*)?|\?+|\.{3}|…)$/is;

/** The texts the answer key prints for a question, each with its pointer below the question. */
function keyTexts(q: Question): { path: (string | number)[]; text: string; markdown: boolean }[] {
  switch (q.kind) {
    case 'short-answer':
    case 'extended-response':
      return [{ path: ['answer'], text: q.answer, markdown: true }];
    // Table answers and matches are plain text: printed exactly as typed, tags included.
    case 'table':
      return q.rows.flatMap((r, ri) => r.answers.map((text, ai) => ({ path: ['rows', ri, 'answers', ai], text, markdown: false })));
    case 'matching':
      return q.pairs.map((p, i) => ({ path: ['pairs', i, 'match'], text: p.match, markdown: false }));
    case 'multiple-choice':
      return [{ path: ['explanation'], text: q.explanation, markdown: true }];
    case 'ordering':
      return q.explanation ? [{ path: ['explanation'], text: q.explanation, markdown: true }] : [];
    case 'map':
      return [{ path: ['explanation'], text: q.explanation, markdown: true }];
  }
}

/** Questions whose key would print nothing (blank, or only markup the sanitizer removes) or a placeholder. */
export function checkAnswers(data: LessonFile): Problem[] {
  const problems: Problem[] = [];
  data.sections.forEach((s, si) => {
    s.questions.forEach((q, qi) => {
      for (const { path, text, markdown } of keyTexts(q)) {
        const shown = (markdown ? plainText(text) : text).trim();
        const pointer = toPointer(['sections', si, 'questions', qi, ...path]);
        if (!shown)
          problems.push({
            pointer,
            code: 'question/no-answer',
            message: `question "${q.id}" has nothing to print in the answer key here`,
            hint: `write the model answer teachers will see; blank text prints nothing${markdown ? ', and in this Markdown field neither do HTML tags' : ''}`,
          });
        else if (PLACEHOLDER.test(shown))
          problems.push({
            pointer,
            code: 'question/placeholder-answer',
            message: `question "${q.id}" has a placeholder instead of an answer: ${JSON.stringify(shown.slice(0, 40))}`,
            hint: 'write the model answer teachers will see in the answer key',
          });
      }
    });
  });
  return problems;
}

/**
 * Markdown images in lesson text: lesson text prints words only, so they would vanish from the PDF. (Raw HTML, an
 * <img> included, is documented as removed and is not reported: hostile or pasted markup must still build.)
 */
export function checkImages(data: LessonFile): Problem[] {
  const problems: Problem[] = [];
  for (const { text, path } of strings(data)) {
    const m = /!\[[^\]]*\]\(\s*<?([^)\s>]*)/.exec(text);
    if (m)
      problems.push({
        pointer: toPointer(path),
        code: 'lesson/image',
        message: `image ${m[1] ? `"${m[1]}" ` : ''}will not print: lesson text cannot show images`,
        hint: 'describe what the image shows in words; a school logo goes in lessonpack.config.json ("logo")',
      });
  }
  return problems;
}

/** Every string in a lesson, with its path. */
function* strings(value: unknown, path: (string | number)[] = []): Generator<{ text: string; path: (string | number)[] }> {
  if (typeof value === 'string') yield { text: value, path };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/** The text `lessonpack new` writes for the writer to replace (templates/starter-lesson.json; a test keeps them in step). */
export const STARTER_PLACEHOLDERS = [
  'New Lesson: Replace This Title',
  'Your unit',
  'Your name',
  'Replace this with a question students can argue either way.',
  'Write a short reading here in **Markdown** so students can place the documents in time.',
  'Say who wrote the document, when, what kind of text it is, and why it matters.',
];

/** Placeholder text from `lessonpack new` still in the lesson: it would print as if it were the lesson's own. */
export function checkPlaceholders(data: LessonFile): Problem[] {
  return [...strings(data)]
    .filter(({ text }) => STARTER_PLACEHOLDERS.includes(text.trim()))
    .map(({ text, path }) => ({
      pointer: toPointer(path),
      code: 'lesson/placeholder',
      message: `placeholder text from "lessonpack new" is still here: ${JSON.stringify(text.trim())}`,
      hint: 'replace it with your own text',
    }));
}

/** Deepest nesting of Markdown quotes and lists that prints; a lesson needs three or four. */
export const MAX_MARKDOWN_DEPTH = 16;

/** A line's leading quote and list markers (">", "-", "*", "+", "1.", "1)"), with the indentation before each. */
const CONTAINERS = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t>]|$))*/;

/**
 * How deeply Markdown containers nest on the deepest line: every quote or list marker at the start of a line opens
 * one, and so does every second column of indentation before a marker (a nested list). Linear in the text, so it
 * runs before marked, whose parser recurses once per level and overflows the stack at a few thousand.
 */
export function markdownDepth(text: string): number {
  let max = 0;
  for (const line of text.split('\n')) {
    const prefix = CONTAINERS.exec(line)?.[0] ?? '';
    if (!prefix) continue;
    const markers = prefix.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
    const indent = /^[ \t]*/.exec(prefix)?.[0].replace(/\t/g, '    ').length ?? 0;
    max = Math.max(max, markers + Math.floor(indent / 2));
  }
  return max;
}

/** Strings (of a lesson or unit) whose Markdown nests deeper than can print. */
export function checkMarkdownDepth(data: unknown): Problem[] {
  return [...strings(data)].flatMap(({ text, path }) => {
    const depth = markdownDepth(text);
    return depth > MAX_MARKDOWN_DEPTH
      ? [
          {
            pointer: toPointer(path),
            code: 'markdown/too-deep',
            message: `Markdown is nested ${depth} levels deep (quotes ">" and lists); at most ${MAX_MARKDOWN_DEPTH} levels print`,
            hint: 'remove the extra ">", "-" or "1." at the start of the line',
          },
        ]
      : [];
  });
}
