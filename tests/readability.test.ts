/** Reading levels, unit by unit: counting words, sentences and syllables, the grade, Markdown as read, grade bands. */
import { describe, expect, it } from 'vitest';
import { gradeLabel } from '../src/render/view.js';
import { documentReading, markdownText, readingLevel } from '../src/resolve/readability.js';
import { gradeBand } from '../src/validate/reading.js';
import { EASY_TEXT, HARD_TEXT } from './fixtures/reading/texts.js';

/** The Flesch-Kincaid grade level formula (Kincaid et al. 1975), written out here to check the package against. */
const fk = (words: number, sentences: number, syllables: number) => 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;

describe('readingLevel', () => {
  it('counts words, sentences and syllables, and computes the Flesch-Kincaid grade from them', () => {
    const level = readingLevel('The cat sat on the mat. The dog ran to the big red barn.');
    expect(level).toMatchObject({ words: 14, sentences: 2, syllables: 14 });
    expect(level.grade).toBeCloseTo(fk(14, 2, 14), 1);
    const armistice = readingLevel('The armistice was signed in 1953.');
    // the (1) ar-mi-stice (3) was (1) signed (1) in (1) 1953 (a number: 1)
    expect(armistice).toMatchObject({ words: 6, sentences: 1, syllables: 8 });
    expect(armistice.grade).toBeCloseTo(fk(6, 1, 8), 1);
  });

  it('does not end a sentence at initials, abbreviations or a stop followed by a lower-case word', () => {
    expect(readingLevel('Gen. MacArthur met Harry S. Truman on Wake Island in October 1950. The U.S. forces were far north by then.').sentences).toBe(2);
    expect(readingLevel('At 5 p.m. the guns stopped. Mr. Rhee was not told.').sentences).toBe(2);
    expect(readingLevel('Was it an invasion? Pyongyang said no! The South, it claimed, had attacked first.').sentences).toBe(3);
    expect(readingLevel('"We will fight," he said. "Now."').sentences).toBe(2);
  });

  it('counts a cut "[…]" and dashes as no words, and a line break as the end of a sentence', () => {
    expect(readingLevel('One two three. […] Four five six.')).toMatchObject({ words: 6, sentences: 2 });
    expect(readingLevel('A heading without a stop\nThe text — with a dash — goes on.')).toMatchObject({ words: 12, sentences: 2 });
  });

  it('has no grade for a text without words', () => {
    expect(readingLevel('')).toEqual({ words: 0, sentences: 0, syllables: 0, grade: undefined });
    expect(readingLevel(' […] ').grade).toBeUndefined();
  });

  it('grades a hard text far above an easy one on the same subject', () => {
    const hard = readingLevel(HARD_TEXT).grade ?? 0;
    const easy = readingLevel(EASY_TEXT).grade ?? 99;
    expect(hard).toBeGreaterThan(20);
    expect(easy).toBeLessThan(6);
  });
});

describe('gradeLabel', () => {
  it('prints one decimal, "below 1" for the easiest texts, and nothing for a text without words', () => {
    const level = (grade?: number) => ({ words: 1, sentences: 1, syllables: 1, grade });
    expect([10.44, 7, 1, 0.9, -3.4, undefined].map((g) => gradeLabel(level(g)))).toEqual(['10.4', '7.0', '1.0', 'below 1', 'below 1', '']);
  });
});

describe('markdownText', () => {
  it('keeps the words a reader sees: markers, link targets, images and raw HTML dropped, one block per line', () => {
    const text = markdownText(
      '**Source:** a *quoted* [statement](https://example.org/x) <b>here</b>\n\n- one\n- two\n\n![a map](map.png)\n\n| Side | Leader |\n|---|---|\n| North | Kim |',
    );
    expect(text.split('\n').filter(Boolean)).toEqual(['Source: a quoted statement here', 'one', 'two', 'Side', 'Leader', 'North', 'Kim']);
  });
});

describe('documentReading', () => {
  const doc = { id: 'doc-b', label: 'Document B', source: 's', locator: { paragraphs: [1, 1] }, headnote: 'h' };
  it('measures the adapted version when there is one, and keeps the excerpt as the original', () => {
    const plain = documentReading(doc as never, [HARD_TEXT]);
    expect(plain.reading).toEqual(plain.original);
    expect(plain.reading.words).toBe(HARD_TEXT.split(/\s+/).length);
    const adapted = documentReading({ ...doc, adapted: { text: `**Adapted.** ${EASY_TEXT}`, changes: 'Shorter sentences.' } } as never, [HARD_TEXT]);
    expect(adapted.reading.words).toBe(EASY_TEXT.split(/\s+/).length + 1);
    expect(adapted.original).toEqual(plain.original);
  });
});

describe('gradeBand', () => {
  it.each([
    ['Grades 9-12', { low: 9, high: 12 }],
    ['grades 9–12', { low: 9, high: 12 }],
    ['Grade 8', { low: 8, high: 8 }],
    ['9th-10th grade', { low: 9, high: 10 }],
    ['Grades 6 to 8', { low: 6, high: 8 }],
    ['K-2', { low: 0, high: 2 }],
    ['11', { low: 11, high: 11 }],
  ])('reads %s', (text, band) => {
    expect(gradeBand(text)).toEqual(band);
  });

  it.each([undefined, '', 'Adults', 'Year 10', 'Grades 12-9', 'Grade 13', 'AP US History'])('has no band for %s', (text) => {
    expect(gradeBand(text)).toBeUndefined();
  });
});
