/**
 * The one-line "how to answer" instruction printed under a question. Authors often write the same instruction in
 * their prompt ("Mark all that apply."); then the prompt's wording is kept and ours is left out, so it prints once.
 */
import type { Question } from '../model/index.js';

/** What an author's prompt says when it already tells students how to answer, per question kind. */
const SAYS_HOW: Record<string, RegExp> = {
  ordering: /\bnumber (the|these|each)\b|\bearliest\b|\bchronological order\b|\bin (the )?order\b/i,
  matching: /\bwrite the (letter|number)\b|\bmatch each\b|\bdraw a line\b/i,
  one: /\bcircle\b|\b(choose|pick|select|mark) (one|the best|the correct)\b|\bone answer\b/i,
  'all-that-apply': /\ball that apply\b|\b(mark|select|circle|tick|choose) (all|every|each)\b/i,
};

/** The instruction for a question, or "" when its prompt already gives it. */
export function answerInstruction(q: Question): string {
  const line = instructionFor(q);
  if (!line) return '';
  const key = q.kind === 'multiple-choice' ? q.select : q.kind;
  return SAYS_HOW[key]?.test(q.prompt) ? '' : line;
}

function instructionFor(q: Question): string {
  switch (q.kind) {
    case 'multiple-choice':
      return q.select === 'one' ? 'Circle one answer.' : 'Mark all that apply.';
    case 'ordering':
      return `Number the events from 1 (earliest) to ${q.items.length} (latest).`;
    case 'matching':
      return `Write the letter of the matching description on each line.${q.pairs.length + (q.distractors?.length ?? 0) > q.pairs.length ? ' Not every description is used.' : ''}`;
    default:
      return '';
  }
}
