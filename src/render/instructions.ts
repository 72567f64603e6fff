/**
 * The one-line "how to answer" instruction printed under a question, in the lesson's language. Authors often write
 * the same instruction in their prompt ("Mark all that apply."); then the prompt's wording is kept and ours is left
 * out, so it prints once.
 */
import type { Messages } from '../i18n/index.js';
import type { Question } from '../model/index.js';

type Kind = 'ordering' | 'matching' | 'one' | 'all-that-apply';

/** What an author's prompt says when it already tells students how to answer, per language and question kind. */
const SAYS_HOW: Record<string, Record<Kind, RegExp>> = {
  en: {
    ordering: /\bnumber (the|these|each)\b|\bearliest\b|\bchronological order\b|\bin (the )?order\b/i,
    matching: /\bwrite the (letter|number)\b|\bmatch each\b|\bdraw a line\b/i,
    one: /\bcircle\b|\b(choose|pick|select|mark) (one|the best|the correct)\b|\bone answer\b/i,
    'all-that-apply': /\ball that apply\b|\b(mark|select|circle|tick|choose) (all|every|each)\b/i,
  },
  es: {
    ordering: /\bnumera\b|\bm[áa]s antiguo\b|\borden cronol[óo]gico\b|\bordena\b/i,
    matching: /\bla letra\b|\brelaciona\b|\bune cada\b/i,
    one: /\bencierra\b|\b(elige|escoge|marca) (una|la mejor|la correcta)\b|\buna sola respuesta\b/i,
    'all-that-apply': /\btodas las que correspondan\b|\bmarca todas\b/i,
  },
  ko: {
    ordering: /순서/,
    matching: /기호|연결/,
    one: /하나/,
    'all-that-apply': /모두/,
  },
};

/** The instruction for a question, or "" when its prompt already gives it. */
export function answerInstruction(q: Question, m: Messages): string {
  const line = instructionFor(q, m);
  if (!line) return '';
  const key: Kind | undefined = q.kind === 'multiple-choice' ? q.select : q.kind === 'ordering' || q.kind === 'matching' ? q.kind : undefined;
  return key && SAYS_HOW[m.language]?.[key].test(q.prompt) ? '' : line;
}

function instructionFor(q: Question, m: Messages): string {
  switch (q.kind) {
    case 'multiple-choice':
      return m.t(q.select === 'one' ? 'select.one' : 'select.all');
    case 'ordering':
      return m.t('ordering.instruction', { last: q.items.length });
    case 'matching':
      return `${m.t('matching.instruction')}${q.distractors?.length ? ` ${m.t('matching.unused')}` : ''}`;
    default:
      return '';
  }
}
