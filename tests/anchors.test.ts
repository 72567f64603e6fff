/** Anchors typed by a writer match the source's typography; the excerpt still prints the source's own characters. */
import { describe, expect, it } from 'vitest';
import type { Document, Source } from '../src/model/index.js';
import { resolveExcerpt } from '../src/resolve/excerpts.js';
import { firstDifference, fold } from '../src/resolve/fold.js';

const source = (text: string): Source => ({
  file: 'sources/s.json',
  textFile: 'sources/s.txt',
  text,
  meta: {
    id: 's',
    title: 'S',
    author: 'A',
    outlet: 'O',
    date: { display: '1950' },
    kind: 'speech or statement',
    citation: 'S.',
    perspective: 'P',
    reliability: { summary: 'R', knownErrors: [], goodEvidenceFor: [] },
  },
});
const doc = (locator: Document['locator'], omit?: Document['omit']): Document => ({
  id: 'doc-a',
  label: 'Document A',
  source: 's',
  headnote: 'h',
  locator,
  ...(omit ? { omit } : {}),
});

const TEXT = [
  '\u201CWe stood firm,\u201D he said, \u2018and the city did not fall.\u2019',
  'The line \u2014 drawn in 1945 \u2014 was the boundary between the Soviet-',
  'backed North and the South\u2026 and it lasted.',
  'General William H. Tun\u00ADner ran the airlift.',
].join('\n');

describe('anchor matching', () => {
  it('straight quotes, hyphens, three dots, soft hyphens and line-end hyphenation match their typographic forms', () => {
    const cases: [string, string][] = [
      ['"We stood firm,"', "the city did not fall.'"],
      ['The line -- drawn in 1945 - was', 'the Soviet-backed North'],
      ['the South... and it', 'it lasted.'],
      ['William H. Tunner', 'the airlift.'],
    ];
    for (const [start, end] of cases) {
      const { blocks, problems } = resolveExcerpt(doc({ start, end }), source(TEXT));
      expect(problems, start).toEqual([]);
      expect(blocks?.length, start).toBeGreaterThan(0);
    }
    const { blocks } = resolveExcerpt(doc({ start: '"We stood firm,"', end: "did not fall.'" }), source(TEXT));
    expect(blocks?.map((b) => b.text)).toEqual(['\u201CWe stood firm,\u201D he said, \u2018and the city did not fall.\u2019']);
  });

  it('different words still fail, and the hint names the differing character', () => {
    const { problems } = resolveExcerpt(doc({ start: 'until the fight', end: 'won.' }), source('We fight until this fight is won.'));
    expect(problems).toEqual([
      {
        pointer: '/locator/start',
        message: 'text not found verbatim in the source: "until the fight"',
        hint: 'closest passage: "until this fight"; the source has "i" (U+0069) where you wrote "e" (U+0065), after "until th"',
      },
    ]);
  });

  it('an end anchor before the start says so', () => {
    const { problems } = resolveExcerpt(doc({ start: 'the city did not fall', end: 'We stood firm' }), source(TEXT));
    expect(problems).toEqual([
      {
        pointer: '/locator/end',
        message: 'the end anchor "We stood firm" comes before the start anchor in the source',
        hint: 'the excerpt runs from the start anchor forward: choose an end anchor after it, or swap the two',
      },
    ]);
  });

  it('a cut outside the excerpt is not reported as missing from the source', () => {
    const { problems } = resolveExcerpt(doc({ start: 'The line', end: 'it lasted.' }, [{ start: 'We stood', end: 'he said,' }]), source(TEXT));
    expect(problems).toEqual([
      {
        pointer: '/omit/0',
        message: 'the cut from "We stood" to "he said," is in the source but outside the excerpt',
        hint: 'cuts must lie inside the excerpt, in the order they appear',
      },
    ]);
  });

  it('fold keeps offsets into the original', () => {
    const f = fold('a\u2026b\u00ADc \u201Cd\u201D');
    expect(f.text).toBe('a...bc "d"');
    expect(f.toOriginal.slice(0, 6)).toEqual([0, 1, 1, 1, 2, 4]);
    expect(firstDifference('same', 'same')).toBeUndefined();
  });
});
