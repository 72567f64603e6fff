/** One worksheet question as the templates print it: number, labels, options with letters, answers and scoring. */
import type { Messages } from '../i18n/index.js';
import type { Matching, MultipleChoice, Ordering, Question, Variant, VersionLetter } from '../model/index.js';
import { markdownBlock, markdownInline } from '../text/markdown.js';
import type { FigureCache, FigureViews } from './figures/view.js';
import { answerInstruction } from './instructions.js';
import { stableShuffle, versionOrder } from './order.js';
import { rubricView, scaffoldsView } from './teaching-view.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** How a lesson is shown: as written, or as one of its A/B versions. */
export interface ViewOptions {
  version?: VersionLetter;
  /** The variant the maps are drawn for (their sizes differ). */
  variant?: Variant;
  figureCache?: FigureCache;
}

/** What a question's view needs besides the question: where it sits, the lesson's labels, messages and maps. */
export interface QuestionContext {
  lessonId: string;
  docLabels: Map<string, string>;
  m: Messages;
  figures: FigureViews;
  options: ViewOptions;
}

/** A message if the catalogue has it, else the raw value (a skill or kind added to the schema before its label). */
export const labelOr = (m: Messages, key: string, raw: string) => (m.has(key) ? m.t(key) : raw);

/** What every question shows, whatever its kind. */
function baseView(q: Question, number: number, { docLabels, m }: QuestionContext) {
  return {
    id: q.id,
    number,
    kind: q.kind,
    kindLabel: labelOr(m, `kind.${q.kind}`, q.kind),
    promptHtml: markdownBlock(q.prompt),
    points: q.points,
    pointsLabel: m.t('points.short', { count: q.points }),
    skill: labelOr(m, `skill.${q.skill}`, q.skill),
    documentIds: q.documents ?? [],
    documentsLabel: (q.documents ?? []).map((d) => docLabels.get(d) ?? d).join(', '),
    teacherNoteHtml: q.teacherNote ? markdownBlock(q.teacherNote) : '',
    instruction: answerInstruction(q, m),
    isExtension: q.tier === 'extension',
  };
}

/** Options lettered in the order this version prints them; the answer's letters follow. */
function multipleChoiceView(q: MultipleChoice, { lessonId, options }: QuestionContext) {
  const order =
    options.version && q.shuffle !== false
      ? versionOrder(
          q.options.map((o) => o.fixed ?? false),
          `${lessonId}/${q.id}`,
          options.version,
        )
      : q.options.map((_, i) => i);
  const shown = order.map((i) => q.options[i] as (typeof q.options)[number]);
  return {
    isMultipleChoice: true as const,
    select: q.select,
    options: shown.map((o, i) => ({ id: o.id, letter: LETTERS[i], html: markdownInline(o.text), correct: q.answer.includes(o.id) })),
    answerLetters: shown.flatMap((o, i) => (q.answer.includes(o.id) ? [LETTERS[i]] : [])).join(', '),
    explanationHtml: markdownBlock(q.explanation),
  };
}

/** Items as written, each with its place in the right order. */
function orderingView(q: Ordering) {
  const position = new Map(q.answer.map((id, i) => [id, i + 1]));
  return {
    isOrdering: true as const,
    items: q.items.map((it) => ({ id: it.id, text: it.text, position: position.get(it.id) ?? 0, date: it.date ?? '' })),
    sorted: q.answer.map((id) => q.items.find((it) => it.id === id)).map((it) => ({ text: it?.text ?? '', date: it?.date ?? '' })),
    explanationHtml: q.explanation ? markdownBlock(q.explanation) : '',
  };
}

/** The matches (and distractors) scrambled stably, lettered; each term with its match's letter. */
function matchingView(q: Matching, { lessonId, options }: QuestionContext) {
  const all = [...q.pairs.map((p) => p.match), ...(q.distractors ?? [])];
  const seed = `${lessonId}/${q.id}`;
  const choices = options.version
    ? versionOrder(
        all.map(() => false),
        seed,
        options.version,
      ).map((i) => all[i] as string)
    : stableShuffle(all, seed);
  return {
    isMatching: true as const,
    terms: q.pairs.map((p, i) => ({ number: i + 1, term: p.term, letter: LETTERS[choices.indexOf(p.match)] })),
    choices: choices.map((text, i) => ({ letter: LETTERS[i], text })),
  };
}

const scoringView = (scoring: { points: number; description: string }[] | undefined) =>
  (scoring ?? []).map((l) => ({ points: l.points, description: l.description }));

/** A question's view: what every question shows, plus what its kind shows. */
export function questionView(q: Question, number: number, ctx: QuestionContext) {
  const base = baseView(q, number, ctx);
  switch (q.kind) {
    case 'multiple-choice':
      return { ...base, ...multipleChoiceView(q, ctx) };
    case 'short-answer':
      return { ...base, isShortAnswer: true as const, lines: q.lines, answerHtml: markdownBlock(q.answer), scoring: scoringView(q.scoring) };
    case 'extended-response':
      return {
        ...base,
        isExtendedResponse: true as const,
        lines: q.lines,
        answerHtml: markdownBlock(q.answer),
        rubric: rubricView(q.rubric),
        ...scaffoldsView(q.scaffolds),
      };
    case 'table':
      return {
        ...base,
        isTable: true as const,
        rowHeader: q.rowHeader ?? '',
        columns: q.columns,
        lines: q.lines ?? 3,
        rows: q.rows.map((r) => ({ label: r.label, cells: q.columns.map((_, i) => r.answers[i] ?? '') })),
      };
    case 'ordering':
      return { ...base, ...orderingView(q) };
    case 'matching':
      return { ...base, ...matchingView(q, ctx) };
    case 'map': {
      // Getters, not values: the maps are drawn only when a template prints them.
      const maps = ctx.figures.question(q);
      return Object.defineProperties(
        { ...base, isMap: true, explanationHtml: markdownBlock(q.explanation), scoring: scoringView(q.scoring) },
        Object.getOwnPropertyDescriptors(maps),
      ) as typeof base & { isMap: true; explanationHtml: string; scoring: { points: number; description: string }[]; mapHtml: string; keyMapHtml: string };
    }
  }
}

export type QuestionView = ReturnType<typeof questionView>;
