/**
 * A lesson's worksheet as an IMS QTI 2.1 content package (quiz.qti.zip) for learning management systems: the manifest,
 * one assessmentItem per question and an assessmentTest that keeps the worksheet's sections and order. Pure: a view
 * and a date in, ZIP bytes out.
 */
import type { LessonView } from '../render/view.js';
import { assessmentItem, el, itemId, QTI_NS, QTI_XSD } from './qti-items.js';
import { blocksXhtml, parseBlocks } from './richtext.js';
import { zipFiles } from './zip.js';

const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const CP_XSD = 'http://www.imsglobal.org/xsd/imscp_v1p1.xsd';

const questions = (view: LessonView) => view.sections.flatMap((s) => s.questions);
const itemFile = (id: string) => `items/${id}.xml`;
/** Section identifiers: QTI identifiers may not start with a digit. */
const sectionId = (id: string) => `section-${id}`;

/** The test: the worksheet's sections in order, each with its instructions and items; SCORE is the sum of the items'. */
function assessmentTest(view: LessonView): string {
  const sections = view.sections
    .map((s) => {
      const rubric = s.instructionsHtml ? el('rubricBlock', { view: 'candidate' }, blocksXhtml(parseBlocks(s.instructionsHtml))) : '';
      const refs = s.questions.map((q) => el('assessmentItemRef', { identifier: itemId(q), href: itemFile(q.id) })).join('');
      return el('assessmentSection', { identifier: sectionId(s.id), title: s.title, visible: 'true' }, rubric + refs);
    })
    .join('');
  const attrs = {
    xmlns: QTI_NS,
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': `${QTI_NS} ${QTI_XSD}`,
    identifier: `test-${view.id}`,
    title: view.titleText,
  };
  const score = el('outcomeDeclaration', { identifier: 'SCORE', cardinality: 'single', baseType: 'float', normalMaximum: view.totalPoints });
  const part = el('testPart', { identifier: 'worksheet', navigationMode: 'nonlinear', submissionMode: 'simultaneous' }, sections);
  const processing = el(
    'outcomeProcessing',
    {},
    el('setOutcomeValue', { identifier: 'SCORE' }, el('sum', {}, el('testVariables', { variableIdentifier: 'SCORE' }))),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el('assessmentTest', attrs, score + part + processing)}\n`;
}

/** The IMS content package manifest: the test and every item as resources, each listing its file. */
function manifest(view: LessonView): string {
  const items = questions(view);
  const test = el(
    'resource',
    { identifier: 'resource-test', type: 'imsqti_test_xmlv2p1', href: 'test.xml' },
    el('file', { href: 'test.xml' }) + items.map((q) => el('dependency', { identifierref: `resource-${itemId(q)}` })).join(''),
  );
  const resources = items.map((q) =>
    el('resource', { identifier: `resource-${itemId(q)}`, type: 'imsqti_item_xmlv2p1', href: itemFile(q.id) }, el('file', { href: itemFile(q.id) })),
  );
  const metadata = el('metadata', {}, el('schema', {}, 'QTIv2.1 Package') + el('schemaversion', {}, '1.0.0'));
  const attrs = {
    xmlns: CP_NS,
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': `${CP_NS} ${CP_XSD} ${QTI_NS} ${QTI_XSD}`,
    identifier: `manifest-${view.id}`,
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el('manifest', attrs, metadata + el('organizations', {}) + el('resources', {}, test + resources.join('')))}\n`;
}

/** The package's files in archive order (manifest first), for tests and for the ZIP. */
export function qtiFiles(view: LessonView): [name: string, xml: string][] {
  return [
    ['imsmanifest.xml', manifest(view)],
    ['test.xml', assessmentTest(view)],
    ...questions(view).map((q): [string, string] => [itemFile(q.id), assessmentItem(q, view.documents, view.language)]),
  ];
}

/** The worksheet as quiz.qti.zip. */
export function lessonQti(view: LessonView, date: Date): Uint8Array {
  return zipFiles(qtiFiles(view), date);
}
