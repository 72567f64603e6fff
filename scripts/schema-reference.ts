/** Renders a Markdown field reference from a JSON Schema's descriptions and examples. */
type Schema = {
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  $ref?: string;
  $defs?: Record<string, Schema>;
  enum?: unknown[];
  const?: unknown;
  oneOf?: Schema[];
  examples?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
};

function typeOf(s: Schema): string {
  if (s.$ref) return `[${s.$ref.split('/').pop()}](#${(s.$ref.split('/').pop() ?? '').toLowerCase()})`;
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum) return s.enum.map((e) => `\`${JSON.stringify(e)}\``).join(' \\| ');
  if (s.oneOf) return s.oneOf.map(typeOf).join(' or ');
  if (s.type === 'array') return `array of ${s.items ? typeOf(s.items) : 'values'}`;
  return String(s.type ?? 'object');
}

/** Inline objects (not $refs) under a schema's properties, with a dotted path naming where they sit. */
function nested(s: Schema, prefix: string): { path: string; schema: Schema }[] {
  const out: { path: string; schema: Schema }[] = [];
  for (const [name, p] of Object.entries(s.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (p.properties) out.push({ path, schema: p }, ...nested(p, path));
    else if (p.items?.properties)
      out.push({ path: `${path}[]`, schema: { ...p.items, description: p.items.description ?? p.description } }, ...nested(p.items, `${path}[]`));
  }
  for (const [i, branch] of (s.oneOf ?? []).entries())
    if (branch.properties) out.push({ path: `${prefix} (${branch.title ?? `form ${i + 1}`})`, schema: branch });
  return out;
}

/** The first example, unless it is too long for a table cell (big objects are shown field by field instead). */
function example(p: Schema): string {
  const json = p.examples?.length ? JSON.stringify(p.examples[0]) : '';
  return json && json.length <= 160 ? `Example: \`${json}\`.` : '';
}

function table(s: Schema): string[] {
  const rows = ['| field | type | required | description |', '|---|---|---|---|'];
  for (const [name, p] of Object.entries(s.properties ?? {})) {
    const req = s.required?.includes(name) ? 'yes' : '';
    const extra = [p.pattern ? `Pattern: \`${p.pattern}\`.` : '', example(p)].filter(Boolean).join(' ');
    const desc = `${p.description ?? ''} ${extra}`.replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();
    rows.push(
      `| \`${name}\` | ${typeOf(p)
        .replace(/\|(?!\|)/g, '\\|')
        .replace(/\\\\\|/g, '\\|')} | ${req} | ${desc} |`,
    );
  }
  return rows;
}

/** A table per object, then one per object nested inside it. */
function tables(s: Schema, level: string, name: string): string[] {
  const out = [...table(s)];
  for (const n of nested(s, name)) out.push('', `${level} ${n.path}`, '', n.schema.description ?? '', '', ...table(n.schema));
  return out;
}

export function renderReference(schema: Schema, file: string): string {
  const out = [`# ${schema.title ?? file}`, '', `Schema: \`schemas/${file}\``, '', schema.description ?? '', '', ...tables(schema, '##', '')];
  for (const [name, def] of Object.entries(schema.$defs ?? {})) {
    out.push('', `## ${name}`, '', def.description ?? '');
    if (def.properties) out.push('', ...tables(def, '###', name));
    else if (def.oneOf)
      out.push('', `One of: ${def.oneOf.map(typeOf).join(', ')}.`, ...nested(def, name).flatMap((n) => ['', `### ${n.path}`, '', ...table(n.schema)]));
    else out.push('', `Type: ${typeOf(def)}.`);
  }
  return out.join('\n');
}
