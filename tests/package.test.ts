/**
 * lessonpack as users install it: the packed tarball in a fresh folder, `lessonpack init`, then the new project's
 * own `npm install && npm run build` and `npm test`, with its PDFs read back.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initProject } from '../src/init.js';
import { pdfText, repoRoot, squash, tempDir } from './helpers.js';

const npm = (args: string[], cwd: string) =>
  spawnSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', LESSONPACK_SKIP_APT: '1' },
  });

describe('the packed package', () => {
  let tarball = '';
  let tool = '';

  beforeAll(() => {
    const dir = tempDir('lessonpack-pack-');
    // `npm test` compiled lib/ already; --ignore-scripts skips compiling it once more.
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: repoRoot, encoding: 'utf8' });
    const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    tarball = join(dir, info?.filename ?? '');
    tool = join(dir, 'tool');
    mkdirSync(tool);
    writeFileSync(join(tool, 'package.json'), '{"name":"tool","private":true}\n');
    const installed = npm(['install', tarball], tool);
    expect(installed.stderr).not.toMatch(/ERR!/);
    expect(installed.status).toBe(0);
  }, 300_000);

  it('ships what it runs and nothing of the repository', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    for (const f of ['scripts/setup-browser.mjs', 'scripts/browsers.json', 'lib/index.js', 'lib/index.d.ts', 'starter/lesson.json', 'docs/authoring.md'])
      expect(files).toContain(`package/${f}`);
    expect(files.filter((f) => /^package\/(src|tests)\//.test(f))).toEqual([]);
  });

  it('exports the verbs and nothing else', () => {
    const probe = `import('lessonpack').then((m) => console.log(Object.keys(m).sort().join(',')));
      import('lessonpack/lib/build.js').catch((e) => console.log(e.code));`;
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: tool, encoding: 'utf8' });
    expect(res.stdout.split('\n').sort()).toEqual(['', 'ERR_PACKAGE_PATH_NOT_EXPORTED', 'UserError,VERSION,build,init,newLesson,pack,preview,validate']);
  });

  it('init creates a project whose npm install, npm run build and npm test work, and whose PDFs hold its lesson', async () => {
    const project = join(tool, '..', 'my-lessons');
    const init = spawnSync(join(tool, 'node_modules/.bin/lessonpack'), ['init', project], { encoding: 'utf8' });
    expect(init.stderr).toContain('wrote lessons/korea-divided.json');
    expect(init.status).toBe(0);
    const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
    expect(pkg.name).toBe('my-lessons');
    expect(pkg.dependencies.lessonpack).toMatch(/^\^\d+\.\d+\.\d+$/);
    for (const f of ['.gitignore', 'README.md', 'lessonpack.config.json', '.github/workflows/lessons.yml', 'sources/two-koreas-explainer.txt'])
      expect(existsSync(join(project, f)), f).toBe(true);
    expect(JSON.parse(readFileSync(join(project, 'lessons/korea-divided.json'), 'utf8')).$schema).toBe('../node_modules/lessonpack/schemas/lesson.schema.json');
    // This version is not on the registry: the project installs it from the tarball (npm records file:...tgz).
    expect(npm(['install', tarball], project).status).toBe(0);
    expect(existsSync(join(project, 'node_modules/lessonpack/schemas/lesson.schema.json'))).toBe(true);
    const test = npm(['test'], project);
    expect(test.stderr).toContain('1 lesson(s) valid');
    expect(test.status).toBe(0);
    const build = npm(['run', 'build'], project);
    expect(build.stderr).toMatch(/\d+ printed, 0 unchanged, 0 failed/);
    expect(build.status).toBe(0);
    expect(readdirSync(join(project, 'dist/korea-divided')).sort()).toContain('worksheet.pdf');

    // The new project's PDFs hold its lesson.
    const dist = join(project, 'dist', 'korea-divided');
    const worksheet = squash(await pdfText(join(dist, 'worksheet.pdf')));
    expect(worksheet).toContain('Why Was Korea Divided in 1945?');
    expect(worksheet).not.toContain('The United States proposed dividing Korea at the 38th parallel, and the Soviet Union accepted');
    expect(squash(await pdfText(join(dist, 'answer-key.pdf')))).toContain(
      'The United States proposed dividing Korea at the 38th parallel, and the Soviet Union accepted',
    );
    expect(squash(await pdfText(join(dist, 'handout.pdf')))).toContain('Since the early 1900s, Korea had been');
  }, 300_000);
});

describe('lessonpack init', () => {
  it('refuses a folder that is not empty, and with --force adds only the missing files', async () => {
    const folder = tempDir();
    writeFileSync(join(folder, 'README.md'), 'my own notes\n');
    await expect(initProject({ folder })).rejects.toThrow(/is not empty \(it holds README\.md\).*--force/);
    expect(readdirSync(folder)).toEqual(['README.md']);
    const made = await initProject({ folder, force: true });
    expect(made.kept).toEqual(['README.md']);
    expect(made.written).toContain('lessons/korea-divided.json');
    expect(readFileSync(join(folder, 'README.md'), 'utf8')).toBe('my own notes\n');
    // A second run changes nothing: every file exists.
    const again = await initProject({ folder, force: true });
    expect(again.written).toEqual([]);
    expect(again.kept.sort()).toEqual([...made.written, ...made.kept].sort());
  });

  it('--example korean-war copies the bundled unit with schemas from node_modules', async () => {
    const folder = join(tempDir(), 'unit');
    const made = await initProject({ folder, example: 'korean-war' });
    expect(made.written).toEqual(expect.arrayContaining(['lessons/unit.json', 'lessons/korean-war-cause.json', 'sources/lai-origins-escalation.txt']));
    expect(JSON.parse(readFileSync(join(folder, 'lessons/unit.json'), 'utf8')).$schema).toBe('../node_modules/lessonpack/schemas/unit.schema.json');
    expect(readFileSync(join(folder, 'sources/grissom-blog.txt'))).toEqual(readFileSync(join(repoRoot, 'sources/grissom-blog.txt')));
    await expect(initProject({ folder: tempDir(), example: 'berlin' })).rejects.toThrow('unknown example "berlin": the bundled examples are korean-war');
  });

  it('refuses a file as the folder', async () => {
    const file = join(tempDir(), 'f');
    writeFileSync(file, '');
    await expect(initProject({ folder: file })).rejects.toThrow('exists and is not a folder');
  });
});
