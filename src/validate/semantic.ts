import type { Diagnostic } from '../errors.js';
import type { LessonFile, RawLesson } from '../model/index.js';
import { checkAnswers, checkImages, checkMarkdownDepth, checkPlaceholders, located, type Problem } from './content.js';
import { checkFigures } from './figures.js';
import { checkLanguage } from './language.js';
import { closest } from './suggest.js';
import { checkTeaching } from './teaching.js';

function duplicates(items: { id: string; pointer: string }[], what: string): Problem[] {
  const seen = new Map<string, string>();
  const out: Problem[] = [];
  for (const { id, pointer } of items) {
    const first = seen.get(id);
    if (first)
      out.push({ pointer, code: 'lesson/duplicate-id', message: `duplicate ${what} id "${id}"`, hint: `the first is at ${first}; ids must be unique` });
    else seen.set(id, pointer);
  }
  return out;
}

/** Checks a schema-valid lesson for what a schema cannot express. */
export function checkLesson(data: LessonFile, fileBase: string): Problem[] {
  const problems: Problem[] = [];
  if (fileBase !== data.id) {
    problems.push({
      pointer: '/id',
      code: 'lesson/id-mismatch',
      message: `lesson id "${data.id}" does not match the file name ${fileBase}.json`,
      // A file name that is no valid id (e.g. "Berlin Airlift") cannot be suggested as one.
      hint: /^[a-z0-9]+(-[a-z0-9]+)*$/.test(fileBase)
        ? `rename the file to ${data.id}.json, or set "id": "${fileBase}"`
        : `rename the file to ${data.id}.json (a lesson's file name is its id: lowercase letters, digits and single hyphens)`,
    });
  }
  const docIds = data.documents.map((d) => d.id);
  problems.push(
    ...duplicates(
      data.documents.map((d, i) => ({ id: d.id, pointer: `/documents/${i}/id` })),
      'document',
    ),
  );
  problems.push(
    ...duplicates(
      data.sections.map((s, i) => ({ id: s.id, pointer: `/sections/${i}/id` })),
      'section',
    ),
  );
  const allQuestions = data.sections.flatMap((s, si) => s.questions.map((q, qi) => ({ q, base: `/sections/${si}/questions/${qi}` })));
  problems.push(
    ...duplicates(
      allQuestions.map(({ q, base }) => ({ id: q.id, pointer: `${base}/id` })),
      'question',
    ),
  );
  const refDoc = (id: string, pointer: string) => {
    if (!docIds.includes(id)) {
      const guess = closest(id, docIds);
      problems.push({
        pointer,
        code: 'lesson/unknown-document',
        message: `unknown document "${id}"`,
        hint: guess ? `did you mean "${guess}"?` : `documents in this lesson: ${docIds.join(', ')}`,
      });
    }
  };
  (data.teacherNotes ?? []).forEach((n, i) => {
    if (n.about) refDoc(n.about, `/teacherNotes/${i}/about`);
  });
  for (const { q, base } of allQuestions) {
    /** The points a scoring scheme gives at most must be what the question is worth. */
    const worth = (max: number, what: string, pointer: string, code: string, hint: string) => {
      if (max !== q.points) problems.push({ pointer, code, message: `${what} ${max} point(s) but the question is worth ${q.points}`, hint });
    };
    (q.documents ?? []).forEach((d, i) => {
      refDoc(d, `${base}/documents/${i}`);
    });
    switch (q.kind) {
      case 'multiple-choice': {
        const ids = q.options.map((o) => o.id);
        problems.push(
          ...duplicates(
            q.options.map((o, i) => ({ id: o.id, pointer: `${base}/options/${i}/id` })),
            'option',
          ),
        );
        q.answer.forEach((a, i) => {
          if (!ids.includes(a))
            problems.push({
              pointer: `${base}/answer/${i}`,
              code: 'question/answer-not-an-option',
              message: `answer "${a}" is not one of the options`,
              hint: `options: ${ids.join(', ')}`,
            });
        });
        if (new Set(q.answer).size !== q.answer.length)
          problems.push({ pointer: `${base}/answer`, code: 'question/duplicate-answer', message: 'the answer lists an option twice' });
        if (q.select === 'one' && q.answer.length !== 1)
          problems.push({
            pointer: `${base}/answer`,
            code: 'question/answer-count',
            message: `"select": "one" needs exactly one correct option, found ${q.answer.length}`,
            hint: 'use "select": "all-that-apply" for several correct options',
          });
        if (q.answer.length === q.options.length)
          problems.push({
            pointer: `${base}/answer`,
            code: 'question/answer-count',
            message: 'every option is marked correct',
            hint: 'add at least one wrong option',
          });
        break;
      }
      case 'ordering': {
        const ids = q.items.map((o) => o.id);
        problems.push(
          ...duplicates(
            q.items.map((o, i) => ({ id: o.id, pointer: `${base}/items/${i}/id` })),
            'item',
          ),
        );
        const missing = ids.filter((id) => !q.answer.includes(id));
        const extra = q.answer.filter((id) => !ids.includes(id));
        if (missing.length || extra.length || q.answer.length !== ids.length)
          problems.push({
            pointer: `${base}/answer`,
            code: 'question/answer-not-a-permutation',
            message: 'the answer must list every item id exactly once',
            hint:
              [missing.length ? `missing: ${missing.join(', ')}` : '', extra.length ? `not items: ${extra.join(', ')}` : ''].filter(Boolean).join('; ') ||
              'an id is listed twice',
          });
        if (ids.every((id, i) => q.answer[i] === id))
          problems.push({
            pointer: `${base}/items`,
            code: 'question/not-scrambled',
            message: 'the items are already in the correct order',
            hint: 'list the items scrambled; `answer` gives the order',
          });
        break;
      }
      case 'table':
        q.rows.forEach((r, i) => {
          if (r.answers.length !== q.columns.length)
            problems.push({
              pointer: `${base}/rows/${i}/answers`,
              code: 'question/table-answers',
              message: `row "${r.label}" has ${r.answers.length} answer(s) for ${q.columns.length} column(s)`,
              hint: 'give one model answer per column, in column order',
            });
        });
        break;
      case 'matching': {
        problems.push(
          ...duplicates(
            q.pairs.map((p, i) => ({ id: p.term, pointer: `${base}/pairs/${i}/term` })),
            'term',
          ),
        );
        problems.push(
          ...duplicates(
            [
              ...q.pairs.map((p, i) => ({ id: p.match, pointer: `${base}/pairs/${i}/match` })),
              ...(q.distractors ?? []).map((d, i) => ({ id: d, pointer: `${base}/distractors/${i}` })),
            ],
            'match',
          ),
        );
        break;
      }
      case 'short-answer':
      case 'map':
        if (q.scoring?.length)
          worth(
            Math.max(...q.scoring.map((l) => l.points)),
            'the top scoring level is',
            `${base}/scoring`,
            'question/points-mismatch',
            'make the highest level equal to "points"',
          );
        break;
      case 'extended-response':
        worth(
          q.rubric.reduce((n, c) => n + Math.max(...c.levels.map((l) => l.points)), 0),
          'rubric criteria add up to',
          `${base}/rubric`,
          'question/rubric-total',
          'the highest level of each criterion is its maximum; their sum must equal "points"',
        );
        break;
    }
  }
  problems.push(
    ...checkLanguage(data.language, '/language'),
    ...checkAnswers(data),
    ...checkImages(data),
    ...checkPlaceholders(data),
    ...checkTeaching(data),
    ...checkFigures(data),
    ...checkMarkdownDepth(data),
  );
  return problems;
}

/** Runs checkLesson and locates each problem in the file. */
export function semanticDiagnostics(raw: RawLesson, data: LessonFile, fileBase: string): Diagnostic[] {
  return located(raw.file, raw.json, checkLesson(data, fileBase));
}
