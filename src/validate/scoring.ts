/**
 * The unit's scoring rules: one per question kind (ordering, matching, select-all), stated in every marking guide
 * and checked against each question's points, so a teacher marks the same way in every lesson.
 */
import type { LessonFile, Question, Scoring } from '../model/index.js';
import type { Problem } from './content.js';

export type RuleKind = keyof Scoring;
export type Rule = NonNullable<Scoring[RuleKind]>;

/** The kind of question a rule applies to, or none. */
export function ruleKind(q: Question): RuleKind | undefined {
  if (q.kind === 'ordering') return 'ordering';
  if (q.kind === 'matching') return 'matching';
  if (q.kind === 'multiple-choice' && q.select === 'all-that-apply') return 'selectAll';
  return undefined;
}

/** What is counted: items to order, pairs to match, options to mark or leave. */
const COUNTED: Record<RuleKind, { what: string; count: (q: Question) => number }> = {
  ordering: { what: 'item', count: (q) => (q.kind === 'ordering' ? q.items.length : 0) },
  matching: { what: 'pair', count: (q) => (q.kind === 'matching' ? q.pairs.length : 0) },
  selectAll: { what: 'option', count: (q) => (q.kind === 'multiple-choice' ? q.options.length : 0) },
};

/** Each kind as validation messages name it (the printed headings come from the message catalogues). */
export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  ordering: 'Ordering',
  matching: 'Matching',
  selectAll: 'Mark all that apply',
};

/** The largest number of points a rule allows for a question with `n` counted things (min and max). */
function range(kind: RuleKind, rule: Rule, n: number): [number, number] {
  if (rule === 'all-or-nothing') return [1, 100];
  if (rule === 'minus-one-per-error') return [1, kind === 'ordering' ? n - 1 : n];
  return [n, n];
}

/** Questions whose points do not fit the unit's rule for their kind. */
export function checkScoring(data: LessonFile, scoring: Scoring): Problem[] {
  const problems: Problem[] = [];
  data.sections.forEach((s, si) => {
    s.questions.forEach((q, qi) => {
      const kind = ruleKind(q);
      const rule = kind && scoring[kind];
      if (!kind || !rule) return;
      const { what, count } = COUNTED[kind];
      const n = count(q);
      const [min, max] = range(kind, rule, n);
      if (q.points >= min && q.points <= max) return;
      const allowed = min === max ? `${min}` : `${min} to ${max}`;
      problems.push({
        pointer: `/sections/${si}/questions/${qi}/points`,
        code: 'question/scoring-rule',
        message: `question "${q.id}" is worth ${q.points} point(s), but the unit's "${rule}" rule for ${RULE_KIND_LABELS[kind].toLowerCase()} questions with ${n} ${what}s allows ${allowed}`,
        hint: `set "points" to ${allowed}, or change the rule in unit.json ("scoring"); every lesson of the unit follows it`,
      });
    });
  });
  return problems;
}
