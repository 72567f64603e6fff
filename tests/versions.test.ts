/** A/B versions in the view: stable shuffles that differ between versions, fixed options and unshuffled questions kept. */
import { describe, expect, it } from 'vitest';
import type { MultipleChoice } from '../src/model/index.js';
import { versionOrder } from '../src/render/order.js';
import { lessonView } from '../src/render/view.js';
import { bundledLessons } from './helpers.js';

describe('versions', () => {
  it('orders a list the same way every time, differently for each version where the list allows it', () => {
    const fixed = [false, false, false, false];
    const orders = (['A', 'B', 'C', 'D'] as const).map((v) => versionOrder(fixed, 'lesson/q1', v).join());
    expect(new Set(orders).size).toBe(4);
    expect(versionOrder(fixed, 'lesson/q1', 'C').join()).toBe(orders[2]);
    for (const o of orders) expect(o.split(',').map(Number).sort()).toEqual([0, 1, 2, 3]);
    // Two items have two orders: versions A and B differ; C repeats one of them.
    expect(versionOrder([false, false], 's', 'A')).not.toEqual(versionOrder([false, false], 's', 'B'));
  });

  it('keeps a fixed item in its place', () => {
    for (const v of ['A', 'B', 'C', 'D'] as const) {
      const order = versionOrder([false, false, false, true], 'lesson/q2', v);
      expect(order[3]).toBe(3);
    }
  });

  it('keeps the written order of a question with shuffle: false, and the key follows every version', async () => {
    const { prepared } = await bundledLessons();
    const lesson = structuredClone(prepared.lessons[0]) as NonNullable<(typeof prepared.lessons)[0]>;
    const questions = lesson.data.sections.flatMap((s) => s.questions).filter((q): q is MultipleChoice => q.kind === 'multiple-choice');
    const [pinned, free] = questions;
    if (!pinned || !free) throw new Error('the bundled lesson has two multiple-choice questions');
    pinned.shuffle = false;
    const written = pinned.options.map((o) => o.id);
    for (const version of ['A', 'B'] as const) {
      const view = lessonView(lesson, prepared.sources, prepared.unit?.data, { version });
      const qs = view.sections.flatMap((s) => s.questions);
      const shown = qs.find((q) => q.id === pinned.id);
      expect(shown && 'isMultipleChoice' in shown ? shown.options.map((o) => o.id) : []).toEqual(written);
      const other = qs.find((q) => q.id === free.id);
      if (!other || !('isMultipleChoice' in other)) throw new Error('missing question');
      // The letters of the key are where the lesson's answers landed in this version.
      expect(other.answerLetters).toBe(
        other.options
          .filter((o) => free.answer.includes(o.id))
          .map((o) => o.letter)
          .join(', '),
      );
      expect(view.version).toBe(version);
    }
    const a = lessonView(lesson, prepared.sources, prepared.unit?.data, { version: 'A' });
    const b = lessonView(lesson, prepared.sources, prepared.unit?.data, { version: 'B' });
    const ids = (v: typeof a) => v.sections.flatMap((s) => s.questions).map((q) => ('isMultipleChoice' in q ? q.options.map((o) => o.id).join('') : ''));
    expect(ids(a)).not.toEqual(ids(b));
    // Question order never changes.
    expect(a.sections.flatMap((s) => s.questions.map((q) => q.id))).toEqual(b.sections.flatMap((s) => s.questions.map((q) => q.id)));
  });
});
