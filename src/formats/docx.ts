/**
 * Editable Word copies of the handout, worksheet and answer key: a pure function from a lesson's view to .docx bytes,
 * with real Word structure (heading styles, numbered questions, lettered options, tables with header rows, ruled
 * writing space, a running header and "Page X of Y" footer). Fonts are named, not embedded; Word substitutes a
 * similar face where they are not installed.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TabStopType,
  TextRun,
} from 'docx';
import { unzipSync } from 'fflate';
import { messagesFor } from '../i18n/index.js';
import type { Paper, Variant } from '../model/index.js';
import { documentLabel, type LessonView } from '../render/view.js';
import { htmlBlocks, inlineRuns, simpleTable, studentLines } from './docx-blocks.js';
import { questionElements, writing } from './docx-questions.js';
import { zipFiles } from './zip.js';

/** The documents that have a Word copy. */
export const DOCX_DOCUMENTS = ['handout', 'worksheet', 'answer-key'] as const;
export type DocxKind = (typeof DOCX_DOCUMENTS)[number];

export interface DocxOptions {
  paper: Paper;
  variant: Variant;
  school?: string;
  /** Written as the document's created and modified dates (the build's fixed date, never the clock). */
  date: Date;
}

/** Page sizes and margins in twips (1/1440 in); the margins match the PDFs'. */
const PAGE: Record<Paper, { width: number; height: number }> = { letter: { width: 12240, height: 15840 }, a4: { width: 11906, height: 16838 } };
const MARGIN = { top: 1224, bottom: 1152, left: 1080, right: 1080 };

/** Fonts and sizes (half-points) per variant, as the PDFs print them. */
const TYPE: Record<Variant, { body: string; ui: string; size: number }> = {
  standard: { body: 'Source Serif 4', ui: 'Source Sans 3', size: 22 },
  'large-print': { body: 'Source Serif 4', ui: 'Source Sans 3', size: 32 },
  dyslexia: { body: 'OpenDyslexic', ui: 'OpenDyslexic', size: 22 },
};

/** Text width between the margins, in twips. */
export const textWidth = (paper: Paper) => PAGE[paper].width - MARGIN.left - MARGIN.right;

function titleBlock(view: LessonView, kindLabel: string, school: string): Paragraph[] {
  const eyebrow = [school, view.unit, kindLabel].filter(Boolean).join(' · ');
  return [
    new Paragraph({ style: 'Eyebrow', children: [new TextRun(eyebrow)] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: inlineRuns(view.title) }),
    new Paragraph({ style: 'CentralQuestion', children: [new TextRun({ text: 'Central question: ', bold: true }), ...inlineRuns(view.centralQuestion)] }),
  ];
}

function handoutBody(view: LessonView): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(view.background.title)] }),
    ...htmlBlocks(view.background.html),
  ];
  if (view.background.timeline.length) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Timeline')] }));
    const rows = view.background.timeline.map((t) => [
      [new Paragraph({ children: [new TextRun({ text: t.date, bold: true })] })],
      [new Paragraph({ children: inlineRuns(t.eventHtml) })],
    ]);
    out.push(simpleTable([[[new Paragraph('Date')], [new Paragraph('Event')]], ...rows], true, { widths: [2200, 7800] }));
  }
  if (view.vocabulary.length) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Vocabulary')] }));
    const rows = view.vocabulary.map((v) => [
      [new Paragraph({ children: [new TextRun({ text: v.term, bold: true })] })],
      [new Paragraph({ children: inlineRuns(v.definitionHtml) })],
    ]);
    out.push(simpleTable([[[new Paragraph('Term')], [new Paragraph('Definition')]], ...rows], true, { widths: [2600, 7400] }));
  }
  for (const d of view.documents) {
    // Each document starts a page, as in the PDF, so a teacher can hand one out on its own.
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(d.title ? `${d.label}: ${d.title}` : d.label)] }));
    out.push(...htmlBlocks(d.headnoteHtml, { style: 'Headnote' }));
    if (d.adaptedHtml) out.push(...htmlBlocks(d.adaptedHtml, { style: 'Quote' }));
    else for (const p of d.paragraphs) out.push(new Paragraph({ style: 'Quote', children: [new TextRun(p)] }));
    if (d.glosses.length)
      out.push(
        ...d.glosses.map((g) => new Paragraph({ style: 'Gloss', children: [new TextRun({ text: `${g.term}: `, bold: true }), new TextRun(g.definition)] })),
      );
    out.push(new Paragraph({ style: 'Citation', children: [new TextRun(`Source: ${d.citation}${d.adaptedHtml ? ' (adapted)' : ''}`)] }));
  }
  return out;
}

