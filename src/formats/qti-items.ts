/**
 * One worksheet question as an IMS QTI 2.1 assessmentItem. Objective kinds (multiple choice, matching, ordering)
 * carry their correct response and score themselves; written answers are scored by hand, with the model answer and
 * the rubric in a rubricBlock for the scorer. Choice identifiers are the letters the answer key prints.
 */
import type { LessonView, QuestionView } from '../render/view.js';
import { blocksXhtml, escapeXml, parseBlocks, parseInline, runsXhtml } from './richtext.js';

export const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
export const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';

type Excerpt = LessonView['documents'][number];

/** An XML element; `attrs` values are escaped, `body` is trusted markup. */
export function el(name: string, attrs: Record<string, string | number | undefined>, body?: string): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  return body === undefined ? `<${name}${a}/>` : `<${name}${a}>${body}</${name}>`;
}

const value = (v: string | number) => el('value', {}, escapeXml(String(v)));
const float = (n: number) => el('baseValue', { baseType: 'float' }, String(n));
const inline = (html: string) => runsXhtml(parseInline(html));
const text = (s: string) => escapeXml(s);

/** The identifier of a question's item (QTI identifiers must not start with a digit). */
export const itemId = (q: QuestionView) => `item-${q.id}`;

function responseDeclaration(cardinality: string, baseType: string, correct: string[] = [], extra = ''): string {
  const c = correct.length ? el('correctResponse', {}, correct.map(value).join('')) : '';
  return el('responseDeclaration', { identifier: 'RESPONSE', cardinality, baseType }, c + extra);
}

/** SCORE, with the question's points as its maximum (LMSs read normalMaximum as the points possible). */
const scoreDeclaration = (points: number) =>
  el('outcomeDeclaration', { identifier: 'SCORE', cardinality: 'single', baseType: 'float', normalMaximum: points }, el('defaultValue', {}, value(0)));

/** Full points when the response matches the correct response, else none. */
const matchCorrect = (points: number) =>
  el(
    'responseProcessing',
    {},
    el(
      'responseCondition',
      {},
      el(
        'responseIf',
        {},
        el('match', {}, el('variable', { identifier: 'RESPONSE' }) + el('correct', { identifier: 'RESPONSE' })) +
          el('setOutcomeValue', { identifier: 'SCORE' }, float(points)),
      ) + el('responseElse', {}, el('setOutcomeValue', { identifier: 'SCORE' }, float(0))),
    ),
  );

/** The score is the sum of the mapped values of the pairs given (capped by the mapping's bounds). */
const mapResponse = () =>
  el(
    'responseProcessing',
    {},
    el(
      'responseCondition',
      {},
      el('responseIf', {}, el('isNull', {}, el('variable', { identifier: 'RESPONSE' })) + el('setOutcomeValue', { identifier: 'SCORE' }, float(0))) +
        el('responseElse', {}, el('setOutcomeValue', { identifier: 'SCORE' }, el('mapResponse', { identifier: 'RESPONSE' }))),
    ),
  );

/** The excerpts a question is about, as students read them (adapted text where there is one), with citations. */
function stimulus(q: QuestionView, documents: Excerpt[]): string {
  const shown = q.documentIds.flatMap((id) => documents.filter((d) => d.id === id));
  return shown
    .map((d) => {
      const quote = d.adaptedHtml ? blocksXhtml(parseBlocks(d.adaptedHtml)) : d.paragraphs.map((p) => el('p', {}, text(p))).join('');
      const heading = el('h3', {}, text(d.title ? `${d.label}: ${d.title}` : d.label));
      return el(
        'div',
        { class: 'stimulus' },
        heading + el('blockquote', {}, quote) + el('p', { class: 'citation' }, text(`Source: ${d.citation}${d.adaptedHtml ? ' (adapted)' : ''}`)),
      );
    })
    .join('');
}

/** Marking guidance only the scorer sees. */
function scorerBlock(parts: string[]): string {
  const body = parts.filter(Boolean).join('');
  return body ? el('rubricBlock', { view: 'scorer' }, body) : '';
}

const labelled = (label: string, html: string) => (html ? el('p', {}, el('strong', {}, text(label))) + blocksXhtml(parseBlocks(html)) : '');

interface ItemParts {
  declarations: string;
  interaction: string;
  processing: string;
  guidance: string;
}

