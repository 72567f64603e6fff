/** lessonpack.config.json and template overrides change the printed output; a bad config is reported at its place. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../src/build.js';
import { expectPageSize, pdfText, quietBuild, repoRoot, tempDir } from './helpers.js';

const bin = join(repoRoot, 'bin/lessonpack.js');
const cli = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });

/** A real PNG: a solid 64x32 block, so pdfimages can find it in the PDF. */
function png(width = 64, height = 32): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x80)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Images on one page of a PDF, as poppler's pdfimages lists them. */
function imagesOnPage(file: string, page: number): string[] {
  const out = execFileSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), file], { encoding: 'utf8' });
  return out.split('\n').slice(2).filter(Boolean);
}

function project(): string {
  const root = tempDir('lessonpack-config-');
  cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
  return root;
}

describe('a branded project: school, logo, A4 and a template override', () => {
  const root = project();
  const out = join(root, 'dist');
  let result: BuildResult;

  beforeAll(async () => {
    mkdirSync(join(root, 'branding/templates/partials'), { recursive: true });
    writeFileSync(join(root, 'branding/crest.png'), png());
    writeFileSync(
      join(root, 'lessonpack.config.json'),
      JSON.stringify({ school: 'Lincoln High School', logo: 'branding/crest.png', paper: 'a4', templates: 'branding/templates' }, null, 2),
    );
    // The override replaces the built-in partial by name; the built-in one stays untouched.
    const builtin = readFileSync(join(repoRoot, 'templates/partials/student-lines.hbs'), 'utf8');
    writeFileSync(
      join(root, 'branding/templates/partials/student-lines.hbs'),
      `${builtin}<p class="house-rule">Lincoln High History Department: show your sources</p>\n`,
    );
    result = await quietBuild({ root });
  }, 240_000);

  it('builds everything', () => {
    expect(result.failed).toBe(false);
    expect(result.outDir).toBe(out);
  });

  it('prints the school name, on A4', async () => {
    for (const doc of ['handout', 'worksheet', 'answer-key']) {
      expect((await pdfText(join(out, `mini-lesson/${doc}.pdf`))).toUpperCase()).toContain('LINCOLN HIGH SCHOOL ·');
      await expectPageSize(join(out, `mini-lesson/${doc}.pdf`), { width: 595, height: 842 });
    }
  });

  it('prints the override where the built-in partial was used', async () => {
    expect(await pdfText(join(out, 'mini-lesson/worksheet.pdf'))).toContain('Lincoln High History Department: show your sources');
    expect(await pdfText(join(out, 'mini-lesson/handout.pdf'))).toContain('Lincoln High History Department: show your sources');
  });

  it('prints the logo on the teacher pack cover', async () => {
    const cover = imagesOnPage(join(out, 'mini-lesson/teacher-pack.pdf'), 1);
    expect(cover.length).toBe(1);
    expect(cover[0]).toMatch(/^\s*1\s+0\s+image\s+64\s+32\s/);
    expect((await pdfText(join(out, 'mini-lesson/teacher-pack.pdf'))).toUpperCase()).toContain('LINCOLN HIGH SCHOOL · THE KOREAN WAR · TEACHER PACK');
  });
});

describe('problems in the config or the overrides', () => {
  it('an invalid config: every problem at its line and column, exit 1, nothing printed', () => {
    const root = project();
    writeFileSync(join(root, 'lessonpack.config.json'), '{\n  "school": "Lincoln High School",\n  "paper": "A4",\n  "colour": "blue"\n}\n');
    const res = cli(['build'], root);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatchInlineSnapshot(`
      "lessonpack.config.json:4:3  /colour  unknown property "colour"
        2 |   "school": "Lincoln High School",
        3 |   "paper": "A4",
      > 4 |   "colour": "blue"
          |   ^
        5 | }
        hint: allowed properties: $schema, school, logo, paper, lessons, sources, templates, out, fonts

      lessonpack.config.json:3:12  /paper  "A4" is not an allowed value
        1 | {
        2 |   "school": "Lincoln High School",
      > 3 |   "paper": "A4",
          |            ^
        4 |   "colour": "blue"
        hint: did you mean "a4"? allowed values: "letter", "a4"

      2 problem(s) in 1 file(s)
      lessonpack: fix the project settings above first
      "
    `);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('an override that uses a missing partial stops the build with the same message validate prints', () => {
    const root = project();
    writeFileSync(join(root, 'lessonpack.config.json'), JSON.stringify({ templates: 'branding' }));
    mkdirSync(join(root, 'branding/partials'), { recursive: true });
    writeFileSync(join(root, 'branding/partials/student-lines.hbs'), '<div class="student-lines">\n  {{> school-crest}}\n</div>\n');
    const validate = cli(['validate'], root);
    const build = cli(['build'], root);
    expect([validate.status, build.status]).toEqual([1, 1]);
    expect(build.stderr).toMatchInlineSnapshot(`
      "branding/partials/student-lines.hbs:2:3  partial "school-crest" not found
        1 | <div class="student-lines">
      > 2 |   {{> school-crest}}
          |   ^
        3 | </div>
        hint: create branding/partials/school-crest.hbs, or use one of: doc-title, excerpt-text, exit-ticket, marking-notes, q-extended-response, q-head, q-map, q-matching, q-multiple-choice, q-ordering, q-table, q-writing, question, section-head, student-lines

      1 problem(s) in 1 file(s)
      lessonpack: the templates have problems; nothing was printed
      "
    `);
    expect(build.stderr.startsWith(validate.stderr.split('\n\n')[0] ?? 'missing')).toBe(true);
    expect(existsSync(join(root, 'dist/mini-lesson/handout.pdf'))).toBe(false);
  });
});
