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

function table(s: Schema): string[] {
  const rows = ['| field | type | required | description |', '|---|---|---|---|'];
  for (const [name, p] of Object.entries(s.properties ?? {})) {
    const req = s.required?.includes(name) ? 'yes' : '';
    const extra = [p.pattern ? `Pattern: \`${p.pattern}\`.` : '', p.examples ? `Example: \`${JSON.stringify(p.examples[0])}\`.` : ''].filter(Boolean).join(' ');
    const desc = `${p.description ?? ''} ${extra}`.replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();
    rows.push(
      `| \`${name}\` | ${typeOf(p)
        .replace(/\|(?!\|)/g, '\\|')
        .replace(/\\\\\|/g, '\\|')} | ${req} | ${desc} |`,
    );
  }
  return rows;
}

export function renderReference(schema: Schema, file: string): string {
  const out = [`# ${schema.title ?? file}`, '', `Schema: \`schemas/${file}\``, '', schema.description ?? '', '', ...table(schema)];
  for (const [name, def] of Object.entries(schema.$defs ?? {})) {
    out.push('', `## ${name}`, '', def.description ?? '');
    if (def.properties) out.push('', ...table(def));
    else if (def.oneOf) out.push('', `One of: ${def.oneOf.map(typeOf).join(', ')}.`);
    else out.push('', `Type: ${typeOf(def)}.`);
  }
  return out.join('\n');
}
