/** Validation of the teaching fields (periods, standards, tiers, exit tickets) and of the unit's summative task, tables and scoring rules. */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/errors.js';
import { validate as validateProject } from '../src/index.js';
import { repoRoot, tempDir } from './helpers.js';

const mini = join(repoRoot, 'tests/fixtures/projects/mini');
let root = '';
const lessonFile = () => join(root, 'lessons/mini-lesson.json');
const lesson = () => JSON.parse(readFileSync(lessonFile(), 'utf8'));
const save = (data: unknown) => writeFileSync(lessonFile(), JSON.stringify(data, null, 2));
const saveUnit = (data: unknown) => writeFileSync(join(root, 'lessons/unit.json'), JSON.stringify(data, null, 2));
const unit = (extra: Record<string, unknown>) => ({
  id: 'mini-unit',
  title: 'Mini unit',
  summary: 'A unit of one lesson.',
  lessons: ['mini-lesson'],
  ...extra,
});

/** First line (file:line:col  pointer  message) of every diagnostic. */
async function heads(): Promise<string[]> {
  const { diagnostics } = await validateProject({ root });
  return diagnostics.map((d) => formatDiagnostic(d).split('\n')[0] ?? '');
}
async function all(): Promise<string> {
  const { diagnostics } = await validateProject({ root });
  return diagnostics.map(formatDiagnostic).join('\n');
}

