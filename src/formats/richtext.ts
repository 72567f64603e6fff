/**
 * The small, sanitized HTML the renderer makes from lesson Markdown (see render/markdown.ts), read back as blocks and
 * runs, so that formats other than HTML (Word, QTI) print the same text with the same emphasis.
 */

/** A piece of text with one style. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  sup?: boolean;
  sub?: boolean;
  /** A line break before the text. */
  break?: boolean;
}

export type Block =
  | { type: 'paragraph'; runs: Run[]; heading?: 3 | 4 }
  | { type: 'list'; ordered: boolean; items: Block[][] }
  | { type: 'quote'; blocks: Block[] }
  | { type: 'table'; rows: { header: boolean; cells: Run[][] }[] };

interface Node {
  tag: string;
  children: (Node | string)[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Decodes the entities sanitize-html writes (named, decimal and hex). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

const VOID = new Set(['br', 'hr', 'img']);

/** Parses well-formed HTML (as sanitize-html writes it) into a tree; attributes are dropped. */
function parseTree(html: string): Node {
  const root: Node = { tag: 'root', children: [] };
  const stack = [root];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(\/?)>|([^<]+)/g)) {
    const top = stack[stack.length - 1] as Node;
    if (m[4] !== undefined) {
      top.children.push(decodeEntities(m[4]));
      continue;
    }
    const tag = (m[2] as string).toLowerCase();
    if (m[1]) {
      // Close up to the matching tag (a stray closing tag closes nothing).
      const at = stack.map((n) => n.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
    } else {
      const node: Node = { tag, children: [] };
      top.children.push(node);
      if (!VOID.has(tag) && !m[3]) stack.push(node);
    }
  }
  return root;
}

const STYLE: Record<string, keyof Run> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', code: 'code', sup: 'sup', sub: 'sub' };

/** The styled runs of inline content. */
function runsOf(children: (Node | string)[], style: Omit<Run, 'text'> = {}): Run[] {
  const out: Run[] = [];
  let pendingBreak = false;
  for (const c of children) {
    if (typeof c === 'string') {
      out.push({ ...style, text: c, ...(pendingBreak ? { break: true } : {}) });
      pendingBreak = false;
    } else if (c.tag === 'br') pendingBreak = true;
    else {
      const flag = STYLE[c.tag];
      out.push(...runsOf(c.children, flag ? { ...style, [flag]: true } : style));
    }
  }
  return out;
}

const BLOCK_TAGS = new Set(['p', 'h3', 'h4', 'ul', 'ol', 'blockquote', 'table', 'li']);

/** Blocks of a node's children; loose inline content becomes a paragraph. */
function blocksOf(children: (Node | string)[]): Block[] {
  const out: Block[] = [];
  let inline: (Node | string)[] = [];
  const flush = () => {
    const runs = trimRuns(runsOf(inline));
    if (runs.length) out.push({ type: 'paragraph', runs });
    inline = [];
  };
  for (const c of children) {
    if (typeof c === 'string' || !BLOCK_TAGS.has(c.tag)) {
      inline.push(c);
      continue;
    }
    flush();
    if (c.tag === 'p') out.push({ type: 'paragraph', runs: trimRuns(runsOf(c.children)) });
    else if (c.tag === 'h3' || c.tag === 'h4') out.push({ type: 'paragraph', heading: c.tag === 'h3' ? 3 : 4, runs: trimRuns(runsOf(c.children)) });
    else if (c.tag === 'ul' || c.tag === 'ol') out.push({ type: 'list', ordered: c.tag === 'ol', items: elements(c, 'li').map((li) => blocksOf(li.children)) });
    else if (c.tag === 'blockquote') out.push({ type: 'quote', blocks: blocksOf(c.children) });
    else if (c.tag === 'table') out.push(tableOf(c));
    else out.push(...blocksOf(c.children));
  }
  flush();
  return out;
}

/** Descendant elements with a tag, in document order (not inside another of the same tag). */
function elements(node: Node, tag: string): Node[] {
  return node.children.flatMap((c) => (typeof c === 'string' ? [] : c.tag === tag ? [c] : elements(c, tag)));
}

function tableOf(node: Node): Block {
  const rows = elements(node, 'tr').map((tr) => {
    const cells = tr.children.filter((c): c is Node => typeof c !== 'string' && (c.tag === 'th' || c.tag === 'td'));
    return { header: cells.length > 0 && cells.every((c) => c.tag === 'th'), cells: cells.map((c) => trimRuns(runsOf(c.children))) };
  });
  return { type: 'table', rows };
}

/** Whitespace collapsed as a browser would: runs of spaces and newlines become one space, none at the ends. */
function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }));
  for (let i = 1; i < out.length; i++) if (/ $/.test(out[i - 1]?.text ?? '') && !out[i]?.break) (out[i] as Run).text = (out[i] as Run).text.replace(/^ /, '');
  if (out[0]) out[0].text = out[0].text.trimStart();
  const last = out[out.length - 1];
  if (last) last.text = last.text.trimEnd();
  return out.filter((r) => r.text || r.break);
}

/** Block HTML (a paragraph, lists, quotes) as blocks. */
export function parseBlocks(html: string): Block[] {
  return blocksOf(parseTree(html).children);
}

/** Inline HTML (an option, a timeline event) as runs. */
export function parseInline(html: string): Run[] {
  return trimRuns(runsOf(parseTree(html).children));
}

/** The plain text of blocks, one line per paragraph (for tests and text comparisons). */
export function blocksText(blocks: Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.type === 'paragraph') return [b.runs.map((r) => r.text).join('')];
    if (b.type === 'list') return b.items.flatMap(blocksText);
    if (b.type === 'quote') return blocksText(b.blocks);
    return b.rows.map((r) => r.cells.map((c) => c.map((x) => x.text).join('')).join(' | '));
  });
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export { escapeXml };

/** Runs as XHTML inline markup (well-formed XML: no named entities). */
export function runsXhtml(runs: Run[]): string {
  return runs
    .map((r) => {
      let s = escapeXml(r.text);
      if (r.code) s = `<code>${s}</code>`;
      if (r.sup) s = `<sup>${s}</sup>`;
      if (r.sub) s = `<sub>${s}</sub>`;
      if (r.italic) s = `<em>${s}</em>`;
      if (r.bold) s = `<strong>${s}</strong>`;
      return `${r.break ? '<br/>' : ''}${s}`;
    })
    .join('');
}

/** Blocks as XHTML (for QTI item bodies, whose content model is XHTML's). */
export function blocksXhtml(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (b.type === 'paragraph') return b.heading ? `<h${b.heading}>${runsXhtml(b.runs)}</h${b.heading}>` : `<p>${runsXhtml(b.runs)}</p>`;
      if (b.type === 'list') {
        const tag = b.ordered ? 'ol' : 'ul';
        return `<${tag}>${b.items.map((item) => `<li>${blocksXhtml(item)}</li>`).join('')}</${tag}>`;
      }
      if (b.type === 'quote') return `<blockquote>${blocksXhtml(b.blocks)}</blockquote>`;
      const rows = b.rows.map((r) => `<tr>${r.cells.map((c) => (r.header ? `<th>${runsXhtml(c)}</th>` : `<td>${runsXhtml(c)}</td>`)).join('')}</tr>`);
      return `<table><tbody>${rows.join('')}</tbody></table>`;
    })
    .join('');
}
