/**
 * Every script a classroom uses: Greek, Cyrillic, Korean, symbols and inline code print with bundled fonts; characters
 * no bundled font draws, control characters and right-to-left text are refused by validate, at the character.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../src/build.js';
import { loadProject, projectFonts } from '../src/project.js';
import { AssetMap } from '../src/render/assets.js';
import { pdfFonts, pdfText, quietBuild, repoRoot, squash, tempDir } from './helpers.js';

const bin = join(repoRoot, 'bin/lessonpack.js');
const validate = (root: string) => spawnSync(process.execPath, [bin, 'validate'], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } });

/** The mini project with one vocabulary entry and the background's last words changed (`\\u` escapes allowed). */
function project(definition: string, bodyTail = ''): string {
  const root = tempDir('lessonpack-chars-');
  cpSync(join(repoRoot, 'tests/fixtures/projects/mini'), root, { recursive: true });
  const file = join(root, 'lessons/mini-lesson.json');
  const lesson = JSON.parse(readFileSync(file, 'utf8'));
  lesson.vocabulary = [{ term: 'armistice (정전협정)', definition: 'PLACEHOLDER' }];
  lesson.background.body += 'TAIL';
  // Written by hand so the file can hold escapes and decomposed characters exactly as a writer's editor would.
  writeFileSync(file, JSON.stringify(lesson, null, 2).replace('PLACEHOLDER', definition).replace('TAIL', bodyTail));
  return root;
}

const MIXED = 'Greek ανακωχή, Russian перемирие → an agreement to stop fighting ✓ ⅓ № `ceasefire()` Pyo\\u0306ngyang';

describe('characters', () => {
  let root: string;
  let result: BuildResult;
  beforeAll(async () => {
    root = project(MIXED);
    result = await quietBuild({ root, packs: false });
  }, 120_000);

  it('Greek, Cyrillic, Korean, arrows, check marks, fractions, № and inline code print, every font embedded', async () => {
    expect(validate(root).stderr).toBe('1 lesson(s) valid; every excerpt found verbatim in its source\n');
    expect(result.failed).toBe(false);
    const handout = join(root, 'dist/mini-lesson/handout.pdf');
    const text = squash(await pdfText(handout));
    expect(text).toContain('armistice (정전협정)');
    expect(text).toContain('Greek ανακωχή, Russian перемирие → an agreement to stop fighting ✓ ⅓ № ceasefire()');
    const fonts = pdfFonts(handout);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    for (const family of ['NotoSansKR', 'DejaVuSans', 'SourceCodePro'])
      expect(
        fonts.some((f) => f.name.includes(family)),
        family,
      ).toBe(true);
  });

  it('decomposed accents print composed', async () => {
    const text = squash(await pdfText(join(root, 'dist/mini-lesson/handout.pdf')));
    expect(text).toContain('Pyŏngyang');
    expect(text).not.toContain('Pyo\u0306ngyang');
  });

  it('documents without those characters load none of those fonts', () => {
    const worksheet = pdfFonts(join(root, 'dist/mini-lesson/worksheet.pdf'));
    expect(worksheet.filter((f) => /NotoSansKR|DejaVuSans|SourceCodePro/.test(f.name))).toEqual([]);
  });

  it('a character no bundled font draws fails validate with its place, the character and its code point', () => {
    const res = validate(project('Egyptian \\ud80c\\udc00 hieroglyph'));
    expect(res.status).toBe(1);
    const [first] = res.stderr.split('\n');
    expect(first).toMatch(/^lessons\/mini-lesson\.json:\d+:\d+ {2}\/vocabulary\/0\/definition {2}no bundled font can draw "𓀀" \(U\+13000\)$/);
    expect(res.stderr).toContain(
      'hint: use another character (e.g. "->" for an arrow, "1/3" for a fraction), or add a font that has it with "fonts" in lessonpack.config.json',
    );
    // The caret stands under the escape that wrote the character.
    const caret = res.stderr.split('\n').find((l) => /^\s+\|\s+\^$/.test(l)) ?? '';
    const line = res.stderr.split('\n').find((l) => l.startsWith('>')) ?? '';
    expect(line.slice(caret.indexOf('^'))).toMatch(/^\\ud80c\\udc00 hieroglyph/);
  });

  it('control characters and right-to-left text are refused, each with what to do', () => {
    const res = validate(project('ok', ' Escape \\u001b here and שלום.'));
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/\/background\/body {2}control character \(U\+001B\) in the text\n/);
    expect(res.stderr).toMatch(/\/background\/body {2}right-to-left character "ש" \(U\+05E9\): Arabic and Hebrew text is not supported yet\n/);
    expect(res.stderr.match(/right-to-left/g)).toHaveLength(1);
    expect(res.stderr).toContain('2 problem(s) in 1 file(s)');
  });
});

