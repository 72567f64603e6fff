/** What the templates print to make a lesson teachable: standards, the plan by period, scaffolds, the exit ticket, scoring rules, the unit's summative task. */
import type { Messages } from '../i18n/index.js';
import type { LessonFile, ReferenceTable, Scaffolds, Scoring, Summative, UnitFile } from '../model/index.js';
import { markdownBlock, markdownInline } from '../text/markdown.js';
import { RULE_KIND_LABELS, type Rule, type RuleKind, ruleKind } from '../validate/scoring.js';
import { periodOf } from '../validate/teaching.js';

/** Which framework a standard's code belongs to. */
export const framework = (code: string): string => (code.startsWith('D2.') ? 'C3 Framework' : 'Common Core');

/** The catalogue key of a framework's printed name. */
const FRAMEWORK_KEYS: Record<string, string> = { 'C3 Framework': 'framework.c3', 'Common Core': 'framework.cc' };

export function standardsView(d: LessonFile, m: Messages) {
  return (d.standards ?? []).map((s) => {
    const id = framework(s.code);
    return { code: s.code, focus: s.focus ?? '', frameworkId: id, framework: m.t(FRAMEWORK_KEYS[id] ?? id) };
  });
}

/** The timing grouped by period, each with its total against the period's length. */
export function periodsView(d: LessonFile, m: Messages) {
  const periods: { number: number; minutes: number; rows: { activity: string; minutes: number }[] }[] = [];
  for (const row of d.timing ?? []) {
    const n = periodOf(row);
    let p = periods.find((x) => x.number === n);
    if (!p) {
      p = { number: n, minutes: 0, rows: [] };
      periods.push(p);
    }
    p.minutes += row.minutes;
    p.rows.push({ activity: row.activity, minutes: row.minutes });
  }
  periods.sort((a, b) => a.number - b.number);
  const length = d.periodMinutes;
  const count = periods.length;
  return {
    periods: periods.map((p) => ({
      ...p,
      label: count > 1 || length ? m.t('period.label', { number: p.number }) : '',
      minutesLabel: length ? m.t('period.minutesOf', { minutes: p.minutes, length }) : m.t('minutes', { count: p.minutes }),
    })),
    periodCount: count,
    periodMinutes: length ?? 0,
    /** "3 periods of 50 minutes", for the overviews. */
    periodsLabel: length ? m.t('periods', { count, length }) : '',
  };
}

export function scaffoldsView(s: Scaffolds | undefined) {
  const planning = s?.planning ?? [];
  const frames = s?.frames ?? [];
  const wordBank = s?.wordBank ?? [];
  return { hasScaffolds: planning.length + frames.length + wordBank.length > 0, planning, frames, wordBank };
}

export function exitTicketView(d: LessonFile) {
  const t = d.exitTicket;
  return t ? { promptHtml: markdownBlock(t.prompt), lines: t.lines, answerHtml: markdownBlock(t.answer) } : undefined;
}

/** The rule as the marking guide states it, in the document's language. */
function ruleText(kind: RuleKind, rule: Rule, m: Messages): string {
  if (rule === 'all-or-nothing') return m.t('rule.allOrNothing');
  return m.t(rule === 'minus-one-per-error' ? `rule.minusOne.${kind}` : `rule.perItem.${kind}`);
}

/** Rules as printed, one per kind, optionally only for the kinds given. */
function rulesView(scoring: Scoring, m: Messages, only?: Set<RuleKind>) {
  return (Object.keys(RULE_KIND_LABELS) as RuleKind[]).flatMap((k) => {
    const rule = scoring[k];
    return rule && (!only || only.has(k)) ? [{ kind: m.t(`rule.kind.${k}`), text: ruleText(k, rule, m) }] : [];
  });
}

/** The unit's scoring rules for the kinds of question this lesson has (only for a lesson of the unit). */
export function scoringRulesView(d: LessonFile, unit: UnitFile | undefined, m: Messages) {
  const scoring = unit?.lessons.includes(d.id) ? unit.scoring : undefined;
  if (!scoring) return [];
  return rulesView(scoring, m, new Set(d.sections.flatMap((s) => s.questions.flatMap((q) => ruleKind(q) ?? []))));
}

/** A rubric with each criterion's maximum and its levels highest first. */
export function rubricView(rubric: { criterion: string; levels: { points: number; description: string }[] }[]) {
  return rubric.map((c) => ({
    criterion: c.criterion,
    max: Math.max(...c.levels.map((l) => l.points)),
    levels: [...c.levels].sort((a, b) => b.points - a.points),
  }));
}

function summativeView(t: Summative) {
  return {
    title: t.title,
    promptHtml: markdownBlock(t.prompt),
    minutes: t.minutes ?? 0,
    points: t.points,
    planning: t.planning ?? [],
    teacherNoteHtml: t.teacherNote ? markdownBlock(t.teacherNote) : '',
    rubric: rubricView(t.rubric),
  };
}

const tableView = (t: ReferenceTable) => ({
  title: t.title,
  introHtml: t.intro ? markdownBlock(t.intro) : '',
  columns: t.columns,
  rows: t.rows.map((r) => r.map(markdownInline)),
  noteHtml: t.note ? markdownBlock(t.note) : '',
});

/** The unit's own teaching material: summative task, reference tables, notes, scoring rules. */
export function unitTeachingView(u: UnitFile, m: Messages) {
  return {
    summative: u.summative ? summativeView(u.summative) : undefined,
    referenceTables: (u.referenceTables ?? []).map(tableView),
    notesHtml: (u.notes ?? []).map(markdownBlock),
    scoringRules: rulesView(u.scoring ?? {}, m),
  };
}
