/** The .notdef scan: glyph id 0 in `<hex> Tj` runs of two-byte glyph ids, as Skia writes page text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notdefIn } from '../src/pdf/glyphs.js';

/** The reading of the rule that is easy to check by eye (and what lessonpack ran before): every run, every id. */
function reference(text: string): number {
  let count = 0;
  for (const m of text.matchAll(/<([0-9A-Fa-f]+)>[ \t\r\n\f\0]*Tj/g))
    for (let i = 0; i + 4 <= (m[1]?.length ?? 0); i += 4) if (m[1]?.slice(i, i + 4) === '0000') count++;
  return count;
}

describe('notdefIn', () => {
  it.each([
    ['<00120000> Tj', 1],
    ['<0000000000>Tj', 2],
    ['<0000>\n  Tj <0000> Tj', 2],
    ['<00100001> Tj', 0],
    ['<0000> TJ [<0000>] TJ <0000> Td', 0],
    ['10000 0 Td 0.0000 w <00AB> Tj', 0],
    ['<<0000>> Tj', 0],
    ['<0000 Tj', 0],
  ])('%j shows %i glyph 0', (text, count) => {
    expect(notdefIn(Buffer.from(text, 'latin1'))).toBe(count);
    expect(reference(text)).toBe(count);
  });

  it('agrees with the reference on generated content streams', () => {
    const id = fc.constantFrom('0000', '0012', '00ab', '1000', '0', '00');
    const run = fc
      .tuple(fc.array(id, { maxLength: 5 }), fc.constantFrom(' Tj', 'Tj', '\n Tj', ' TJ', ' Td', '>', ''))
      .map(([ids, op]) => `<${ids.join('')}>${op}`);
    const noise = fc.constantFrom('10000 0 Td ', '[', ']', '<', '>', ' ', '0000', 'T', 'j');
    let found = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(run, noise), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        found += reference(text);
        expect(notdefIn(Buffer.from(text, 'latin1'))).toBe(reference(text));
      }),
      { numRuns: 2000, seed: 13 },
    );
    // The generator reaches the interesting cases.
    expect(found).toBeGreaterThan(500);
  });
});
