/**
 * The planner on its own: from the bundled unit, checked, to the job list, without a browser and without writing
 * anything. What a build prints, packs and reuses follows from this list.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSettings } from '../src/build/settings.js';
import { LESSON_DOCUMENTS, STUDENT_DOCUMENTS } from '../src/model/index.js';
import { prepare } from '../src/pipeline.js';
import { type Job, type PlanInput, planBuild } from '../src/plan/index.js';
import { type LessonView, lessonView } from '../src/render/view.js';
import { repoRoot, tempDir } from './helpers.js';

/** Copies the bundled unit's lessons and sources into a fresh project folder. */
function copyProject(): string {
  const dir = tempDir('lessonpack-plan-');
  for (const folder of ['lessons', 'sources']) cpSync(join(repoRoot, folder), join(dir, folder), { recursive: true });
  return dir;
}

/** Plans a build of the project at `root` with these options (everything else as `build` would). */
async function planOf(
  root: string,
  options: Partial<Pick<PlanInput, 'shard' | 'packs' | 'packsOnly'>> & { formats?: string[]; only?: string[]; rendered?: { count: number } } = {},
) {
  const settings = await buildSettings({ root, formats: options.formats, only: options.only, shard: options.shard, packsOnly: options.packsOnly });
  const prepared = await prepare(settings.project, [], root);
  const views = new Map<string, LessonView>(prepared.lessons.map((l) => [l.data.id, lessonView(l, prepared.sources, prepared.unit?.data)]));
  const { templates } = prepared;
  if (!templates) throw new Error('the bundled templates do not load');
  const render = templates.render.bind(templates);
  templates.render = (...args) => {
    if (options.rendered) options.rendered.count += 1;
    return render(...args);
  };
  return planBuild({
    ...settings,
    prepared,
    views,
    viewErrors: new Map(),
    viewOptions: {},
    templates,
    shard: options.shard,
    packs: options.packs ?? true,
    packsOnly: options.packsOnly ?? false,
  });
}

const byPath = (jobs: Job[]) => new Map(jobs.map((j) => [j.path, j]));
const LESSONS = ['korean-war-cause', 'korean-war-cause-es', 'korean-war-escalation', 'korean-war-legacy'];
const UNIT = ['korean-war-cause', 'korean-war-escalation', 'korean-war-legacy'];