function worksheetBody(view: LessonView, key: boolean, width: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      children: [
        new TextRun({ text: 'Total: ', bold: true }),
        new TextRun({ text: key ? `${view.totalPoints}` : '______', bold: key }),
        new TextRun(` / ${view.totalPoints} points · ${view.questionCount} questions`),
      ],
    }),
  ];
  for (const s of view.sections) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${s.title} (${s.points} points)`)] }));
    if (s.instructionsHtml) out.push(...htmlBlocks(s.instructionsHtml, { style: 'Instructions' }));
    for (const q of s.questions) out.push(...questionElements(q, key, width));
  }
  const ticket = view.exitTicket;
  if (ticket)
    // The exit ticket is cut off and handed in: its own page, with its own name line.
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(`Exit ticket: ${view.titleText}`)] }),
      studentLines(key, width),
      ...htmlBlocks(ticket.promptHtml),
      ...writing(ticket, key),
    );
  return out;
}

function headerFooter(left: string, right: string, width: number) {
  const run = (text: string, bold = false) => new TextRun({ text, bold });
  return {
    headers: {
      default: new Header({
        children: [
          new Paragraph({ style: 'Running', tabStops: [{ type: TabStopType.RIGHT, position: width }], children: [run(left), run('\t'), run(right, true)] }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            style: 'Running',
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
          }),
        ],
      }),
    },
  };
}

function styles(variant: Variant, language: string) {
  const t = TYPE[variant];
  const ui = { font: t.ui };
  return {
    default: {
      document: {
        run: { font: t.body, size: t.size, language: { value: language } },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { ...ui, size: Math.round(t.size * 1.9), bold: true }, paragraph: { spacing: { after: 120 } } },
      heading1: { run: { ...ui, size: Math.round(t.size * 1.35), bold: true }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
      heading2: { run: { ...ui, size: Math.round(t.size * 1.15), bold: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      heading3: { run: { ...ui, size: t.size, bold: true }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
    },
    paragraphStyles: [
      // Header and footer text; page-number fields take their size from the paragraph's style, not from a run.
      { id: 'Running', name: 'Running Header', basedOn: 'Normal', run: { ...ui, size: Math.round(t.size * 0.78) }, paragraph: { spacing: { after: 0 } } },
      { id: 'Eyebrow', name: 'Eyebrow', basedOn: 'Normal', run: { ...ui, size: Math.round(t.size * 0.85), allCaps: true, color: '555555' } },
      { id: 'CentralQuestion', name: 'Central Question', basedOn: 'Normal', run: { italics: true }, paragraph: { spacing: { after: 200 } } },
      { id: 'Headnote', name: 'Headnote', basedOn: 'Normal', run: { ...ui, size: Math.round(t.size * 0.9) } },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        paragraph: { indent: { left: 567, right: 284 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: '808080', space: 8 } } },
      },
      { id: 'Gloss', name: 'Gloss', basedOn: 'Normal', run: { ...ui, size: Math.round(t.size * 0.85) }, paragraph: { indent: { left: 567 } } },
      { id: 'Citation', name: 'Citation', basedOn: 'Normal', run: { italics: true, size: Math.round(t.size * 0.85), color: '444444' } },
      { id: 'Instructions', name: 'Instructions', basedOn: 'Normal', run: { italics: true } },
      {
        id: 'QuestionMeta',
        name: 'Question Meta',
        basedOn: 'Normal',
        run: { ...ui, size: Math.round(t.size * 0.8), color: '555555' },
        paragraph: { indent: { left: 720 }, keepNext: true },
      },
    ],
  };
}

/** Word's numbering definitions: questions "Q1.", options "A." (restarted per question), and Markdown lists. */
function numbering() {
  const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, left: number, hanging: number, lvl = 0) => ({
    level: lvl,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left, hanging } } },
  });
  return {
    config: [
      { reference: 'questions', levels: [level(LevelFormat.DECIMAL, 'Q%1.', 720, 720)] },
      { reference: 'options', levels: [level(LevelFormat.UPPER_LETTER, '%1.', 1200, 400)] },
      { reference: 'bullets', levels: [0, 1, 2].map((l) => level(LevelFormat.BULLET, ['•', '◦', '▪'][l] as string, 720 + l * 360, 360, l)) },
      {
        reference: 'numbers',
        levels: [0, 1, 2].map((l) =>
          level([LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][l] ?? LevelFormat.DECIMAL, `%${l + 1}.`, 720 + l * 360, 360, l),
        ),
      },
    ],
  };
}

/** A lesson document as a Word file. */
export async function lessonDocx(view: LessonView, kind: DocxKind, options: DocxOptions): Promise<Uint8Array> {
  const key = kind === 'answer-key';
  const width = textWidth(options.paper);
  // The document's title and header in its language (the body's own labels are still English: see docs/authoring.md).
  const m = messagesFor(view.language);
  const version = view.version ? ` · ${m.t('version.label', { letter: view.version })}` : '';
  const kindLabel = `${documentLabel(kind, m)}${version}`;
  const headerRight = key ? `${m.t('header.teacher', { label: documentLabel(kind, m) })}${version}` : kindLabel;
  const body = kind === 'handout' ? handoutBody(view) : worksheetBody(view, key, width);
  const doc = new Document({
    creator: 'lessonpack',
    lastModifiedBy: 'lessonpack',
    title: m.t('doc.title', { title: view.titleText, label: kindLabel }),
    subject: view.centralQuestion,
    keywords: [view.unit, 'lesson', kind].filter(Boolean).join(', '),
    styles: styles(options.variant, m.tag),
    numbering: numbering(),
    sections: [
      {
        properties: { page: { size: PAGE[options.paper], margin: { ...MARGIN, header: 600, footer: 600 } } },
        ...headerFooter(view.titleText, headerRight, width),
        children: [...titleBlock(view, kindLabel, options.school ?? ''), studentLines(key, width), ...body],
      },
    ],
  });
  return normalizePackage(await Packer.toBuffer(doc), options.date);
}

/** The package with the build's date for created/modified and fixed ZIP times, so equal input gives equal bytes. */
function normalizePackage(bytes: Uint8Array, date: Date): Uint8Array {
  const files = unzipSync(bytes);
  const stamp = `${date.toISOString().slice(0, 19)}Z`;
  const core = files['docProps/core.xml'];
  if (core)
    files['docProps/core.xml'] = new TextEncoder().encode(
      new TextDecoder().decode(core).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`),
    );
  // [Content_Types].xml first, as Office writes it; the rest sorted.
  const names = Object.keys(files)
    .filter((n) => !n.endsWith('/'))
    .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return zipFiles(
    names.map((n) => [n, files[n] as Uint8Array]),
    date,
  );
}
