/** Checks of what a lesson's text will print: every question has an answer in the key, and no image silently disappears. */
import { toPointer } from '../load/json.js';
import type { LessonFile, Question } from '../model/index.js';
import { plainText } from '../render/markdown.js';

export type Problem = { pointer: string; code: string; message: string; hint?: string; key?: boolean };

/** Text an author leaves for later; printed in a key, it would look like an answer. */
const PLACEHOLDER = /^(?:(?:todo|tbd|tba|fixme|xxx+)(?:\W.*)?|\?+|\.{3}|…)$/is;

/** The texts the answer key prints for a question, each with its pointer below the question. */
function keyTexts(q: Question): { path: (string | number)[]; text: string }[] {
  switch (q.kind) {
    case 'short-answer':
    case 'extended-response':
      return [{ path: ['answer'], text: q.answer }];
    case 'table':
      return q.rows.flatMap((r, ri) => r.answers.map((text, ai) => ({ path: ['rows', ri, 'answers', ai], text })));
    case 'matching':
      return q.pairs.map((p, i) => ({ path: ['pairs', i, 'match'], text: p.match }));
    case 'multiple-choice':
      return [{ path: ['explanation'], text: q.explanation }];
    case 'ordering':
      return q.explanation ? [{ path: ['explanation'], text: q.explanation }] : [];
    case 'map':
      return [{ path: ['explanation'], text: q.explanation }];
  }
}

/** Questions whose key would print nothing (blank, or only markup the sanitizer removes) or a placeholder. */
export function checkAnswers(data: LessonFile): Problem[] {
  const problems: Problem[] = [];
  data.sections.forEach((s, si) => {
    s.questions.forEach((q, qi) => {
      for (const { path, text } of keyTexts(q)) {
        const shown = plainText(text).trim();
        const pointer = toPointer(['sections', si, 'questions', qi, ...path]);
        if (!shown)
          problems.push({
            pointer,
            code: 'question/no-answer',
            message: `question "${q.id}" has nothing to print in the answer key here`,
            hint: 'write the model answer teachers will see; HTML tags and blank text print nothing',
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
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const m = /!\[[^\]]*\]\(\s*<?([^)\s>]*)/.exec(value);
      if (m)
        problems.push({
          pointer: toPointer(path),
          code: 'lesson/image',
          message: `image ${m[1] ? `"${m[1]}" ` : ''}will not print: lesson text cannot show images`,
          hint: 'describe what the image shows in words; a school logo goes in lessonpack.config.json ("logo")',
        });
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(v, [...path, i]);
    } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(data, []);
  return problems;
}
