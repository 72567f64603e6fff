/**
 * QTI 2.1 packages. No QTI 2.1 XSD is published on npm, so the test checks the rules of the QTI 2.1 information model
 * that these items use, written down here: namespaces, element order, declarations for every interaction with the
 * cardinality and base type the interaction requires, correct responses naming real choices, a SCORE outcome, and a
 * manifest whose resources are exactly the package's files. Each correct response is compared with the answer key.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lessonQti, qtiFiles } from '../src/formats/qti.js';
import { escapeXml } from '../src/formats/richtext.js';
import { renderLessonDocument } from '../src/render/index.js';
import { requireTemplates } from '../src/render/templates/index.js';
import type { LessonView } from '../src/render/view.js';
import { bundledLessons, keyAnswers, parseXml, unzipFiles } from './helpers.js';

const QTI = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const ITEM_ORDER = [
  'responseDeclaration',
  'outcomeDeclaration',
  'templateDeclaration',
  'templateProcessing',
  'stylesheet',
  'itemBody',
  'responseProcessing',
  'modalFeedback',
];
/** What each interaction's response variable must be (QTI 2.1 information model, section 5). */
const RESPONSE: Record<string, (i: Element) => { cardinality: string; baseType: string }> = {
  choiceInteraction: (i) => ({ cardinality: i.getAttribute('maxChoices') === '1' ? 'single' : 'multiple', baseType: 'identifier' }),
  matchInteraction: () => ({ cardinality: 'multiple', baseType: 'directedPair' }),
  orderInteraction: () => ({ cardinality: 'ordered', baseType: 'identifier' }),
  extendedTextInteraction: () => ({ cardinality: 'single', baseType: 'string' }),
};

let views: LessonView[];
let keys: Map<string, Map<string, string[]>>;
const children = (e: Element, name?: string) => Array.from(e.childNodes).filter((n): n is Element => n.nodeType === 1 && (!name || n.nodeName === name));

beforeAll(async () => {
  const { project, prepared, view } = await bundledLessons();
  views = prepared.lessons.map((l) => view(l.data.id));
  const templates = requireTemplates(project.templateDirs);
  keys = new Map(views.map((v) => [v.id, keyAnswers(renderLessonDocument(v, 'answer-key', templates, { paper: 'letter', variant: 'standard' }).html)]));
});

