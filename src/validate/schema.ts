import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Diagnostic } from '../errors.js';
import { type JsonDocument, locate, pointerSegments } from '../load/json.js';
import type { Checked, ConfigFile, LessonFile, SourceFile, UnitFile } from '../model/index.js';
import { packageRoot } from '../paths.js';
import { closest } from './suggest.js';
import { config, lesson, source, unit } from './validators.generated.js';

const validators = { config, lesson, source, unit };

/** Each schema and the type generated from it (src/model/*.generated.ts): what a document that passes it is. */
interface SchemaTypes {
  lesson: LessonFile;
  source: SourceFile;
  unit: UnitFile;
  config: ConfigFile;
}
export type SchemaName = keyof SchemaTypes;

type JsonSchema = {
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  allOf?: JsonSchema[];
  description?: string;
  enum?: unknown[];
  pattern?: string;
  examples?: unknown[];
};

/** Problems shown per file: enough to fix in one go, few enough to read. */
const MAX_PER_FILE = 50;

/** A compiled schema: its validator is a type guard for the schema's generated type. */
interface Compiled<T> {
  validate: ValidateFunction<T>;
  root: JsonSchema;
}

/** The schema itself, for hints (descriptions, examples, allowed properties), and its validator compiled ahead of time. */
function compile<N extends SchemaName>(name: N): Compiled<SchemaTypes[N]> {
  const root = JSON.parse(readFileSync(join(packageRoot, 'schemas', `${name}.schema.json`), 'utf8')) as JsonSchema;
  // Ajv's code, generated from this very schema (npm run gen; checked in the tests): a type guard for its generated type.
  return { validate: validators[name] as unknown as ValidateFunction<SchemaTypes[N]>, root };
}

/** Read on first use: a no-op build never reads a schema. */
const once = <T>(make: () => T) => {
  let made: T | undefined;
  return () => {
    made ??= make();
    return made;
  };
};

const compiled: { [N in SchemaName]: () => Compiled<SchemaTypes[N]> } = {
  lesson: once(() => compile('lesson')),
  source: once(() => compile('source')),
  unit: once(() => compile('unit')),
  config: once(() => compile('config')),
};

/** Follows local $refs and allOf to list every property name a schema allows. */
function allowedProperties(schema: JsonSchema | undefined, root: JsonSchema): string[] {
  if (!schema) return [];
  const names = Object.keys(schema.properties ?? {});
  if (schema.$ref) names.push(...allowedProperties(deref(schema.$ref, root), root));
  for (const s of schema.allOf ?? []) names.push(...allowedProperties(s, root));
  return [...new Set(names)];
}

