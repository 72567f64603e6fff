/**
 * One source per enumeration: papers and question kinds come from the schemas (src/model/enums.generated.ts), variants
 * and document kinds from one constant each (src/model/index.ts), output formats from src/formats/choose.ts. The CLI
 * help lists exactly those values, and no module of src/ keeps a second copy of a whole list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpText } from '../src/cli/help.js';
import { OUTPUT_FORMATS } from '../src/formats/choose.js';
import { DOCUMENT_KINDS, LESSON_DOCUMENTS, MAP_LAYER_KINDS, PAPERS, QUESTION_KINDS, VARIANTS } from '../src/model/index.js';
import { repoRoot } from './helpers.js';

type Schema = { $defs: Record<string, { oneOf: { $ref: string }[] }> } & Record<string, unknown>;
const schema = (name: string): Schema => JSON.parse(readFileSync(join(repoRoot, 'schemas', `${name}.schema.json`), 'utf8'));

/** The `kind` const of each branch of a discriminated definition, read straight from the schema. */
function kinds(s: Schema, def: string): string[] {
  return (s.$defs[def]?.oneOf ?? []).map((b) => {
    const name = b.$ref.split('/').pop() ?? '';
    return (s.$defs[name] as unknown as { properties: { kind: { const: string } } }).properties.kind.const ?? '';
  });
}

const help = helpText('0.0.0');
/** The words of the help line that starts with `flag`, up to the next option (descriptions wrap onto indented lines). */
function helpFor(flag: string): string {
  const start = help.indexOf(`  ${flag}`);
  const rest = help.slice(start + 2);
  const end = rest.search(/\n {2}-/);
  return rest.slice(0, end < 0 ? undefined : end).replace(/\s+/g, ' ');
}

/** Every enumeration the code lists, with where its one source is (other files must not spell out the whole list). */
const ENUMS: { name: string; values: readonly string[]; home: string }[] = [
  { name: 'PAPERS', values: PAPERS, home: 'model/enums.generated.ts' },
  { name: 'QUESTION_KINDS', values: QUESTION_KINDS, home: 'model/enums.generated.ts' },
  { name: 'MAP_LAYER_KINDS', values: MAP_LAYER_KINDS, home: 'model/enums.generated.ts' },
  { name: 'VARIANTS', values: VARIANTS, home: 'model/index.ts' },
  { name: 'LESSON_DOCUMENTS', values: LESSON_DOCUMENTS, home: 'model/index.ts' },
  { name: 'OUTPUT_FORMATS', values: OUTPUT_FORMATS, home: 'formats/choose.ts' },
];

describe('one source per enumeration', () => {
  it('the generated constants are the schemas own lists', () => {
    const config = schema('config') as unknown as { properties: { paper: { enum: string[] } } };
    expect([...PAPERS]).toEqual(config.properties.paper.enum);
    expect([...QUESTION_KINDS]).toEqual(kinds(schema('lesson'), 'question'));
    expect([...MAP_LAYER_KINDS]).toEqual(kinds(schema('lesson'), 'layer'));
  });

  it('the CLI help lists exactly the values the CLI accepts', () => {
    const config = schema('config') as unknown as { properties: { paper: { enum: string[] } } };
    expect(/--paper (\S+)/.exec(helpFor('--paper'))?.[1]?.split('|')).toEqual(config.properties.paper.enum);
    expect(/--variant (\S+)/.exec(helpFor('--variant'))?.[1]?.split('|')).toEqual([...VARIANTS]);
    const only = /comma-separated: (.*?) \(/.exec(helpFor('--only'))?.[1]?.split(', ');
    expect(only).toEqual([...DOCUMENT_KINDS]);
    const formats = helpFor('--format')
      .replace(/^--format FORMATS /, '')
      .replace(/\([^)]*\)/g, '')
      .split(';')[0]
      ?.split(',')
      .map((f) => f.trim());
    expect(formats).toEqual([...OUTPUT_FORMATS]);
  });

  it('no module of src/ spells out a whole enumeration a second time', () => {
    const src = join(repoRoot, 'src');
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => f.split('\\').join('/'));
    const copies: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(src, file), 'utf8');
      // Array literals and union types: the quoted strings of each.
      const lists = [...text.matchAll(/\[[^[\]]*\]|(?:'[^'\n]*'\s*\|\s*)+'[^'\n]*'/g)].map((m) => new Set([...m[0].matchAll(/'([^'\n]*)'/g)].map((q) => q[1])));
      for (const e of ENUMS) {
        if (file === e.home) continue;
        const whole = (list: Set<string | undefined>) => e.values.every((v) => list.has(v));
        // A list written as text (help, messages): "letter|a4", "letter, a4".
        const written = [e.values.join('|'), e.values.join(', ')].some((t) => text.includes(t));
        if (lists.some(whole) || written) copies.push(`${file}: ${e.name}`);
      }
    }
    expect(copies).toEqual([]);
  });
});
