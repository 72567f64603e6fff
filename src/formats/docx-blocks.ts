/** Rich text (see richtext.ts) as Word paragraphs and tables, plus the few shapes every document uses. */
import {
  BorderStyle,
  LeaderType,
  LineRuleType,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { type Block, parseBlocks, parseInline, type Run } from './richtext.js';

/** How answers are marked in a key: a colour and a shade, and always a word, so they show in grey print too. */
export const ANSWER_COLOUR = '9B1C1C';
const ANSWER_SHADE = 'FBEAEA';

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  size?: number;
  font?: string;
}

/** Word runs for rich-text runs, with an extra style on top. */
export function textRuns(runs: Run[], style: RunStyle = {}): TextRun[] {
  return runs.map(
    (r) =>
      new TextRun({
        text: r.text,
        bold: r.bold || style.bold,
        italics: r.italic || style.italics,
        superScript: r.sup,
        subScript: r.sub,
        color: style.color,
        size: style.size,
        font: r.code ? 'Courier New' : style.font,
        break: r.break ? 1 : undefined,
      }),
  );
}

/** Inline HTML from the view as Word runs. */
export const inlineRuns = (html: string, style: RunStyle = {}) => textRuns(parseInline(html), style);

export interface BlockContext {
  /** Paragraph style for plain paragraphs (e.g. "Quote"). */
  style?: string;
  run?: RunStyle;
  /** Left indent in twips. */
  indent?: number;
  shading?: string;
}

/** Word paragraphs and tables for blocks; lists use the "bullets" and "numbers" numbering definitions. */
export function blockElements(blocks: Block[], ctx: BlockContext = {}, listLevel = 0): (Paragraph | Table)[] {
  return blocks.flatMap((b): (Paragraph | Table)[] => {
    if (b.type === 'paragraph')
      return [
        new Paragraph({
          style: b.heading ? `Heading${b.heading}` : ctx.style,
          children: textRuns(b.runs, ctx.run),
          indent: ctx.indent ? { left: ctx.indent } : undefined,
          shading: ctx.shading ? { type: ShadingType.CLEAR, fill: ctx.shading, color: 'auto' } : undefined,
        }),
      ];
    if (b.type === 'quote') return blockElements(b.blocks, { ...ctx, style: 'Quote' }, listLevel);
    if (b.type === 'list')
      return b.items.flatMap((item) => {
        const [first, ...rest] = item;
        const head =
          first?.type === 'paragraph'
            ? [
                new Paragraph({
                  children: textRuns(first.runs, ctx.run),
                  numbering: { reference: b.ordered ? 'numbers' : 'bullets', level: Math.min(listLevel, 2) },
                }),
              ]
            : [];
        return [...head, ...blockElements(first?.type === 'paragraph' ? rest : item, ctx, listLevel + 1)];
      });
    return [
      simpleTable(
        b.rows.map((r) => r.cells.map((c) => [new Paragraph({ children: textRuns(c, r.header ? { bold: true } : {}) })])),
        b.rows[0]?.header ?? false,
      ),
    ];
  });
}

/** Block HTML from the view as Word elements. */
export const htmlBlocks = (html: string, ctx: BlockContext = {}) => blockElements(parseBlocks(html), ctx);

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

/** A full-width table; the first row repeats on every page when it is a header row. */
export function simpleTable(rows: Paragraph[][][], header: boolean, options: { widths?: number[]; minHeight?: number } = {}): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: options.widths,
    borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER, insideHorizontal: CELL_BORDER, insideVertical: CELL_BORDER },
    rows: rows.map(
      (cells, i) =>
        new TableRow({
          tableHeader: header && i === 0,
          cantSplit: true,
          height: options.minHeight && !(header && i === 0) ? { value: options.minHeight, rule: 'atLeast' } : undefined,
          children: cells.map(
            (children) =>
              new TableCell({
                children: children.length ? children : [new Paragraph({})],
                shading: header && i === 0 ? { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' } : undefined,
                margins: { top: 60, bottom: 60, left: 100, right: 100 },
              }),
          ),
        }),
    ),
  });
}

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 1 };

/** Ruled writing space: `lines` empty lines, each with a rule under it, about a handwritten line high. */
export function writingLines(lines: number): Paragraph[] {
  return Array.from(
    { length: Math.max(1, Math.min(lines, 40)) },
    () =>
      new Paragraph({
        children: [],
        spacing: { line: 440, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        // Word and LibreOffice draw one border around a run of alike paragraphs: "between" rules each line.
        border: { between: RULE, bottom: RULE },
        keepNext: true,
      }),
  );
}

/** An answer in a key: a labelled, shaded block in the answer colour. */
export function answerBlock(label: string, html: string): Paragraph[] {
  const ctx: BlockContext = { run: { color: ANSWER_COLOUR }, shading: ANSWER_SHADE, indent: 360 };
  return [
    new Paragraph({
      children: [new TextRun({ text: label, bold: true, color: ANSWER_COLOUR })],
      shading: { type: ShadingType.CLEAR, fill: ANSWER_SHADE, color: 'auto' },
      indent: { left: 360 },
      keepNext: true,
    }),
    ...(htmlBlocks(html, ctx) as Paragraph[]),
  ];
}

/** A short answer written into a blank in the key, in the answer colour. */
export const answerRun = (text: string) => new TextRun({ text, bold: true, color: ANSWER_COLOUR });

/** "Name ____ Class ____ Date ____" with underscore leaders; the key says so on the name line. */
export function studentLines(key: boolean, width: number): Paragraph {
  const stops = [0.5, 0.75, 1].map((f) => ({ type: TabStopType.RIGHT, position: Math.round(width * f), leader: LeaderType.UNDERSCORE }));
  const children: ParagraphChild[] = [
    new TextRun({ text: 'Name ', bold: true }),
    ...(key ? [answerRun('ANSWER KEY')] : []),
    new TextRun({ text: '\t  Class ', bold: true }),
    new TextRun({ text: '\t  Date ', bold: true }),
    new TextRun({ text: '\t' }),
  ];
  return new Paragraph({ tabStops: stops, children, spacing: { before: 120, after: 240 } });
}