beforeEach(() => {
  root = tempDir();
  cpSync(mini, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('teaching fields of a lesson', () => {
  it('valid teaching fields pass', async () => {
    const d = lesson();
    d.standards = [{ code: 'D2.His.16.9-12', focus: 'The claim.' }, { code: 'RH.11-12.6' }, { code: 'WHST.9-10.1b' }];
    d.periodMinutes = 50;
    d.timing = [
      { period: 1, activity: 'Read', minutes: 30 },
      { period: 1, activity: 'Questions', minutes: 20 },
      { period: 2, activity: 'Claim', minutes: 40 },
    ];
    d.sections[0].questions[1].tier = 'extension';
    d.sections[0].questions[5].scaffolds = { planning: ['My claim'], frames: ['Document ____ shows ____.'], wordBank: ['armistice'] };
    d.exitTicket = { prompt: 'Who started it?', lines: 3, answer: 'Kim, with Stalin.' };
    save(d);
    expect(await heads()).toEqual([]);
  });

  it('a period with more minutes than a period has fails at the row that tips it over', async () => {
    const d = lesson();
    d.periodMinutes = 45;
    d.timing = [
      { period: 1, activity: 'Read', minutes: 20 },
      { period: 1, activity: 'Questions', minutes: 30 },
      { period: 2, activity: 'Claim', minutes: 40 },
    ];
    save(d);
    expect(await heads()).toMatchInlineSnapshot(`
      [
        "lessons/mini-lesson.json:22:18  /timing/1/minutes  period 1 plans 50 minutes, but a period is 45 minutes ("periodMinutes")",
      ]
    `);
    expect(await all()).toContain('hint: shorten activities, move one to another period, or mark questions "tier": "extension"');
  });

  it('periods out of order, and periods without a period length', async () => {
    const d = lesson();
    d.timing = [
      { period: 2, activity: 'Read', minutes: 20 },
      { period: 1, activity: 'Questions', minutes: 30 },
    ];
    save(d);
    expect(await heads()).toMatchInlineSnapshot(`
      [
        "lessons/mini-lesson.json:20:17  /timing/1/period  period 1 comes after period 2",
        "lessons/mini-lesson.json:15:17  /timing/0/period  the plan is split into periods, but the lesson does not say how long a period is",
      ]
    `);
  });

  it('a standard code in the wrong format, and one listed twice', async () => {
    const d = lesson();
    d.standards = [{ code: 'RH.9-10.6' }, { code: 'CCSS.RH.9-10.6' }, { code: 'D2.His.18.9-12' }];
    save(d);
    const out = await heads();
    expect(out).toMatchInlineSnapshot(`
      [
        "lessons/mini-lesson.json:222:15  /standards/1/code  "CCSS.RH.9-10.6" is not in the expected format",
        "lessons/mini-lesson.json:225:15  /standards/2/code  "D2.His.18.9-12" is not in the expected format",
      ]
    `);
    expect(await all()).toContain('For example "D2.His.16.9-12" or "RH.9-10.6" or "WHST.11-12.1b"');
    d.standards = [{ code: 'RH.9-10.6' }, { code: 'RH.9-10.6' }];
    save(d);
    expect(await heads()).toMatchInlineSnapshot(`
      [
        "lessons/mini-lesson.json:222:15  /standards/1/code  standard "RH.9-10.6" is listed twice",
      ]
    `);
  });

  it('a tier that is not core or extension', async () => {
    const d = lesson();
    d.sections[0].questions[1].tier = 'optional';
    save(d);
    const out = await all();
    expect(out.split('\n')[0]).toMatchInlineSnapshot(`"lessons/mini-lesson.json:105:19  /sections/0/questions/1/tier  "optional" is not an allowed value"`);
    expect(out).toContain('allowed values: "core", "extension"');
  });

  it('an exit ticket with nothing to print in the key', async () => {
    const d = lesson();
    d.exitTicket = { prompt: 'Who started it?', lines: 3, answer: '<b></b>' };
    save(d);
    expect(await heads()).toMatchInlineSnapshot(`
      [
        "lessons/mini-lesson.json:220:15  /exitTicket/answer  the exit ticket has nothing to print in the answer key",
      ]
    `);
  });
});

describe('the unit: summative task, reference tables, scoring rules', () => {
  const task = (points: number) => ({
    title: 'Summative task',
    prompt: 'Answer the compelling question.',
    points,
    rubric: [
      {
        criterion: 'Thesis',
        levels: [
          { points: 1, description: 'A claim.' },
          { points: 0, description: 'None.' },
        ],
      },
      {
        criterion: 'Evidence',
        levels: [
          { points: 3, description: 'Four documents.' },
          { points: 0, description: 'None.' },
        ],
      },
    ],
  });

  it('a valid unit passes', async () => {
    saveUnit(unit({ summative: task(4), referenceTables: [{ title: 'Deaths', columns: ['Figure', 'Who'], rows: [['2 million', 'a blog']] }] }));
    expect(await heads()).toEqual([]);
  });

  it('rubric total and table rows are checked where they are written', async () => {
    saveUnit(unit({ summative: task(5), referenceTables: [{ title: 'Deaths', columns: ['Figure', 'Who'], rows: [['2 million', 'a blog'], ['5 million']] }] }));
    expect(await heads()).toMatchInlineSnapshot(`
      [
        "lessons/unit.json:12:15  /summative/rubric  rubric criteria add up to 4 point(s) but the task is worth 5",
        "lessons/unit.json:53:9  /referenceTables/0/rows/1  row 2 of "Deaths" has 1 cell(s) for 2 column(s)",
      ]
    `);
  });

  it("a question whose points break the unit's scoring rule is reported in the lesson file and not built", async () => {
    const d = lesson();
    saveUnit(unit({ scoring: { ordering: 'per-item', matching: 'minus-one-per-error' } }));
    expect(await heads()).toMatchInlineSnapshot(`
      [
        "lessons/mini-lesson.json:132:21  /sections/0/questions/3/points  question "q4" is worth 1 point(s), but the unit's "per-item" rule for ordering questions with 2 items allows 2",
      ]
    `);
    // The lesson is held back like any invalid lesson: no valid lessons remain.
    expect((await validateProject({ root })).lessons).toBe(0);
    d.sections[0].questions[3].points = d.sections[0].questions[3].items.length;
    save(d);
    expect(await heads()).toEqual([]);
  });
});
