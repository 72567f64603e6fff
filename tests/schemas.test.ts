/** The schemas are the editor's help text: every field has a description and an example, and every example is valid. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { toPointer } from '../src/load/json.js';
import { repoRoot } from './helpers.js';

type Schema = Record<string, unknown>;
const dir = join(repoRoot, 'schemas');
const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));

/** Every property schema in a schema, with its JSON pointer, however deeply nested (items, $defs, allOf, oneOf...). */
function properties(node: unknown, path: (string | number)[] = []): { pointer: string; schema: Schema }[] {
  if (!node || typeof node !== 'object') return [];
  const s = node as Schema;
  const out: { pointer: string; schema: Schema }[] = [];
  for (const [name, sub] of Object.entries((s.properties as Record<string, Schema> | undefined) ?? {})) {
    out.push({ pointer: toPointer([...path, 'properties', name]), schema: sub });
    out.push(...properties(sub, [...path, 'properties', name]));
  }
  for (const key of ['items', 'additionalProperties', 'not', 'if', 'then', 'else']) if (s[key]) out.push(...properties(s[key], [...path, key]));
  for (const key of ['prefixItems', 'allOf', 'oneOf', 'anyOf'])
    ((s[key] as unknown[] | undefined) ?? []).forEach((sub, i) => {
      out.push(...properties(sub, [...path, key, i]));
    });
  for (const [name, sub] of Object.entries((s.$defs as Record<string, Schema> | undefined) ?? {})) out.push(...properties(sub, [...path, '$defs', name]));
  return out;
}

describe('schemas', () => {
  it.each(files)('%s: every property has a description and examples', (file) => {
    const schema = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const props = properties(schema);
    expect(props.length).toBeGreaterThan(5);
    // A property that is only a $ref shows the definition's description and examples in editors: check those.
    const effective = (p: Schema): Schema =>
      Object.keys(p).length === 1 && typeof p.$ref === 'string'
        ? (p.$ref
            .split('/')
            .slice(1)
            .reduce<unknown>((n, k) => (n as Schema)[k], schema) as Schema)
        : p;
    const lacking = props.flatMap(({ pointer, schema: own }) => {
      const p = effective(own);
      return [
        ...(typeof p.description === 'string' && p.description.trim() ? [] : [`${pointer}: no description`]),
        ...(Array.isArray(p.examples) && p.examples.length ? [] : [`${pointer}: no examples`]),
      ];
    });
    expect(lacking).toEqual([]);
  });

  it.each(files)('%s: every example is valid for its field', (file) => {
    const schema = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    ajv.addSchema(schema);
    const invalid: string[] = [];
    let checked = 0;
    // Every subschema with examples (properties and definitions alike), however deep.
    const visit = (node: unknown, path: (string | number)[]) => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        for (const [i, n] of node.entries()) visit(n, [...path, i]);
        return;
      }
      for (const [k, v] of Object.entries(node)) if (k !== 'examples' && k !== 'enum' && k !== 'const') visit(v, [...path, k]);
      const examples = (node as Schema).examples;
      if (!Array.isArray(examples)) return;
      const validate = ajv.getSchema(`${schema.$id}#${toPointer(path)}`);
      if (!validate) throw new Error(`cannot compile ${file}#${toPointer(path)}`);
      for (const example of examples) {
        checked++;
        if (!validate(example)) invalid.push(`${toPointer(path)}: ${JSON.stringify(example)} ${ajv.errorsText(validate.errors)}`);
      }
    };
    visit(schema, []);
    expect(checked).toBeGreaterThan(5);
    expect(invalid).toEqual([]);
  });
});
