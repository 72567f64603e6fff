/** Turns a resolved lesson into the plain data the templates print: numbers, letters, totals and sanitized HTML. */
import { lessonLanguage, type Messages, messagesFor } from '../i18n/index.js';
import type { LessonDocumentKind, ReadingLevel, ResolvedExcerpt, ResolvedLesson, Source, SourceFile, UnitFile } from '../model/index.js';
import { markdownBlock, markdownInline, plainText } from '../text/markdown.js';
import { bindLastWords, bindLastWordsHtml } from '../text/typography.js';
import { figureViews } from './figures/view.js';
import { type QuestionContext, questionView, type ViewOptions } from './question-view.js';
import { exitTicketView, periodsView, scoringRulesView, standardsView } from './teaching-view.js';

export type { QuestionView, ViewOptions } from './question-view.js';

/** The title of a lesson's document, as printed on it ("Answer Key", "Clave de respuestas"). */
export const documentLabel = (kind: LessonDocumentKind, m: Messages = messagesFor(undefined)): string => m.t(`doc.${kind}`);

/** The grade of a text the lesson wrote: Flesch-Kincaid is a formula for English, so text in another language is not graded. */
const ownGrade = (level: ReadingLevel, m: Messages) => (m.language === 'en' ? gradeLabel(level, m) : m.t('grade.notMeasured'));

function excerptView(e: ResolvedExcerpt, m: Messages) {
  return {
    id: e.id,
    label: e.label,
    title: e.title ?? '',
    headnoteHtml: markdownBlock(e.headnote),
    paragraphs: e.paragraphs,
    blocks: e.blocks.map((b) => (b.kind === 'heading' ? { text: b.text, heading: true } : { text: bindLastWords(b.text), heading: false })),
    adaptedHtml: e.adapted ? bindLastWordsHtml(markdownBlock(e.adapted.text)) : '',
    adaptedChanges: e.adapted?.changes ?? '',
    glosses: e.glosses ?? [],
    citation: e.sourceMeta.citation,
    kind: `${e.sourceMeta.kind}, ${e.sourceMeta.date.display}`,
    wordCount: e.reading.words,
    // The adapted version is in the lesson's language; the excerpt as quoted is in its source's (English).
    grade: e.adapted ? ownGrade(e.reading, m) : gradeLabel(e.reading, m),
    originalWordCount: e.original.words,
    originalGrade: gradeLabel(e.original, m),
  };
}

