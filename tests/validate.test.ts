import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorsOf, formatDiagnostic, UserError } from '../src/errors.js';
import { validate as validateProject } from '../src/index.js';
import { prepare } from '../src/pipeline.js';
import { loadProject } from '../src/project.js';
import { renderLessonDocument } from '../src/render/index.js';
import { requireTemplates } from '../src/render/templates/index.js';
import { lessonView } from '../src/render/view.js';
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

/** Messages of a run whose config is broken: loading the project throws them all at once. */
async function configMessages(): Promise<string[]> {
  try {
    await validateProject({ root });
  } catch (e) {
    if (e instanceof UserError) return e.diagnostics.map(formatDiagnostic);
    throw e;
  }
  throw new Error('expected the config to be rejected');
}

/** Writes a file of the temp project, creating its folder. */
function put(rel: string, content: string | Buffer): void {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), content);
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
    // Warnings (a document above the lessons' reading band) are the writers' to weigh; errors there must be none.
    expect(errorsOf(bundled.diagnostics).map(formatDiagnostic)).toEqual([]);
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
    expect(msg).toContain(
      'hint: closest passage: "On June 25, 1950, the Korean War began"; the source has "5" (U+0035) where you wrote "6" (U+0036), after "On June 2" (in sources/two-koreas-explainer.txt)',
    );
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

describe('checks beyond the schema: answers, images, partials', () => {
  it('a question whose key would print nothing, or a placeholder', async () => {
    const d = lesson();
    d.sections[0].questions[1].answer = '<br>';
    d.sections[0].questions[2].rows[0].answers[1] = 'TODO: check the date';
    save(d);
    expect(await messages()).toMatchInlineSnapshot(`
      [
        "lessons/mini-lesson.json:90:21  /sections/0/questions/1/answer  question "q2" has nothing to print in the answer key here
        88 |           ],
        89 |           "lines": 3,
      > 90 |           "answer": "<br>",
           |                     ^
        91 |           "scoring": [
        hint: write the model answer teachers will see; blank text prints nothing, and in this Markdown field neither do HTML tags",
        "lessons/mini-lesson.json:123:17  /sections/0/questions/2/rows/0/answers/1  question "q3" has a placeholder instead of an answer: "TODO: check the date"
        121 |               "answers": [
        122 |                 "The North invaded on 25 June 1950.",
      > 123 |                 "TODO: check the date"
            |                 ^
        124 |               ]
        hint: write the model answer teachers will see in the answer key",
      ]
    `);
  });

  it('a tag-like answer in a plain-text field prints as typed, so it is not reported as printing nothing', async () => {
    const d = lesson();
    d.sections[0].questions[2].rows[0].answers[0] = '<div>';
    d.sections[0].questions[4].pairs[0].match = '<b>';
    save(d);
    expect(await messages()).toEqual([]);
    const project = await loadProject(root);
    const prepared = await prepare(project, [], root);
    const [resolved] = prepared.lessons;
    if (!resolved) throw new Error('the lesson did not resolve');
    const templates = requireTemplates(project.templateDirs, project.display);
    const { html } = renderLessonDocument(lessonView(resolved, prepared.sources), 'answer-key', templates, { paper: 'letter', variant: 'standard' });
    expect(html).toContain('&lt;div&gt;');
    expect(html).toContain('&lt;b&gt;');
  });

  it('an image in lesson text, which would vanish from the PDF', async () => {
    const d = lesson();
    d.background.body = 'Look at the map.\n\n![Map of Korea](images/korea-map.png)';
    save(d);
    expect(await messages()).toMatchInlineSnapshot(`
      [
        "lessons/mini-lesson.json:25:13  /background/body  image "images/korea-map.png" will not print: lesson text cannot show images
        23 |   "background": {
        24 |     "title": "Background",
      > 25 |     "body": "Look at the map.\\n\\n![Map of Korea](images/korea-map.png)",
           |             ^
        26 |     "timeline": [
        hint: describe what the image shows in words; a school logo goes in lessonpack.config.json ("logo")",
      ]
    `);
  });

  it('a logo that is missing, or not the image its name says', async () => {
    put('lessonpack.config.json', JSON.stringify({ school: 'Lincoln High School', logo: 'branding/crest.png' }, null, 2));
    expect(await configMessages()).toMatchInlineSnapshot(`
      [
        "lessonpack.config.json:3:11  /logo  logo image not found: branding/crest.png
        1 | {
        2 |   "school": "Lincoln High School",
      > 3 |   "logo": "branding/crest.png"
          |           ^
        4 | }
        hint: put the image in the project and give its path relative to the project folder",
      ]
    `);
    put('branding/crest.png', 'not really a PNG');
    expect(await configMessages()).toMatchInlineSnapshot(`
      [
        "lessonpack.config.json:3:11  /logo  branding/crest.png is not a PNG image
        1 | {
        2 |   "school": "Lincoln High School",
      > 3 |   "logo": "branding/crest.png"
          |           ^
        4 | }
        hint: save the logo again as PNG, JPEG or SVG, with the matching extension",
      ]
    `);
  });

  it('a template override that uses a partial that does not exist', async () => {
    put('lessonpack.config.json', JSON.stringify({ templates: 'branding' }, null, 2));
    put('branding/partials/question.hbs', '<div class="question">\n  {{> q-header}}\n  {{#if isShortAnswer}}{{> q-writting}}{{/if}}\n</div>\n');
    expect(await messages()).toMatchInlineSnapshot(`
      [
        "branding/partials/question.hbs:2:3  partial "q-header" not found
        1 | <div class="question">
      > 2 |   {{> q-header}}
          |   ^
        3 |   {{#if isShortAnswer}}{{> q-writting}}{{/if}}
        hint: did you mean "q-head"?",
        "branding/partials/question.hbs:3:24  partial "q-writting" not found
        1 | <div class="question">
        2 |   {{> q-header}}
      > 3 |   {{#if isShortAnswer}}{{> q-writting}}{{/if}}
          |                        ^
        4 | </div>
        hint: did you mean "q-writing"?",
      ]
    `);
  });

  it('a template that does not compile, and an override that replaces nothing', async () => {
    put('lessonpack.config.json', JSON.stringify({ templates: 'branding' }, null, 2));
    put('branding/worksheet.hbs', '{{> doc-title}}\n{{#each lesson.sections}}\n<h2>{{title}}</h2>\n');
    put('branding/overview.hbs', '{{#if lesson.objectives.length}}\n  <ul>{{#each lesson.objectives}}<li>{{this}}</li>{{/if}}</ul>\n{{/each}}\n');
    put('branding/handot.hbs', '<p>typo in the file name</p>\n');
    expect(await messages()).toMatchInlineSnapshot(`
      [
        "branding/overview.hbs:2:10  {{#each}} is closed by {{/if}}
        1 | {{#if lesson.objectives.length}}
      > 2 |   <ul>{{#each lesson.objectives}}<li>{{this}}</li>{{/if}}</ul>
          |          ^
        3 | {{/each}}
        hint: close {{#each}} with {{/each}}",
        "branding/worksheet.hbs:2:1  {{#each}} is never closed
        1 | {{> doc-title}}
      > 2 | {{#each lesson.sections}}
          | ^
        3 | <h2>{{title}}</h2>
        hint: add {{/each}} where the block ends",
        "branding/handot.hbs  warning: "handot.hbs" does not replace any built-in template, so it is never used
        hint: did you mean "handout.hbs"?",
      ]
    `);
  });
});
