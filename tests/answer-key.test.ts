/**
 * The answer key's objective answers are the right ones: the marked multiple-choice options, the matching letters and
 * the ordering positions, read from the rendered HTML of the bundled unit (no browser) and checked against the lesson.
 */

import type { Element } from 'domhandler';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Question, ResolvedLesson } from '../src/model/index.js';
import { prepare } from '../src/pipeline.js';
import { loadProject } from '../src/project.js';
import { renderLessonDocument } from '../src/render/index.js';
import { builtinTemplateDir, requireTemplates } from '../src/render/templates/index.js';
import { lessonView } from '../src/render/view.js';
import { plainText } from '../src/text/markdown.js';
import { repoRoot, squash } from './helpers.js';

const norm = (s: string) => squash(s).replace(/\u00a0/g, ' ');
const hasClass = (e: Element, c: string) => (getAttributeValue(e, 'class') ?? '').split(/\s+/).includes(c);
const within = (e: Element, c: string) => findAll((n) => hasClass(n, c), [e]);
const text = (e: Element | undefined) => norm(e ? textContent(e) : '');

/** The editions of each answer key checked: as written, and the A and B versions (options and items shuffled). */
const VERSIONS = [undefined, 'A', 'B'] as const;
let lessons: ResolvedLesson[] = [];
/** Question blocks of each rendered answer key, by lesson id and version. */
const keys = new Map<string, Element[]>();
const keyName = (lesson: string, version?: string) => `${lesson}${version ? ` version ${version}` : ''}`;

beforeAll(async () => {
  const project = await loadProject(repoRoot);
  const prepared = await prepare(project, [], repoRoot);
  lessons = prepared.lessons;
  const templates = requireTemplates([builtinTemplateDir()]);
  for (const l of lessons)
    for (const version of VERSIONS) {
      const view = lessonView(l, prepared.sources, prepared.unit?.data, { version });
      const html = renderLessonDocument(view, 'answer-key', templates, { paper: 'letter', variant: 'standard' }).html;
      keys.set(
        keyName(l.data.id, version),
        findAll((n) => n.name === 'div' && hasClass(n, 'question'), parseDocument(html).children),
      );
    }
});

/** The rendered block of a question in an answer key. */
function block(key: string, q: Question): Element {
  const found = keys.get(key)?.find((e) => getAttributeValue(e, 'data-question') === q.id);
  if (!found) throw new Error(`${key}: no block for ${q.id}`);
  return found;
}

/** Every question of one kind in the bundled lessons, once per edition of its answer key. */
function questions<K extends Question['kind']>(kind: K): { key: string; q: Extract<Question, { kind: K }> }[] {
  return lessons.flatMap((l) =>
    l.data.sections.flatMap((s) =>
      s.questions.filter((q): q is Extract<Question, { kind: K }> => q.kind === kind).flatMap((q) => VERSIONS.map((v) => ({ key: keyName(l.data.id, v), q }))),
    ),
  );
}

const items = (e: Element, list: string) => findAll((n) => n.name === 'li', within(e, list));

describe('answer keys (bundled unit, as written and in versions A and B)', () => {
  it('mark exactly the correct multiple-choice options, with the letter they are printed with', () => {
    const mc = questions('multiple-choice');
    expect(mc.length).toBeGreaterThan(2 * VERSIONS.length);
    for (const { key, q } of mc) {
      const options = findAll((n) => n.name === 'li' && hasClass(n, 'option'), [block(key, q)]);
      expect(options, `${key} ${q.id}: every option printed`).toHaveLength(q.options.length);
      const printed = options.map((li) => ({
        letter: text(within(li, 'option-letter')[0]),
        text: text(within(li, 'option-text')[0]),
        marked: hasClass(li, 'is-correct'),
      }));
      const right = q.options.filter((o) => q.answer.includes(o.id)).map((o) => norm(plainText(o.text)));
      expect(
        printed
          .filter((o) => o.marked)
          .map((o) => o.text)
          .sort(),
        `${key} ${q.id}`,
      ).toEqual(right.sort());
      // Letters run A, B, C... down the printed list, so the marked letter is the right option's place.
      expect(printed.map((o) => o.letter)).toEqual(printed.map((_, i) => `${String.fromCharCode(65 + i)}.`));
    }
  });

  it('give each matching term the letter of its own match', () => {
    const matching = questions('matching');
    expect(matching.length).toBeGreaterThanOrEqual(VERSIONS.length);
    for (const { key, q } of matching) {
      const b = block(key, q);
      const choices = new Map(
        items(b, 'match-choices').map((li) => {
          const letter = text(within(li, 'option-letter')[0]).replace('.', '');
          return [letter, text(li).replace(/^[A-Z]\.\s*/, '')];
        }),
      );
      expect(choices.size, `${key} ${q.id}: every match printed`).toBe(q.pairs.length + (q.distractors?.length ?? 0));
      const terms = items(b, 'match-terms');
      expect(terms).toHaveLength(q.pairs.length);
      for (const li of terms) {
        const term = text(within(li, 'match-term')[0]);
        const pair = q.pairs.find((p) => norm(plainText(p.term)) === term);
        expect(pair, `${key} ${q.id} ${term}`).toBeDefined();
        expect(choices.get(text(within(li, 'key-answer')[0])), `${key} ${q.id} ${term}`).toBe(norm(plainText(pair?.match ?? '')));
      }
    }
  });

  it('number the ordering items in their true order', () => {
    const ordering = questions('ordering');
    expect(ordering.length).toBeGreaterThanOrEqual(VERSIONS.length);
    for (const { key, q } of ordering) {
      const printed = items(block(key, q), 'ordering');
      expect(printed, `${key} ${q.id}: every item printed`).toHaveLength(q.items.length);
      for (const li of printed) {
        const item = q.items.find((it) => norm(plainText(it.text)) === text(within(li, 'order-text')[0]));
        expect(item, `${key} ${q.id}`).toBeDefined();
        expect(Number(text(within(li, 'key-answer')[0])), `${key} ${q.id} ${item?.id}`).toBe(q.answer.indexOf(item?.id ?? '') + 1);
      }
    }
  });
});