/** Checks one item against the written-down rules; returns the correct response values per declaration. */
function checkItem(doc: Document, points: number): Map<string, string[]> {
  const item = doc.documentElement;
  expect(item.namespaceURI).toBe(QTI);
  expect(item.nodeName).toBe('assessmentItem');
  for (const a of ['identifier', 'title', 'adaptive', 'timeDependent']) expect(item.getAttribute(a)).toBeTruthy();
  expect(item.getAttribute('identifier')).toMatch(IDENTIFIER);
  // Children in the order the schema's sequence gives.
  const order = children(item).map((c) => ITEM_ORDER.indexOf(c.nodeName));
  expect(order.every((o) => o >= 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  const score = children(item, 'outcomeDeclaration').find((o) => o.getAttribute('identifier') === 'SCORE');
  expect(score?.getAttribute('baseType')).toBe('float');
  expect(score?.getAttribute('normalMaximum')).toBe(String(points));
  const declarations = new Map(children(item, 'responseDeclaration').map((d) => [d.getAttribute('identifier') ?? '', d]));
  const correct = new Map<string, string[]>();
  const interactions = Object.keys(RESPONSE).flatMap((name) => Array.from(item.getElementsByTagName(name)));
  expect(interactions.length).toBeGreaterThan(0);
  for (const i of interactions) {
    const id = i.getAttribute('responseIdentifier') ?? '';
    const d = declarations.get(id);
    expect(d, `declaration for ${id}`).toBeDefined();
    expect({ cardinality: d?.getAttribute('cardinality'), baseType: d?.getAttribute('baseType') }).toEqual(RESPONSE[i.nodeName]?.(i));
    const values = Array.from(d?.getElementsByTagName('value') ?? [])
      .filter((v) => v.parentNode?.nodeName === 'correctResponse')
      .map((v) => v.textContent ?? '');
    const choices = new Set(
      Array.from(i.getElementsByTagName('*'))
        .filter((c) => /^simple(Associable)?Choice$/.test(c.nodeName))
        .map((c) => c.getAttribute('identifier')),
    );
    for (const c of choices) expect(c).toMatch(IDENTIFIER);
    for (const v of values) for (const part of v.split(' ')) expect(choices.has(part), `${v} names a choice`).toBe(true);
    if (values.length) correct.set(i.nodeName, values);
  }
  // Objective items score themselves; written ones are scored by hand, with guidance for the scorer.
  const processing = children(item, 'responseProcessing').length > 0;
  expect(processing).toBe(correct.size > 0);
  if (!processing) expect(Array.from(item.getElementsByTagName('rubricBlock')).some((r) => r.getAttribute('view') === 'scorer')).toBe(true);
  return correct;
}

describe('qti', () => {
  it('writes a package whose manifest lists exactly its files: the test and one item per question', async () => {
    for (const view of views) {
      const files = await unzipFiles(lessonQti(view, new Date(Date.UTC(2024, 0, 1))));
      expect([...files.keys()][0]).toBe('imsmanifest.xml');
      const manifest = await parseXml(new TextDecoder().decode(files.get('imsmanifest.xml')));
      expect(manifest.documentElement.namespaceURI).toBe('http://www.imsglobal.org/xsd/imscp_v1p1');
      const resources = Array.from(manifest.getElementsByTagName('resource'));
      const hrefs = resources.flatMap((r) => Array.from(r.getElementsByTagName('file')).map((f) => f.getAttribute('href')));
      expect(new Set(hrefs)).toEqual(new Set([...files.keys()].filter((n) => n !== 'imsmanifest.xml')));
      const items = resources.filter((r) => r.getAttribute('type') === 'imsqti_item_xmlv2p1');
      expect(items.length).toBe(view.questionCount);
      const ids = new Set(resources.map((r) => r.getAttribute('identifier')));
      for (const dep of Array.from(manifest.getElementsByTagName('dependency'))) expect(ids.has(dep.getAttribute('identifierref'))).toBe(true);
      // The test keeps the worksheet's order.
      const test = await parseXml(new TextDecoder().decode(files.get('test.xml')));
      const refs = Array.from(test.getElementsByTagName('assessmentItemRef')).map((r) => r.getAttribute('href'));
      expect(refs).toEqual(view.sections.flatMap((s) => s.questions.map((q) => `items/${q.id}.xml`)));
    }
  });

  it('has well-formed items that follow QTI 2.1, whose correct responses are the answer key', async () => {
    let objective = 0;
    for (const view of views) {
      const key = keys.get(view.id) as Map<string, string[]>;
      const files = new Map(qtiFiles(view));
      for (const q of view.sections.flatMap((s) => s.questions)) {
        const correct = checkItem(await parseXml(files.get(`items/${q.id}.xml`) ?? ''), q.points);
        const expected = key.get(q.id) ?? [];
        if ('isMultipleChoice' in q) expect(correct.get('choiceInteraction')).toEqual(expected);
        else if ('isMatching' in q) expect(correct.get('matchInteraction')).toEqual(expected.map((letter, i) => `T${i + 1} ${letter}`));
        else if ('isOrdering' in q) {
          // The key numbers each item (as printed) with its place; the correct response lists the items in order.
          const byPlace = expected.map((place, i) => ({ place: Number(place), id: `I${i + 1}` })).sort((a, b) => a.place - b.place);
          expect(correct.get('orderInteraction')).toEqual(byPlace.map((x) => x.id));
        } else expect(correct.size).toBe(0);
        if (correct.size) objective++;
      }
    }
    expect(objective).toBeGreaterThanOrEqual(6);
  });

  it('carries the excerpts a question is about and the marking guidance of written answers', () => {
    const view = views[0] as LessonView;
    const files = new Map(qtiFiles(view));
    const q = view.sections.flatMap((s) => s.questions).find((x) => 'isExtendedResponse' in x && x.documentIds.length);
    expect(q).toBeDefined();
    const xml = files.get(`items/${q?.id}.xml`) ?? '';
    const doc = view.documents.find((d) => d.id === q?.documentIds[0]);
    expect(xml).toContain(escapeXml(`Source: ${doc?.citation}`));
    expect(xml).toMatch(/<rubricBlock view="scorer"><p><strong>Model answer<\/strong><\/p>/);
  });

  it('gives the same bytes for the same lesson and date', () => {
    const view = views[0] as LessonView;
    const a = lessonQti(view, new Date(Date.UTC(2024, 0, 1)));
    expect(Buffer.from(lessonQti(view, new Date(Date.UTC(2024, 0, 1)))).equals(Buffer.from(a))).toBe(true);
  });
});
