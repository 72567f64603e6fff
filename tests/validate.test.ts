import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/errors.js';
import { validateProject } from '../src/index.js';
import { repoRoot, tempDir } from './helpers.js';

const mini = join(repoRoot, 'tests/fixtures/projects/mini');
let root = '';
const lessonFile = () => join(root, 'lessons/mini-lesson.json');
const lesson = () => JSON.parse(readFileSync(lessonFile(), 'utf8'));
const save = (data: unknown) => writeFileSync(lessonFile(), JSON.stringify(data, null, 2));

/** Every message of a validation run, formatted as the CLI prints it. */
async function messages(): Promise<string[]> {
  const { diagnostics } = await validateProject({ root });
  return diagnostics.map(formatDiagnostic);
}

beforeEach(() => {
  root = tempDir();
  cpSync(mini, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('validation points at the place and says what to do', () => {
  it('the bundled unit and the fixture are valid', async () => {
    expect(await messages()).toEqual([]);
    const bundled = await validateProject({ root: repoRoot });
    expect(bundled.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(bundled.lessons).toBeGreaterThanOrEqual(3);
  });

  it('unknown property: did you mean', async () => {
    const d = lesson();
    d.sections[0].questions[1].answr = d.sections[0].questions[1].answer;
    delete d.sections[0].questions[1].answer;
    save(d);
    const out = await messages();
    expect(out.map((m) => m.split('\n')[0])).toMatchInlineSnapshot(`
      [
        "lessons/mini-lesson.json:80:9  /sections/0/questions/1  missing required property "answer"",
        "lessons/mini-lesson.json:104:11  /sections/0/questions/1/answr  unknown property "answr"",
      ]
    `);
    expect(out.join('\n')).toContain('hint: did you mean "answer"?');
  });

  it('unknown question kind lists the allowed ones', async () => {
    const d = lesson();
    d.sections[0].questions[0].kind = 'multiple-choise';
    save(d);
    const [msg] = await messages();
    expect(msg?.split('\n')[0]).toMatchInlineSnapshot(
      `"lessons/mini-lesson.json:59:19  /sections/0/questions/0/kind  unknown question kind "multiple-choise""`,
    );
    expect(msg).toContain('hint: did you mean "multiple-choice"?');
  });

  it('wrong type and bad enum value', async () => {
    const d = lesson();
    d.sections[0].questions[0].points = 'one';
    d.sections[0].questions[1].skill = 'sourcng';
    save(d);
    const out = (await messages()).map((m) => m.split('\n')[0]);
    expect(out).toMatchInlineSnapshot(`
      [
        "lessons/mini-lesson.json:62:21  /sections/0/questions/0/points  must be integer, not string",
        "lessons/mini-lesson.json:85:20  /sections/0/questions/1/skill  "sourcng" is not an allowed value",
      ]
    `);
  });

  it('a multiple-choice answer that is not among the options', async () => {
    const d = lesson();
    d.sections[0].questions[0].answer = ['c'];
    save(d);
    expect((await messages())[0]).toMatchInlineSnapshot(`
      "lessons/mini-lesson.json:76:13  /sections/0/questions/0/answer/0  answer "c" is not one of the options
        74 |           ],
        75 |           "answer": [
      > 76 |             "c"
           |             ^
        77 |           ],
        hint: options: a, b"
    `);
  });

  it('rubric points must add up to the question points', async () => {
    const d = lesson();
    d.sections[0].questions[5].points = 7;
    save(d);
    const [msg] = await messages();
    expect(msg?.split('\n')[0]).toMatchInlineSnapshot(
      `"lessons/mini-lesson.json:179:21  /sections/0/questions/5/rubric  rubric criteria add up to 2 point(s) but the question is worth 7"`,
    );
  });

  it('duplicate ids and unknown documents', async () => {
    const d = lesson();
    d.sections[0].questions[1].id = 'q1';
    d.sections[0].questions[1].documents = ['doc-b'];
    save(d);
    const out = (await messages()).map((m) => m.split('\n')[0]);
    expect(out).toMatchInlineSnapshot(`
      [
        "lessons/mini-lesson.json:82:17  /sections/0/questions/1/id  duplicate question id "q1"",
        "lessons/mini-lesson.json:87:13  /sections/0/questions/1/documents/0  unknown document "doc-b"",
      ]
    `);
  });

  it('an excerpt changed from its source fails and shows the closest passage', async () => {
    const d = lesson();
    d.documents[0].locator.start = 'On June 26, 1950, the Korean War began';
    save(d);
    const [msg] = await messages();
    expect(msg?.split('\n')[0]).toMatchInlineSnapshot(
      `"lessons/mini-lesson.json:46:18  /documents/0/locator/start  Document A: text not found verbatim in the source: "On June 26, 1950, the Korean War began""`,
    );
    expect(msg).toContain('hint: closest passage: "On June 25, 1950, the Korean War began" (in sources/two-koreas-explainer.txt)');
  });

  it('an unknown source id lists the known ones', async () => {
    const d = lesson();
    d.documents[0].source = 'two-korea-explainer';
    save(d);
    const [msg] = await messages();
    expect(msg).toContain('/documents/0/source  unknown source "two-korea-explainer"');
    expect(msg).toContain('hint: known sources: grissom-blog, two-koreas-explainer');
  });

  it('one bad lesson does not hide the others', async () => {
    writeFileSync(join(root, 'lessons/broken.json'), '{ "id": "broken", }');
    const { diagnostics, lessons } = await validateProject({ root });
    expect(lessons).toBe(1);
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "lessons/broken.json:1:19  invalid JSON: property name expected
      > 1 | { "id": "broken", }
          |                   ^
        hint: a trailing comma before } is not allowed in JSON; remove it",
      ]
    `);
  });
});
