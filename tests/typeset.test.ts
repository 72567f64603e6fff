/** The pure rules behind the printed page: reflowing wrapped sources, cut marks, bound last words, instructions. */
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../src/i18n/index.js';
import type { Question } from '../src/model/index.js';
import { answerInstruction } from '../src/render/instructions.js';
import { fillPages, linesPerPage } from '../src/render/page.js';
import { normalizeSource } from '../src/resolve/paragraphs.js';
import { quoteBlocks } from '../src/resolve/quote.js';
import { bindLastWords, bindLastWordsHtml, ellipses } from '../src/text/typography.js';

/** A PDF copy: every line wrapped near 60 characters, a blank line after each, a sub-heading between paragraphs. */
const WRAPPED = [
  'On June 25, 1950, the war began when soldiers from the North',
  '',
  'poured across the 38th parallel. That was the line between the Soviet-',
  '',
  'backed North and the South.',
  '',
  'The Two Koreas',
  '',
  'Since the early 1900s, Korea had been a part of the Japanese empire.',
  '',
  'After the war it fell to the Americans and the Soviets to decide what',
  ' should be done with it.',
].join('\n');

describe('wrapped sources', () => {
  it('join lines into paragraphs, rejoin a hyphenated word and find the sub-heading', () => {
    const text = normalizeSource(WRAPPED, 'wrapped');
    expect(text.flat.split('\n')).toEqual([
      'On June 25, 1950, the war began when soldiers from the North poured across the 38th parallel. That was the line between the Soviet-backed North and the South.',
      'The Two Koreas',
      'Since the early 1900s, Korea had been a part of the Japanese empire. After the war it fell to the Americans and the Soviets to decide what should be done with it.',
    ]);
    expect([...text.headings]).toEqual([1]);
  });

  it('read line by line, the same file is a paragraph per line (what the "wrapped" rule exists to avoid)', () => {
    expect(normalizeSource(WRAPPED, 'blank-line').paragraphCount).toBe(6);
    expect(normalizeSource(WRAPPED, 'wrapped', 'none').headings.size).toBe(0);
  });
});

describe('cut marks', () => {
  const text = normalizeSource(['One two three four.', 'A Heading', 'Five six seven eight.', 'Nine ten eleven twelve.'].join('\n'), 'line');
  const at = (s: string) => text.flat.indexOf(s);
  it('stand inside a paragraph where the words were, and end a paragraph when a cut crosses a paragraph break', () => {
    expect(
      quoteBlocks(text, [
        { from: 0, to: at('three') },
        { from: at('four.'), to: at('A Heading') - 1 },
      ]),
    ).toEqual([{ kind: 'paragraph', text: 'One two […] four.' }]);
    const across = quoteBlocks(text, [
      { from: 0, to: at(' three') },
      { from: at('Five'), to: text.flat.length },
    ]);
    expect(across).toEqual([
      { kind: 'paragraph', text: 'One two […]' },
      { kind: 'paragraph', text: 'Five six seven eight.' },
      { kind: 'paragraph', text: 'Nine ten eleven twelve.' },
    ]);
  });

  it('keep a whole sub-heading as a heading, and open the paragraph after a cut that follows it', () => {
    expect(
      quoteBlocks(text, [
        { from: at('A Heading'), to: at('Five') - 1 },
        { from: at('Nine'), to: text.flat.length },
      ]),
    ).toEqual([
      { kind: 'heading', text: 'A Heading' },
      { kind: 'paragraph', text: '[…] Nine ten eleven twelve.' },
    ]);
  });

  it("print an author's three periods as one ellipsis character, and our own [...] as […]", () => {
    const dots = normalizeSource('He said... nothing.', 'line');
    expect(quoteBlocks(dots, [{ from: 0, to: dots.flat.length }])).toEqual([{ kind: 'paragraph', text: 'He said… nothing.' }]);
    expect(ellipses('cut [...] here, [ … ] there, and so...')).toBe('cut […] here, […] there, and so...');
  });
});

describe('last lines', () => {
  it('bind the last three words (and a trailing cut mark) so no line holds one or two words alone', () => {
    expect(bindLastWords('Korea to the north and the pro-Western Republic of Korea to the south. […]')).toBe(
      'Korea to the north and the pro-Western Republic of Korea to\u00a0the\u00a0south.\u00a0[…]',
    );
    expect(bindLastWords('Too short.')).toBe('Too short.');
    expect(bindLastWordsHtml('<p><em>A</em> one two three four</p>')).toBe('<p><em>A</em> one two\u00a0three\u00a0four</p>');
  });
});

describe('answer instructions', () => {
  const en = messagesFor('en');
  const base = { id: 'q', points: 1, skill: 'chronology' } as const;
  it('print once: the template line is left out when the prompt already says how to answer', () => {
    const items = [1, 2, 3].map((n) => ({ id: `i${n}`, text: `Event ${n}` }));
    const ordering = (prompt: string) => ({ ...base, kind: 'ordering', prompt, items, answer: ['i1', 'i2', 'i3'] }) as unknown as Question;
    expect(answerInstruction(ordering('Which came first?'), en)).toBe('Number the events from 1 (earliest) to 3 (latest).');
    expect(answerInstruction(ordering('Number these events from 1 (earliest) to 3 (latest).'), en)).toBe('');
    const many = (prompt: string) => ({ ...base, kind: 'multiple-choice', select: 'all-that-apply', prompt, options: [], answer: [] }) as unknown as Question;
    expect(answerInstruction(many('Which are true?'), en)).toBe('Mark all that apply.');
    expect(answerInstruction(many('Which are true? Mark all that apply.'), en)).toBe('');
  });

  it('in the lesson language, and recognised in that language', () => {
    const es = messagesFor('es');
    const items = [1, 2].map((n) => ({ id: `i${n}`, text: `Hecho ${n}` }));
    const ordering = (prompt: string) => ({ ...base, kind: 'ordering', prompt, items, answer: ['i1', 'i2'] }) as unknown as Question;
    expect(answerInstruction(ordering('¿Qué pasó primero?'), es)).toBe('Numera los hechos del 1 (el más antiguo) al 2 (el más reciente).');
    expect(answerInstruction(ordering('Numera estos hechos del 1 al 2.'), es)).toBe('');
    const one = { ...base, kind: 'multiple-choice', select: 'one', prompt: '어느 것이 맞습니까?', options: [], answer: [] } as unknown as Question;
    expect(answerInstruction(one, messagesFor('ko'))).toBe('알맞은 답 하나에 동그라미 하세요.');
  });
});

describe('writing space', () => {
  it('is rounded up to whole pages of lines', () => {
    const per = linesPerPage('letter', 'standard');
    expect(per).toBe(29);
    expect(fillPages(22, per)).toBe(29);
    expect(fillPages(30, per)).toBe(58);
    expect(fillPages(0, per)).toBe(29);
    expect(linesPerPage('a4', 'large-print')).toBe(20);
  });
});