/** A reading level as printed: the Flesch-Kincaid grade to one decimal ("10.4", in Spanish "10,4"); "below 1" for the easiest texts. */
export function gradeLabel(level: ReadingLevel, m: Messages = messagesFor(undefined)): string {
  if (level.grade === undefined) return '';
  if (level.grade < 1) return m.t('grade.below1');
  return new Intl.NumberFormat(m.tag, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(level.grade);
}

function sourceView(meta: SourceFile) {
  return {
    id: meta.id,
    title: meta.title,
    author: meta.author,
    outlet: meta.outlet,
    date: meta.date.display,
    kind: meta.kind,
    citation: meta.citation,
    perspective: meta.perspective,
    summary: meta.reliability.summary,
    knownErrors: meta.reliability.knownErrors,
    unsupportedClaims: meta.reliability.unsupportedClaims ?? [],
    goodEvidenceFor: meta.reliability.goodEvidenceFor,
  };
}

/** The worksheet's sections: their questions numbered through the lesson, and their points (core and extension). */
function sectionsView(lesson: ResolvedLesson, ctx: QuestionContext) {
  let number = 0;
  const sections = lesson.data.sections.map((s) => {
    const questions = s.questions.map((q) => questionView(q, ++number, ctx));
    const points = questions.reduce((n, q) => n + q.points, 0);
    const extensionPoints = questions.reduce((n, q) => n + (q.isExtension ? q.points : 0), 0);
    const head = { title: s.title, instructionsHtml: s.instructions ? markdownBlock(s.instructions) : '', points, extensionPoints };
    // An argued answer that opens its section carries the section's heading onto its own first page.
    const claimLead = questions[0]?.kind === 'extended-response';
    return { id: s.id, ...head, claimLead, questions: questions.map((q, i) => (i === 0 && claimLead ? { ...q, lead: head } : q)) };
  });
  return { sections, questionCount: number };
}

/** Everything the lesson templates need. `unit` gives a lesson of the unit its scoring rules; `options` picks an A/B version and the variant maps are drawn for. */
export function lessonView(lesson: ResolvedLesson, sources: Map<string, Source>, unit?: UnitFile, options: ViewOptions = {}) {
  const d = lesson.data;
  const language = lessonLanguage(d, unit);
  const m = messagesFor(language);
  const figures = figureViews(d, options.variant ?? 'standard', options.figureCache, m);
  const docLabels = new Map(d.documents.map((doc) => [doc.id, doc.label]));
  const { sections, questionCount: number } = sectionsView(lesson, { lessonId: d.id, docLabels, m, figures, options });
  // A worksheet that ends with an argued answer prints its exit ticket at the foot of one more ruled page for that
  // answer (its writing space fills whole pages, so the ticket would otherwise stand alone on the last page).
  const lastQuestion = sections.at(-1)?.questions.at(-1);
  const exitAfterClaim = Boolean(d.exitTicket) && lastQuestion?.kind === 'extended-response';
  if (exitAfterClaim && lastQuestion) Object.assign(lastQuestion, { closesWorksheet: true });
  const totalPoints = sections.reduce((n, s) => n + s.points, 0);
  const extensionPoints = sections.reduce((n, s) => n + s.extensionPoints, 0);
  const minutes = (d.timing ?? []).reduce((n, t) => n + t.minutes, 0);
  return {
    id: d.id,
    /** BCP 47 tag of the language the lesson prints in. */
    language: m.tag,
    /** The A/B version letter, or "" for the lesson as written. */
    version: options.version ?? '',
    title: d.title,
    titleText: plainText(d.title),
    unit: d.unit ?? '',
    gradeLevel: d.gradeLevel ?? '',
    centralQuestion: d.centralQuestion,
    objectives: d.objectives ?? [],
    timing: d.timing ?? [],
    minutes,
    ...periodsView(d, m),
    standards: standardsView(d, m),
    exitTicket: exitTicketView(d),
    exitAfterClaim,
    scoringRules: scoringRulesView(d, unit, m),
    background: {
      title: d.background.title ?? m.t('handout.background'),
      html: markdownBlock(d.background.body),
      timeline: (d.background.timeline ?? []).map((t) => ({ ...t, eventHtml: markdownInline(t.event) })),
      wordCount: lesson.reading.background.words,
      grade: ownGrade(lesson.reading.background, m),
    },
    /** The worksheet's prompts as one text, for the overview's table of what students read. */
    prompts: { wordCount: lesson.reading.prompts.words, grade: ownGrade(lesson.reading.prompts, m) },
    vocabulary: (d.vocabulary ?? []).map((v) => ({ ...v, definitionHtml: markdownInline(v.definition) })),
    /** Each document with the maps the handout prints after it. */
    documents: lesson.excerpts.map((e) => ({ ...excerptView(e, m), figures: figures.after(e.id) })),
    /** Maps the handout prints after the background reading and after the vocabulary. */
    figures: { background: figures.after('background'), vocabulary: figures.after('vocabulary') },
    adaptedDocuments: lesson.excerpts.filter((e) => e.adapted).map((e) => excerptView(e, m)),
    sections,
    questionCount: number,
    totalPoints,
    extensionPoints,
    corePoints: totalPoints - extensionPoints,
    teacherNotes: (d.teacherNotes ?? []).map((n) => ({
      title: n.title ?? '',
      about: n.about ? (docLabels.get(n.about) ?? n.about) : '',
      html: markdownBlock(n.note),
    })),
    sources: lesson.sourceIds.flatMap((id) => {
      const s = sources.get(id);
      return s
        ? [
            {
              ...sourceView(s.meta),
              usedIn: lesson.excerpts
                .filter((e) => e.source === id)
                .map((e) => e.label)
                .join(', '),
            },
          ]
        : [];
    }),
  };
}

export type LessonView = ReturnType<typeof lessonView>;
export { sourceView };

/** The authors of a unit's lessons, for the unit's own documents' metadata. */
export function unitAuthors(lessons: ResolvedLesson[], ids: string[]): string {
  return [...new Set(lessons.filter((l) => ids.includes(l.data.id)).flatMap((l) => (l.data.author ? [l.data.author] : [])))].join('; ');
}