function deref(ref: string, root: JsonSchema): JsonSchema | undefined {
  let node: unknown = root;
  for (const seg of pointerSegments(ref.replace(/^#/, ''))) node = (node as Record<string, unknown> | undefined)?.[seg];
  return node as JsonSchema | undefined;
}

/** When a oneOf fails, keep only the errors of the branch that came closest, so users see one story. */
function pruneOneOf(errors: ErrorObject[]): ErrorObject[] {
  const failedOneOf = errors.filter((e) => e.keyword === 'oneOf');
  let kept = errors;
  for (const one of failedOneOf) {
    const prefix = `${one.schemaPath.replace(/\/oneOf$/, '')}/oneOf/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const e of kept) {
      if (!e.schemaPath.startsWith(prefix) || !e.instancePath.startsWith(one.instancePath)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    if (branches.size === 0) continue;
    // The branch with the fewest errors is what the author meant; unknown-property errors weigh most.
    const score = (es: ErrorObject[]) => es.reduce((n, e) => n + (e.keyword === 'additionalProperties' ? 3 : 1), 0);
    const best = [...branches.values()].sort((a, b) => score(a) - score(b))[0] ?? [];
    const drop = new Set([...branches.values()].flat().filter((e) => !best.includes(e)));
    drop.add(one);
    kept = kept.filter((e) => !drop.has(e));
  }
  return kept;
}

/** The field's description and its examples, e.g. `Machine-readable date or year, if known. For example "2024-11".` */
function formatHint(schema: JsonSchema | undefined): string | undefined {
  const examples = (schema?.examples ?? []).map((x) => JSON.stringify(x));
  return [schema?.description, examples.length ? `For example ${examples.join(' or ')}.` : ''].filter(Boolean).join(' ') || undefined;
}

function describe(e: ErrorObject, root: JsonSchema): { message: string; hint?: string; pointer: string; key?: boolean } {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const prop = String(p.missingProperty);
      const sub = (e.parentSchema as JsonSchema | undefined)?.properties?.[prop];
      const desc = sub?.description ?? (sub?.$ref ? deref(sub.$ref, root)?.description : undefined);
      return { pointer: e.instancePath, message: `missing required property "${prop}"`, hint: desc ? `add "${prop}": ${desc}` : `add "${prop}"` };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const prop = String(p.additionalProperty ?? p.unevaluatedProperty);
      const allowed = allowedProperties(e.parentSchema as JsonSchema, root);
      const guess = closest(prop, allowed);
      return {
        pointer: `${e.instancePath}/${prop.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        key: true,
        message: `unknown property "${prop}"`,
        hint: guess ? `did you mean "${guess}"?` : `allowed properties: ${allowed.join(', ')}`,
      };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      const guess = typeof e.data === 'string' ? closest(e.data, (p.allowedValues as unknown[]).map(String)) : undefined;
      return {
        pointer: e.instancePath,
        message: `${JSON.stringify(e.data)} is not an allowed value`,
        hint: `${guess ? `did you mean "${guess}"? ` : ''}allowed values: ${allowed.join(', ')}`,
      };
    }
    case 'discriminator': {
      // The kinds come from the schema (question kinds, map layer kinds); the noun from where the object sits.
      const kinds = ((e.parentSchema as { oneOf?: JsonSchema[] } | undefined)?.oneOf ?? [])
        .map((s) => (s.$ref ? deref(s.$ref, root) : s)?.properties?.kind)
        .map((k) => String((k as { const?: string } | undefined)?.const));
      const noun = /\/layers\/\d+$|\/answer\/\d+$/.test(e.instancePath) ? 'layer' : 'question';
      if (p.error === 'mapping') {
        const guess = closest(String(p.tagValue), kinds);
        return {
          pointer: `${e.instancePath}/kind`,
          message: `unknown ${noun} kind ${JSON.stringify(p.tagValue)}`,
          hint: `${guess ? `did you mean "${guess}"? ` : ''}allowed values: ${kinds.map((k) => `"${k}"`).join(', ')}`,
        };
      }
      return { pointer: e.instancePath, message: `the ${noun} needs a "kind"`, hint: `allowed values: ${kinds.join(', ')}` };
    }
    case 'minimum':
    case 'maximum':
      return {
        pointer: e.instancePath,
        message: `${JSON.stringify(e.data)} is out of range: it must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(p.limit)}`,
        hint: formatHint(e.parentSchema as JsonSchema | undefined),
      };
    case 'type':
      return {
        pointer: e.instancePath,
        message: `must be ${String(p.type)}, not ${e.data === null ? 'null' : Array.isArray(e.data) ? 'array' : typeof e.data}`,
      };
    case 'const':
      return { pointer: e.instancePath, message: `must be ${JSON.stringify(p.allowedValue)}` };
    case 'pattern': {
      // "\S": text that must say something (a title of spaces prints as nothing).
      if (p.pattern === '\\S')
        return { pointer: e.instancePath, message: 'must contain more than spaces', hint: formatHint(e.parentSchema as JsonSchema | undefined) };
      const idLike = String(p.pattern).startsWith('^[a-z0-9]+(-[a-z0-9]+)*$');
      return {
        pointer: e.instancePath,
        message: idLike ? `${JSON.stringify(e.data)} is not a valid id` : `${JSON.stringify(e.data)} is not in the expected format`,
        hint: idLike ? 'ids use lowercase letters, digits and single hyphens, e.g. "korean-war-cause"' : formatHint(e.parentSchema as JsonSchema | undefined),
      };
    }
    case 'minLength':
      return { pointer: e.instancePath, message: Number(p.limit) === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters` };
    case 'maxLength':
      return { pointer: e.instancePath, message: `is too long (${String(e.data).length} characters; at most ${String(p.limit)})`, hint: 'shorten the text' };
    case 'minItems':
      return { pointer: e.instancePath, message: `needs at least ${String(p.limit)} item(s)` };
    case 'maxItems':
      return { pointer: e.instancePath, message: `has more than ${String(p.limit)} items` };
    default:
      return { pointer: e.instancePath, message: e.message ?? e.keyword };
  }
}

/** Validates a parsed JSON file against one of our schemas: its value, typed, or every error as a located diagnostic. */
export function validateSchema<N extends SchemaName>(name: N, doc: JsonDocument): Checked<SchemaTypes[N]> {
  const { validate, root } = compiled[name]();
  const value = doc.value;
  if (validate(value)) return { ok: true, value };
  return { ok: false, diagnostics: describeErrors(validate.errors ?? [], root, doc) };
}

/** Ajv's errors as located diagnostics: the closest oneOf branch only, each problem once, at most MAX_PER_FILE described. */
function describeErrors(all: ErrorObject[], root: JsonSchema, doc: JsonDocument): Diagnostic[] {
  const errors = pruneOneOf(all);
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  const rest = new Set<string>();
  for (const e of errors) {
    // Describing and locating cost time per error, so thousands of them would take minutes; past the cap, only count.
    if (out.length >= MAX_PER_FILE) {
      rest.add(`${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`);
      continue;
    }
    const d = describe(e, root);
    const id = `${d.pointer}|${d.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const where = locate(doc, d.pointer, { key: d.key });
    out.push({ file: doc.file, ...where, pointer: d.pointer || '/', severity: 'error', code: `schema/${e.keyword}`, message: d.message, hint: d.hint });
  }
  const more = rest.size;
  if (more)
    out.push({
      file: doc.file,
      line: 1,
      column: 1,
      severity: 'error',
      code: 'schema/more',
      message: `${more} more problem(s) in this file are not shown`,
      hint: 'fix the problems above and validate again',
    });
  return out;
}