describe('the planner', () => {
  let root: string;
  let jobs: Job[];
  beforeAll(async () => {
    root = copyProject();
    jobs = await planOf(root);
  });

  it('plans one job per output: every lesson document, the unit overview and every pack', () => {
    const paths = jobs.map((j) => j.path).sort();
    const expected = [
      ...LESSONS.flatMap((id) => LESSON_DOCUMENTS.map((k) => `${id}/${k}.pdf`)),
      'unit-overview.pdf',
      ...LESSONS.flatMap((id) => [`${id}/student-pack.pdf`, `${id}/teacher-pack.pdf`]),
      'unit-pack.pdf',
    ].sort();
    expect(paths).toEqual(expected);
    expect(new Set(jobs.map((j) => j.key)).size).toBe(jobs.length);
  });

  it('lists every job after the jobs it needs, and packs need exactly the documents they hold', () => {
    const seen = new Set<string>();
    for (const j of jobs) {
      for (const need of j.needs) expect(seen.has(need), `${j.path} needs ${need}`).toBe(true);
      seen.add(j.path);
    }
    const plan = byPath(jobs);
    expect(plan.get('korean-war-cause/student-pack.pdf')?.needs).toEqual(STUDENT_DOCUMENTS.map((k) => `korean-war-cause/${k}.pdf`));
    expect(plan.get('korean-war-cause/teacher-pack.pdf')?.needs).toEqual(LESSON_DOCUMENTS.map((k) => `korean-war-cause/${k}.pdf`));
    expect(plan.get('unit-pack.pdf')?.needs).toEqual(['unit-overview.pdf', ...UNIT.flatMap((id) => LESSON_DOCUMENTS.map((k) => `${id}/${k}.pdf`))]);
    // The Spanish edition is not in the unit: no unit job needs it.
    expect(jobs.filter((j) => j.needs.some((n) => n.startsWith('korean-war-cause-es/'))).map((j) => j.path)).toEqual([
      'korean-war-cause-es/student-pack.pdf',
      'korean-war-cause-es/teacher-pack.pdf',
    ]);
    // Documents need nothing; every document records the lesson and source files it is made from.
    for (const j of jobs.filter((j) => j.type === 'print')) expect(j.needs).toEqual([]);
    expect(plan.get('korean-war-cause/handout.pdf')?.inputs[0]).toBe('lessons/korean-war-cause.json');
  });

  it('renders nothing and writes nothing while planning', async () => {
    const before = readdirSync(root, { recursive: true }).sort();
    const rendered = { count: 0 };
    const again = await planOf(root, { rendered });
    expect(rendered.count).toBe(0);
    expect(readdirSync(root, { recursive: true }).sort()).toEqual(before);
    // Rendering happens when the executor runs a job.
    const handout = again.find((j) => j.path === 'korean-war-cause/handout.pdf');
    if (handout?.type !== 'print') throw new Error('no handout job');
    expect(handout.render().html).toContain('Who Started the Korean War');
    expect(rendered.count).toBeGreaterThan(0);
  });

  it('gives the same keys in any folder, and a lesson edit changes only what shows that lesson', async () => {
    const elsewhere = copyProject();
    const keys = (list: Job[]) => new Map(list.map((j) => [j.path, j.key]));
    expect(keys(await planOf(elsewhere))).toEqual(keys(jobs));
    const file = join(elsewhere, 'lessons', 'korean-war-legacy.json');
    const lesson = JSON.parse(readFileSync(file, 'utf8'));
    lesson.title = `${lesson.title} (revised)`;
    writeFileSync(file, JSON.stringify(lesson, null, 2));
    const edited = keys(await planOf(elsewhere));
    const changed = [...edited].filter(([path, key]) => keys(jobs).get(path) !== key).map(([path]) => path);
    expect(changed.sort()).toEqual(
      [
        ...LESSON_DOCUMENTS.map((k) => `korean-war-legacy/${k}.pdf`),
        'korean-war-legacy/student-pack.pdf',
        'korean-war-legacy/teacher-pack.pdf',
        'unit-overview.pdf',
        'unit-pack.pdf',
      ].sort(),
    );
  });

  it('splits the documents between shards, with no packs; packs alone need documents from other builds', async () => {
    const one = await planOf(root, { shard: { index: 1, count: 2 } });
    const two = await planOf(root, { shard: { index: 2, count: 2 } });
    expect(one.length).toBeGreaterThan(0);
    expect(two.length).toBeGreaterThan(0);
    expect([...one, ...two].every((j) => j.type === 'print')).toBe(true);
    expect([...one, ...two].map((j) => j.path).sort()).toEqual(
      jobs
        .filter((j) => j.type === 'print')
        .map((j) => j.path)
        .sort(),
    );
    const packs = await planOf(root, { packsOnly: true });
    expect(packs.map((j) => j.type)).toEqual(Array(9).fill('pack'));
    expect(packs.flatMap((j) => j.needs).every((n) => !packs.some((p) => p.path === n))).toBe(true);
  });

  it('plans other formats as file jobs, and packs only when every document they hold is built', async () => {
    const files = await planOf(root, { formats: ['docx', 'qti'] });
    expect(files.every((j) => j.type === 'file')).toBe(true);
    expect(files.map((j) => j.path)).toContain('korean-war-cause/worksheet.docx');
    expect(files.map((j) => j.path)).toContain('korean-war-cause/quiz.qti.zip');
    const student = await planOf(root, { only: [...STUDENT_DOCUMENTS] });
    expect(student.filter((j) => j.type === 'pack').map((j) => j.kind)).toEqual(Array(4).fill('student-pack'));
  });
});