describe('a font of the project', () => {
  it('is registered from the config, its characters count as drawable, and it may be embedded', async () => {
    const root = project('ok');
    mkdirSync(join(root, 'fonts'));
    // Liberation Sans (pdfjs-dist ships it) stands in for a font of a script lessonpack does not bundle.
    copyFileSync(join(repoRoot, 'node_modules/pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf'), join(root, 'fonts/school.ttf'));
    const config = { fonts: [{ family: 'School Sans', file: 'fonts/school.ttf', license: 'SIL Open Font License 1.1, Liberation fonts' }] };
    writeFileSync(join(root, 'lessonpack.config.json'), JSON.stringify(config));
    const loaded = await loadProject(root);
    const fonts = projectFonts(loaded);
    const assets = new AssetMap('standard', { fonts });
    expect(assets.families).toContain('School Sans');
    expect(assets.fontFaceCss()).toContain(
      `@font-face{font-family:'School Sans';font-style:normal;font-weight:400;font-display:block;src:url(https://lessonpack.invalid/fonts/project-0.ttf) format('truetype');}`,
    );
    expect(assets.fontFaceCss()).toMatch(/--body-font:'Source Serif 4', 'School Sans', 'Noto Sans KR', 'DejaVu Sans', serif/);
    expect(assets.files.get('/fonts/project-0.ttf')).toBe(join(root, 'fonts/school.ttf'));
    expect(validate(root).status).toBe(0);
  });

  it('a missing file, a file that is no font, a bundled family name and no licence are located config errors', () => {
    const root = project('ok');
    writeFileSync(join(root, 'notafont.woff'), 'hello');
    const config = {
      fonts: [
        { family: 'A', file: 'fonts/missing.ttf', license: 'OFL-1.1' },
        { family: 'Source Serif 4', file: 'notafont.woff', license: 'OFL-1.1' },
        { family: 'C', file: 'x.ttf' },
      ],
    };
    writeFileSync(join(root, 'lessonpack.config.json'), JSON.stringify(config, null, 2));
    const res = validate(root);
    expect(res.status).toBe(1);
    const lines = res.stderr.split('\n').filter((l) => l.startsWith('lessonpack.config.json:'));
    expect(lines).toEqual([expect.stringMatching(/^lessonpack\.config\.json:\d+:\d+ {2}\/fonts\/2 {2}missing required property "license"$/)]);
    config.fonts.pop();
    writeFileSync(join(root, 'lessonpack.config.json'), JSON.stringify(config, null, 2));
    const second = validate(root)
      .stderr.split('\n')
      .filter((l) => l.startsWith('lessonpack.config.json:'));
    expect(second).toEqual([
      expect.stringMatching(/ {2}\/fonts\/0\/file {2}font file not found: fonts\/missing\.ttf$/),
      expect.stringMatching(/ {2}\/fonts\/1\/file {2}notafont\.woff is not a font file lessonpack can read$/),
      expect.stringMatching(/ {2}\/fonts\/1\/family {2}"Source Serif 4" is a bundled font family$/),
    ]);
  });
});
