/** One worksheet question in Word: numbered prompt with its points, then the space students answer in (or the answer). */
import { Paragraph, type Table, TabStopType, TextRun } from 'docx';
import type { QuestionView } from '../render/view.js';
import { ANSWER_COLOUR, answerBlock, answerRun, blockElements, htmlBlocks, inlineRuns, simpleTable, textRuns, writingLines } from './docx-blocks.js';
import { parseBlocks } from './richtext.js';

type El = Paragraph | Table;
const INDENT = 720;

/** The prompt: its first paragraph carries the question number (Word numbering) and the points at the right margin. */
function promptElements(q: QuestionView, width: number): El[] {
  const blocks = parseBlocks(q.promptHtml);
  const first = blocks[0]?.type === 'paragraph' ? blocks[0] : undefined;
  const head = new Paragraph({
    numbering: { reference: 'questions', level: 0 },
    keepNext: true,
    keepLines: true,
    spacing: { before: 240 },
    tabStops: [{ type: TabStopType.RIGHT, position: width }],
    children: [
      ...(q.isExtension ? [new TextRun({ text: 'Extension: ', bold: true, italics: true })] : []),
      ...(first ? textRuns(first.runs) : []),
      new TextRun({ text: `\t${q.pointsLabel}`, bold: true }),
    ],
  });
  const meta = new Paragraph({ style: 'QuestionMeta', children: [new TextRun(`${q.skill}${q.documentsLabel ? ` · ${q.documentsLabel}` : ''}`)] });
  return [head, ...blockElements(first ? blocks.slice(1) : blocks, { indent: INDENT }), meta];
}

/** The how-to-answer line; none when the prompt already says it (see render/instructions.ts). */
const instruction = (text: string): Paragraph[] => (text ? [instructionLine(text)] : []);
const instructionLine = (text: string) => new Paragraph({ style: 'Instructions', indent: { left: INDENT }, keepNext: true, children: [new TextRun(text)] });

function multipleChoice(q: Extract<QuestionView, { isMultipleChoice: true }>, key: boolean): El[] {
  return [
    ...instruction(q.instruction),
    ...q.options.map(
      (o) =>
        new Paragraph({
          // One numbering instance per question, so the letters restart at A and match the key's letters.
          numbering: { reference: 'options', level: 0, instance: q.number },
          keepNext: true,
          children: key && o.correct ? [...inlineRuns(o.html, { bold: true, color: ANSWER_COLOUR }), answerRun('  ✓ correct')] : inlineRuns(o.html),
        }),
    ),
    ...(key ? answerBlock(`Answer: ${q.answerLetters}`, q.explanationHtml) : []),
  ];
}

export function writing(q: { lines: number; answerHtml: string }, key: boolean): El[] {
  return key ? answerBlock('Model answer', q.answerHtml) : writingLines(q.lines);
}

function shortAnswer(q: Extract<QuestionView, { isShortAnswer: true }>, key: boolean): El[] {
  const scoring =
    key && q.scoring.length
      ? [
          new Paragraph({ indent: { left: INDENT }, children: [answerRun('Scoring')] }),
          ...q.scoring.map((l) => new Paragraph({ indent: { left: INDENT }, children: [answerRun(`${l.points}: `), new TextRun(l.description)] })),
        ]
      : [];
  return [...writing(q, key), ...scoring];
}

