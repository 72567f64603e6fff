/** Checks that a lesson can be taught as planned: periods that fit, standards listed once, an exit ticket with an answer. */
import type { LessonFile } from '../model/index.js';
import { plainText } from '../text/markdown.js';
import type { Problem } from './content.js';

/** A timing row's period (rows without one belong to period 1). */
export const periodOf = (row: { period?: number }): number => row.period ?? 1;

/** Timing rows must come period by period, and no period may hold more minutes than the lesson's periods have. */
export function checkTiming(data: LessonFile): Problem[] {
  const rows = data.timing ?? [];
  const problems: Problem[] = [];
  const limit = data.periodMinutes;
  const used = new Map<number, number>();
  let previous = 1;
  rows.forEach((row, i) => {
    const period = periodOf(row);
    if (period < previous)
      problems.push({
        pointer: `/timing/${i}/period`,
        code: 'timing/period-order',
        message: `period ${period} comes after period ${previous}`,
        hint: 'list the activities period by period, in teaching order',
      });
    previous = Math.max(previous, period);
    const total = (used.get(period) ?? 0) + row.minutes;
    used.set(period, total);
    // Reported once per period, at the row that tips it over.
    if (limit !== undefined && total > limit && total - row.minutes <= limit)
      problems.push({
        pointer: `/timing/${i}/minutes`,
        code: 'timing/period-too-long',
        message: `period ${period} plans ${rows.filter((r) => periodOf(r) === period).reduce((n, r) => n + r.minutes, 0)} minutes, but a period is ${limit} minutes ("periodMinutes")`,
        hint: 'shorten activities, move one to another period, or mark questions "tier": "extension" and take them out of the plan',
      });
  });
  const split = rows.findIndex((r) => r.period !== undefined && r.period > 1);
  if (limit === undefined && split >= 0)
    problems.push({
      pointer: `/timing/${split}/period`,
      code: 'timing/no-period-length',
      message: 'the plan is split into periods, but the lesson does not say how long a period is',
      hint: 'add "periodMinutes" (for example 50) next to "timing"',
    });
  return problems;
}

/** Each standard listed once. */
export function checkStandards(data: LessonFile): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  (data.standards ?? []).forEach((s, i) => {
    const first = seen.get(s.code);
    if (first !== undefined)
      problems.push({
        pointer: `/standards/${i}/code`,
        code: 'lesson/duplicate-standard',
        message: `standard "${s.code}" is listed twice`,
        hint: `the first is at /standards/${first}; say everything the lesson does for it in one "focus"`,
      });
    else seen.set(s.code, i);
  });
  return problems;
}

/** The exit ticket's answer prints in the key: it must say something. */
export function checkExitTicket(data: LessonFile): Problem[] {
  if (!data.exitTicket || plainText(data.exitTicket.answer).trim()) return [];
  return [
    {
      pointer: '/exitTicket/answer',
      code: 'question/no-answer',
      message: 'the exit ticket has nothing to print in the answer key',
      hint: 'write the model answer or what to look for; HTML tags and blank text print nothing',
    },
  ];
}

/** Every teaching check of a lesson. */
export function checkTeaching(data: LessonFile): Problem[] {
  return [...checkTiming(data), ...checkStandards(data), ...checkExitTicket(data)];
}