function itemParts(q: QuestionView): ItemParts {
  const points = q.points;
  if ('isMultipleChoice' in q) {
    const one = q.select === 'one';
    const correct = q.options.filter((o) => o.correct).map((o) => o.letter ?? '');
    const choices = q.options.map((o) => el('simpleChoice', { identifier: o.letter }, inline(o.html))).join('');
    return {
      declarations: responseDeclaration(one ? 'single' : 'multiple', 'identifier', correct),
      interaction:
        (q.instruction ? el('p', {}, el('em', {}, text(q.instruction))) : '') +
        el('choiceInteraction', { responseIdentifier: 'RESPONSE', shuffle: 'false', maxChoices: one ? 1 : 0 }, choices),
      // All that apply is marked as the paper key marks it: every correct option and no other.
      processing: matchCorrect(points),
      guidance: scorerBlock([labelled('Why', q.explanationHtml)]),
    };
  }
  if ('isMatching' in q) {
    const pairs = q.terms.map((t) => `T${t.number} ${t.letter}`);
    const each = Math.round((points / Math.max(1, pairs.length)) * 100) / 100;
    const mapping = el(
      'mapping',
      { defaultValue: 0, lowerBound: 0, upperBound: points },
      pairs.map((p) => el('mapEntry', { mapKey: p, mappedValue: each })).join(''),
    );
    const terms = q.terms.map((t) => el('simpleAssociableChoice', { identifier: `T${t.number}`, matchMax: 1 }, text(t.term))).join('');
    const choices = q.choices.map((c) => el('simpleAssociableChoice', { identifier: c.letter, matchMax: 1 }, text(c.text))).join('');
    return {
      declarations: responseDeclaration('multiple', 'directedPair', pairs, mapping),
      interaction: el(
        'matchInteraction',
        { responseIdentifier: 'RESPONSE', shuffle: 'false', maxAssociations: q.terms.length },
        el('simpleMatchSet', {}, terms) + el('simpleMatchSet', {}, choices),
      ),
      processing: mapResponse(),
      guidance: '',
    };
  }
  if ('isOrdering' in q) {
    const ids = q.items.map((it, i) => ({ ...it, ident: `I${i + 1}` }));
    const correct = [...ids].sort((a, b) => a.position - b.position).map((it) => it.ident);
    return {
      declarations: responseDeclaration('ordered', 'identifier', correct),
      interaction: el(
        'orderInteraction',
        { responseIdentifier: 'RESPONSE', shuffle: 'false' },
        ids.map((it) => el('simpleChoice', { identifier: it.ident }, text(it.text))).join(''),
      ),
      processing: matchCorrect(points),
      guidance: scorerBlock([labelled('Notes', q.explanationHtml)]),
    };
  }
  if ('isMap' in q)
    return {
      declarations: responseDeclaration('single', 'string'),
      interaction:
        el('p', {}, el('em', {}, text('This question is answered on the printed map of the worksheet. Describe your answer here.'))) +
        el('extendedTextInteraction', { responseIdentifier: 'RESPONSE', expectedLines: 3 }),
      processing: '',
      guidance: scorerBlock([labelled('What the map should show (drawn in the answer key)', q.explanationHtml)]),
    };
  return writtenParts(q);
}

/** Written answers: no correct response, scored by hand with the guidance. */
function writtenParts(q: Exclude<QuestionView, { isMultipleChoice: true } | { isMatching: true } | { isOrdering: true } | { isMap: true }>): ItemParts {
  const noProcessing = '';
  if ('isTable' in q) {
    const ids = q.rows.flatMap((_, r) => q.columns.map((_, c) => `R${r + 1}C${c + 1}`));
    const head = el('tr', {}, el('th', { scope: 'col' }, text(q.rowHeader)) + q.columns.map((c) => el('th', { scope: 'col' }, text(c))).join(''));
    const row = (cells: (c: number) => string) => (r: { label: string }, ri: number) =>
      el('tr', {}, el('th', { scope: 'row' }, text(r.label)) + q.columns.map((_, ci) => el('td', {}, cells(ri * q.columns.length + ci))).join(''));
    const blank = q.rows.map(row((i) => el('extendedTextInteraction', { responseIdentifier: ids[i], expectedLines: q.lines }))).join('');
    const answers = q.rows.map((r, ri) => row((i) => text(r.cells[i - ri * q.columns.length] ?? ''))(r, ri)).join('');
    return {
      declarations: ids.map((id) => el('responseDeclaration', { identifier: id, cardinality: 'single', baseType: 'string' })).join(''),
      interaction: el('table', {}, el('thead', {}, head) + el('tbody', {}, blank)),
      processing: noProcessing,
      guidance: scorerBlock([el('p', {}, el('strong', {}, 'Model answers')), el('table', {}, el('thead', {}, head) + el('tbody', {}, answers))]),
    };
  }
  const levels =
    'isShortAnswer' in q
      ? q.scoring.length
        ? el('ul', {}, q.scoring.map((l) => el('li', {}, `${el('strong', {}, `${l.points}:`)} ${text(l.description)}`)).join(''))
        : ''
      : el(
          'table',
          {},
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Criterion') + el('th', { scope: 'col' }, 'What each score looks like'))) +
            el(
              'tbody',
              {},
              q.rubric
                .map((c) =>
                  el(
                    'tr',
                    {},
                    el('th', { scope: 'row' }, text(`${c.criterion} (0–${c.max})`)) +
                      el('td', {}, el('ul', {}, c.levels.map((l) => el('li', {}, `${el('strong', {}, `${l.points}:`)} ${text(l.description)}`)).join(''))),
                  ),
                )
                .join(''),
            ),
        );
  return {
    declarations: responseDeclaration('single', 'string'),
    interaction: el('extendedTextInteraction', { responseIdentifier: 'RESPONSE', expectedLines: q.lines }),
    processing: noProcessing,
    guidance: scorerBlock([labelled('Model answer', q.answerHtml), levels ? el('p', {}, el('strong', {}, 'Scoring')) + levels : '']),
  };
}

/** A question as a complete assessmentItem document. */
export function assessmentItem(q: QuestionView, documents: Excerpt[], language = 'en'): string {
  const p = itemParts(q);
  const note = q.teacherNoteHtml ? scorerBlock([labelled('Teacher note', q.teacherNoteHtml)]) : '';
  const body = stimulus(q, documents) + blocksXhtml(parseBlocks(q.promptHtml)) + p.interaction + p.guidance + note;
  const attrs = {
    xmlns: QTI_NS,
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': `${QTI_NS} ${QTI_XSD}`,
    identifier: itemId(q),
    title: `Q${q.number}`,
    adaptive: 'false',
    timeDependent: 'false',
    'xml:lang': language,
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el('assessmentItem', attrs, p.declarations + scoreDeclaration(q.points) + el('itemBody', {}, body) + p.processing)}\n`;
}