function extendedResponse(q: Extract<QuestionView, { isExtendedResponse: true }>, key: boolean): El[] {
  const rows = q.rubric.map((c) => [
    [new Paragraph({ children: [new TextRun({ text: c.criterion, bold: true })] }), new Paragraph({ children: [new TextRun(`0–${c.max}`)] })],
    c.levels.map((l) => new Paragraph({ children: [new TextRun({ text: `${l.points}: `, bold: true }), new TextRun(l.description)] })),
  ]);
  const label = (text: string) => new Paragraph({ indent: { left: INDENT }, keepNext: true, children: [new TextRun({ text, bold: true })] });
  const list = (items: string[]) => items.map((t) => new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun(t)] }));
  // The scaffolds the PDF prints for students who need them: a planning table, sentence starters, a word bank.
  const scaffolds: El[] = [
    ...(q.planning.length
      ? [
          label('Plan before you write'),
          simpleTable(
            q.planning.map((p) => [[new Paragraph({ children: [new TextRun({ text: p, bold: true })] })], []]),
            false,
            { minHeight: 720, widths: [2600, 7400] },
          ),
        ]
      : []),
    ...(q.frames.length ? [label('Sentence starters (use them if they help)'), ...list(q.frames)] : []),
    ...(q.wordBank.length ? [label('Word bank'), ...list(q.wordBank)] : []),
  ];
  return [
    new Paragraph({ indent: { left: INDENT }, keepNext: true, children: [new TextRun({ text: 'How this is scored', bold: true })] }),
    simpleTable([[[new Paragraph('Criterion')], [new Paragraph('What each score looks like')]], ...rows], true, { widths: [2600, 7400] }),
    ...scaffolds,
    ...writing(q, key),
  ];
}

function table(q: Extract<QuestionView, { isTable: true }>, key: boolean): El[] {
  const cell = (text: string) => [new Paragraph({ children: key ? [answerRun(text)] : [] })];
  const header = [[new Paragraph(q.rowHeader)], ...q.columns.map((c) => [new Paragraph(c)])];
  const rows = q.rows.map((r) => [[new Paragraph({ children: [new TextRun({ text: r.label, bold: true })] })], ...r.cells.map((c) => cell(c))]);
  // A row as high as its writing lines, so students have the room the PDF gives them.
  return [simpleTable([header, ...rows], true, { minHeight: q.lines * 360 })];
}

function ordering(q: Extract<QuestionView, { isOrdering: true }>, key: boolean): El[] {
  return [
    ...instruction(q.instruction),
    ...q.items.map(
      (it) =>
        new Paragraph({
          indent: { left: INDENT + 600, hanging: 600 },
          keepNext: true,
          children: [key ? answerRun(`[ ${it.position} ]`) : new TextRun('[     ]'), new TextRun(`  ${it.text}`)],
        }),
    ),
  ];
}

function matching(q: Extract<QuestionView, { isMatching: true }>, key: boolean): El[] {
  const n = Math.max(q.terms.length, q.choices.length);
  const rows = Array.from({ length: n }, (_, i) => {
    const t = q.terms[i];
    const c = q.choices[i];
    return [
      [
        new Paragraph({
          children: t ? [new TextRun(`${t.number}. `), key ? answerRun(` ${t.letter} `) : new TextRun('____'), new TextRun(`  ${t.term}`)] : [],
        }),
      ],
      [new Paragraph({ children: c ? [new TextRun({ text: `${c.letter}. `, bold: true }), new TextRun(c.text)] : [] })],
    ];
  });
  return [...instruction(q.instruction), simpleTable([[[new Paragraph('Term')], [new Paragraph('Description')]], ...rows], true)];
}

/** A map question: the map itself is in the printed worksheet (an editable copy points to it); the key says what to draw. */
function mapQuestion(q: Extract<QuestionView, { isMap: true }>, key: boolean): El[] {
  const pointer = new Paragraph({
    indent: { left: INDENT },
    children: [new TextRun({ text: 'Mark your answer on the map in the printed worksheet.', italics: true })],
  });
  return key ? [pointer, ...answerBlock('What the map should show', q.explanationHtml)] : [pointer];
}

/** A question with its answer space (student copy) or its answer marked (key). */
export function questionElements(q: QuestionView, key: boolean, width: number): El[] {
  const body = (): El[] => {
    if ('isMultipleChoice' in q) return multipleChoice(q, key);
    if ('isShortAnswer' in q) return shortAnswer(q, key);
    if ('isExtendedResponse' in q) return extendedResponse(q, key);
    if ('isTable' in q) return table(q, key);
    if ('isOrdering' in q) return ordering(q, key);
    if ('isMap' in q) return mapQuestion(q, key);
    return matching(q, key);
  };
  const note = key && q.teacherNoteHtml ? htmlBlocks(q.teacherNoteHtml, { indent: INDENT, run: { italics: true } }) : [];
  return [...promptElements(q, width), ...body(), ...note];
}
