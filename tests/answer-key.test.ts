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

let lessons: ResolvedLesson[] = [];
const keys = new Map<string, Element[]>();

beforeAll(async () => {
  const project = await loadProject(repoRoot);
  const prepared = await prepare(project, [], repoRoot);
  lessons = prepared.lessons;
  const templates = requireTemplates([builtinTemplateDir()]);
  for (const l of lessons) {
    const view = lessonView(l, prepared.sources, prepared.unit?.data);
    const html = renderLessonDocument(view, 'answer-key', templates, { paper: 'letter', variant: 'standard' }).html;
    keys.set(
      l.data.id,
      findAll((n) => n.name === 'div' && hasClass(n, 'question'), parseDocument(html).children),
    );
  }
});

/** The rendered block of a question in a lesson's answer key. */
function block(lesson: string, q: Question): Element {
  const found = keys.get(lesson)?.find((e) => getAttributeValue(e, 'data-question') === q.id);
  if (!found) throw new Error(`${lesson}: no block for ${q.id}`);
  return found;
}

const questions = (kind: Question['kind']) =>
  lessons.flatMap((l) => l.data.sections.flatMap((s) => s.questions.filter((q) => q.kind === kind).map((q) => ({ lesson: l.data.id, q }))));

describe('answer keys (bundled unit)', () => {
  it('mark exactly the correct multiple-choice options', () => {
    const mc = questions('multiple-choice');
    expect(mc.length).toBeGreaterThan(2);
    for (const { lesson, q } of mc) {
      if (q.kind !== 'multiple-choice') continue;
      const marked = within(block(lesson, q), 'is-correct').map((li) => text(within(li, 'option-text')[0]));
      const right = q.options.filter((o) => q.answer.includes(o.id)).map((o) => norm(plainText(o.text)));
      expect(marked.sort(), `${lesson} ${q.id}`).toEqual(right.sort());
    }
  });

  it('give each matching term the letter of its own match', () => {
    const matching = questions('matching');
    expect(matching.length).toBeGreaterThan(0);
    for (const { lesson, q } of matching) {
      if (q.kind !== 'matching') continue;
      const b = block(lesson, q);
      const choices = new Map(
        findAll((n) => n.name === 'li', within(b, 'match-choices')).map((li) => {
          const letter = text(within(li, 'option-letter')[0]).replace('.', '');
          return [letter, text(li).replace(/^[A-Z]\.\s*/, '')];
        }),
      );
      const terms = findAll((n) => n.name === 'li', within(b, 'match-terms'));
      expect(terms).toHaveLength(q.pairs.length);
      for (const li of terms) {
        const term = text(within(li, 'match-term')[0]);
        const pair = q.pairs.find((p) => norm(plainText(p.term)) === term);
        expect(pair, `${lesson} ${q.id} ${term}`).toBeDefined();
        expect(choices.get(text(within(li, 'key-answer')[0])), `${lesson} ${q.id} ${term}`).toBe(norm(plainText(pair?.match ?? '')));
      }
    }
  });

  it('number the ordering items in their true order', () => {
    const ordering = questions('ordering');
    expect(ordering.length).toBeGreaterThan(0);
    for (const { lesson, q } of ordering) {
      if (q.kind !== 'ordering') continue;
      for (const li of findAll((n) => n.name === 'li', within(block(lesson, q), 'ordering'))) {
        const item = q.items.find((it) => norm(plainText(it.text)) === text(within(li, 'order-text')[0]));
        expect(item, `${lesson} ${q.id}`).toBeDefined();
        expect(Number(text(within(li, 'key-answer')[0])), `${lesson} ${q.id} ${item?.id}`).toBe(q.answer.indexOf(item?.id ?? '') + 1);
      }
    }
  });
});
