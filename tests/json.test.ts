import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/errors.js';
import { decodeUtf8, parseJson } from '../src/load/json.js';

const first = (file: string, text: string) => {
  const { errors } = parseJson(file, text);
  expect(errors.length).toBeGreaterThan(0);
  return formatDiagnostic(errors[0] as NonNullable<(typeof errors)[0]>);
};

describe('broken JSON gets a located message', () => {
  it('trailing comma', () => {
    expect(first('lessons/x.json', '{\n  "id": "x",\n  "title": "T",\n}\n')).toMatchInlineSnapshot(`
      "lessons/x.json:4:1  invalid JSON: property name expected
        2 |   "id": "x",
        3 |   "title": "T",
      > 4 | }
          | ^
        5 | 
        hint: a trailing comma before } is not allowed in JSON; remove it"
    `);
  });

  it('missing quote', () => {
    const msg = first('lessons/x.json', '{\n  "id": "x,\n  "title": "T"\n}\n');
    expect(msg).toMatch(/^lessons\/x\.json:2:/);
    expect(msg).toContain('invalid JSON');
  });

  it('a byte order mark is read past, and columns stay those an editor shows', () => {
    const { doc, errors } = parseJson('lessons/x.json', '\uFEFF{"id": "x"}');
    expect(errors).toEqual([]);
    expect(doc.value).toEqual({ id: 'x' });
    expect(first('lessons/x.json', '\uFEFF{"id": x}')).toMatch(/^lessons\/x\.json:1:8 {2}invalid JSON/);
  });

  it('empty file', () => {
    expect(first('lessons/x.json', '  \n')).toMatchInlineSnapshot(`
      "lessons/x.json:1:1  the file is empty
        hint: a lesson file is one JSON object; run \`lessonpack new <id>\` for a starting point"
    `);
  });

  it('non-UTF-8 bytes point at the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{\n  "title": "caf'), 0xe9, ...new TextEncoder().encode('"\n}')]);
    const res = decodeUtf8('lessons/x.json', bytes);
    expect('error' in res && formatDiagnostic(res.error)).toMatchInlineSnapshot(`
      "lessons/x.json:2:16  the file is not valid UTF-8 (byte 0xe9 at offset 17)
        hint: save the file as UTF-8 (in VS Code: "Save with Encoding" > UTF-8)"
    `);
  });

  it('valid JSON parses', () => {
    const { doc, errors } = parseJson('a.json', '{"a": [1, 2]}');
    expect(errors).toEqual([]);
    expect(doc.value).toEqual({ a: [1, 2] });
  });
});
