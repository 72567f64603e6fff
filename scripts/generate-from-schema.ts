/**
 * Generates TypeScript types (src/model/*.generated.ts) and docs/lesson-reference.md from the JSON Schemas,
 * so the schemas stay the single source of truth. `--check` exits 1 when the generated files are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { renderReference } from './schema-reference.js';

const root = join(import.meta.dirname, '..');
const schemas = [
  { file: 'lesson.schema.json', type: 'LessonFile' },
  { file: 'source.schema.json', type: 'SourceFile' },
  { file: 'unit.schema.json', type: 'UnitFile' },
  { file: 'config.schema.json', type: 'ConfigFile' },
];

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
