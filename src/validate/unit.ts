/** Checks of a schema-valid unit that a schema cannot express, and of its lessons against the unit's scoring rules. */
import type { Diagnostic } from '../errors.js';
import type { ResolvedLesson, UnitFile } from '../model/index.js';
import { located, type Problem } from './content.js';
import { checkLanguage } from './language.js';
import { checkScoring } from './scoring.js';

/** The language has a catalogue; the summative rubric adds up to the task's points; every reference-table row has one cell per column. */
export function checkUnit(data: UnitFile): Problem[] {
  const problems: Problem[] = checkLanguage(data.language, '/language');
  const task = data.summative;
  if (task) {
    const total = task.rubric.reduce((n, c) => n + Math.max(...c.levels.map((l) => l.points)), 0);
    if (total !== task.points)
      problems.push({
        pointer: '/summative/rubric',
        code: 'question/rubric-total',
        message: `rubric criteria add up to ${total} point(s) but the task is worth ${task.points}`,
        hint: 'the highest level of each criterion is its maximum; their sum must equal "points"',
      });
  }
  (data.referenceTables ?? []).forEach((t, ti) => {
    t.rows.forEach((row, ri) => {
      if (row.length !== t.columns.length)
        problems.push({
          pointer: `/referenceTables/${ti}/rows/${ri}`,
          code: 'unit/table-row',
          message: `row ${ri + 1} of "${t.title}" has ${row.length} cell(s) for ${t.columns.length} column(s)`,
          hint: 'give one cell per column, in column order',
        });
    });
  });
  return problems;
}

/** The unit's lessons checked against its scoring rules; diagnostics point into each lesson file. */
export function scoringDiagnostics(unit: UnitFile, lessons: ResolvedLesson[]): Diagnostic[] {
  const scoring = unit.scoring;
  if (!scoring) return [];
  return lessons.filter((l) => unit.lessons.includes(l.data.id)).flatMap((l) => located(l.file, l.json, checkScoring(l.data, scoring)));
}
