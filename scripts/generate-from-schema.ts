/**
 * Generates TypeScript types (src/model/*.generated.ts), the schemas' enumerations as constant arrays
 * (src/model/enums.generated.ts), the schemas' validators as code (src/validate/validators.generated.ts) and
 * docs/lesson-reference.md from the JSON Schemas, so the schemas stay the single source of truth. `--check` exits 1
 * when the generated files are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';
import { renderReference } from './schema-reference.js';

const root = join(import.meta.dirname, '..');
const schemas = [
  { file: 'lesson.schema.json', type: 'LessonFile' },
  { file: 'source.schema.json', type: 'SourceFile' },
  { file: 'unit.schema.json', type: 'UnitFile' },
  { file: 'config.schema.json', type: 'ConfigFile' },
];

/** Enumerations the code lists (CLI help, option checks, switches): each read from the one place the schema states it. */
const enums = [
  { name: 'PAPERS', doc: 'Paper sizes', file: 'config.schema.json', at: ['properties', 'paper'], type: "NonNullable<ConfigFile['paper']>" },
  { name: 'QUESTION_KINDS', doc: 'Question kinds', file: 'lesson.schema.json', at: ['$defs', 'question'], type: "Question['kind']" },
  { name: 'MAP_LAYER_KINDS', doc: 'Map layer kinds', file: 'lesson.schema.json', at: ['$defs', 'layer'], type: "Layer['kind']" },
];

type Node = { enum?: string[]; oneOf?: { $ref?: string }[]; discriminator?: { propertyName: string }; properties?: Record<string, { const?: string }> };

/** The values of an `enum`, or the discriminator's `const` of each `oneOf` branch. */
function enumValues(schema: Record<string, unknown>, at: string[]): string[] {
  const get = (path: string[]) => path.reduce<unknown>((n, key) => (n as Record<string, unknown>)[key], schema) as Node;
  const node = get(at);
  if (node.enum) return node.enum;
  const tag = node.discriminator?.propertyName ?? 'kind';
  return (node.oneOf ?? []).map((branch) => {
    const value = get((branch.$ref ?? '').replace(/^#\//, '').split('/')).properties?.[tag]?.const;
    if (!value) throw new Error(`${at.join('/')}: a branch without a "${tag}" const`);
    return value;
  });
}

function enumsModule(): string {
  const lines = [
    '/* Generated from schemas/*.schema.json by scripts/generate-from-schema.ts. Do not edit; run `npm run gen`. */',
    "import type { ConfigFile } from './config.generated.js';",
    "import type { Layer, Question } from './lesson.generated.js';",
  ];
  for (const e of enums) {
    const values = enumValues(JSON.parse(readFileSync(join(root, 'schemas', e.file), 'utf8')), e.at);
    lines.push('', `/** ${e.doc}: schemas/${e.file} #/${e.at.join('/')}. */`);
    lines.push(`export const ${e.name} = [${values.map((v) => `'${v}'`).join(', ')}] as const satisfies readonly ${e.type}[];`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Every schema compiled by Ajv ahead of time: compiling them at run time cost each `validate`, build and preview about
 * 0.4 s of CPU before its first file.
 */
function validatorsModule(): string {
  const ajv = new Ajv2020.default({
    allErrors: true,
    discriminator: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    code: { source: true, esm: true, lines: true },
  });
  const names: Record<string, string> = {};
  for (const { file } of schemas) {
    const name = file.replace('.schema.json', '');
    ajv.addSchema(JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8')), name);
    names[name] = name;
  }
  const code = standaloneCode.default(ajv, names).replace('"use strict";', '');
  return [
    '/* Generated from schemas/*.schema.json by scripts/generate-from-schema.ts. Do not edit; run `npm run gen`. */',
    "// @ts-nocheck: Ajv's standalone code, typed where src/validate/schema.ts imports it.",
    // Ajv's ESM output still require()s its runtime helpers (Node's and Vite's ESM disagree on a CJS default import).
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    code,
  ].join('\n');
}

async function generate(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const { file, type } of schemas) {
    const schema = JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8'));
    schema.title = type;
    const ts = await compile(schema, type, {
      bannerComment: `/* Generated from schemas/${file} by scripts/generate-from-schema.ts. Do not edit; run \`npm run gen\`. */`,
      additionalProperties: false,
      unreachableDefinitions: false,
      ignoreMinAndMaxItems: true,
      style: { singleQuote: true, printWidth: 120 },
      format: false,
    });
    out.set(join('src', 'model', file.replace('.schema.json', '.generated.ts')), ts);
  }
  out.set(join('src', 'model', 'enums.generated.ts'), enumsModule());
  out.set(join('src', 'validate', 'validators.generated.ts'), validatorsModule());
  const docs = schemas.map(({ file }) => renderReference(JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8')), file));
  out.set(join('docs', 'lesson-reference.md'), `${docs.join('\n\n')}\n`);
  return out;
}

const files = await generate();
const check = process.argv.includes('--check');
let stale = 0;
for (const [rel, content] of files) {
  const path = join(root, rel);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current === content) continue;
  if (check) {
    stale++;
    console.error(`${rel} is out of date with the schemas: run \`npm run gen\``);
  } else {
    writeFileSync(path, content);
    console.log(`wrote ${rel}`);
  }
}
if (stale) process.exitCode = 1;
