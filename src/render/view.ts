/** Turns a resolved lesson into the plain data the templates print: numbers, letters, totals and sanitized HTML. */
import { createHash } from 'node:crypto';
import { lessonLanguage, type Messages, messagesFor } from '../i18n/index.js';
import {
  type LessonDocumentKind,
  type Question,
  type ReadingLevel,
  type ResolvedExcerpt,
  type ResolvedLesson,
  type Source,
  type SourceFile,
  type UnitFile,
  type Variant,
  VERSION_LETTERS,
  type VersionLetter,
} from '../model/index.js';
import { markdownBlock, markdownInline, plainText } from '../text/markdown.js';
import { bindLastWords, bindLastWordsHtml } from '../text/typography.js';
import { type FigureCache, type FigureViews, figureViews } from './figures/view.js';
import { answerInstruction } from './instructions.js';
import { exitTicketView, periodsView, rubricView, scaffoldsView, scoringRulesView, standardsView } from './teaching-view.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The title of a lesson's document, as printed on it ("Answer Key", "Clave de respuestas"). */
export const documentLabel = (kind: LessonDocumentKind, m: Messages = messagesFor(undefined)): string => m.t(`doc.${kind}`);

/** A message if the catalogue has it, else the raw value (a skill or kind added to the schema before its label). */
const labelOr = (m: Messages, key: string, raw: string) => (m.has(key) ? m.t(key) : raw);

/** A stable pseudo-random permutation (so matching columns scramble the same way on every build). */
export function stableShuffle<T>(items: T[], seed: string): T[] {
  const keyed = items.map((item, i) => ({ item, key: createHash('sha256').update(`${seed}:${i}`).digest('hex') }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.item);
}

/**
 * The order (indices into the list) version `letter` prints a list in: the unfixed items shuffled among the unfixed
 * places, stably from `seed` and the letter. A version whose order repeats an earlier version's tries other seeds,
 * so that neighbours' versions differ wherever the list allows it.
 */
export function versionOrder(fixed: boolean[], seed: string, letter: VersionLetter): number[] {
  const free = fixed.flatMap((f, i) => (f ? [] : [i]));
  const orderFor = (s: string) => {
    const shuffled = stableShuffle(free, s);
    let next = 0;
    return fixed.map((f, i) => (f ? i : (shuffled[next++] as number)));
  };
  const earlier: string[] = [];
  let order: number[] = [];
  for (const v of VERSION_LETTERS.slice(0, VERSION_LETTERS.indexOf(letter) + 1)) {
    for (let attempt = 0; attempt < 24; attempt++) {
      order = orderFor(`${seed}/${v}${attempt ? `#${attempt}` : ''}`);
      if (!earlier.includes(order.join())) break;
    }
    earlier.push(order.join());
  }
  return order;
}

/** How a lesson is shown: as written, or as one of its A/B versions. */
export interface ViewOptions {
  version?: VersionLetter;
  /** The variant the maps are drawn for (their sizes differ). */
  variant?: Variant;
  figureCache?: FigureCache;
}

function questionView(
  q: Question,
  number: number,
  lesson: ResolvedLesson,
  docLabels: Map<string, string>,
  m: Messages,
  figures: FigureViews,
  options: ViewOptions,
) {
  const base = {
    id: q.id,
    number,
    kind: q.kind,
    kindLabel: labelOr(m, `kind.${q.kind}`, q.kind),
    promptHtml: markdownBlock(q.prompt),
    points: q.points,
    pointsLabel: m.t('points.short', { count: q.points }),
    skill: labelOr(m, `skill.${q.skill}`, q.skill),
    documentIds: q.documents ?? [],
    documentsLabel: (q.documents ?? []).map((d) => docLabels.get(d) ?? d).join(', '),
    teacherNoteHtml: q.teacherNote ? markdownBlock(q.teacherNote) : '',
    instruction: answerInstruction(q, m),
    isExtension: q.tier === 'extension',
  };
  switch (q.kind) {
    case 'multiple-choice': {
      const order =
        options.version && q.shuffle !== false
          ? versionOrder(
              q.options.map((o) => o.fixed ?? false),
              `${lesson.data.id}/${q.id}`,
              options.version,
            )
          : q.options.map((_, i) => i);
      const shown = order.map((i) => q.options[i] as (typeof q.options)[number]);
      return {
        ...base,
        isMultipleChoice: true as const,
        select: q.select,
        options: shown.map((o, i) => ({ id: o.id, letter: LETTERS[i], html: markdownInline(o.text), correct: q.answer.includes(o.id) })),
        answerLetters: shown.flatMap((o, i) => (q.answer.includes(o.id) ? [LETTERS[i]] : [])).join(', '),
        explanationHtml: markdownBlock(q.explanation),
      };
    }
    case 'short-answer':
      return {
        ...base,
        isShortAnswer: true as const,
        lines: q.lines,
        answerHtml: markdownBlock(q.answer),
        scoring: (q.scoring ?? []).map((l) => ({ points: l.points, description: l.description })),
      };
    case 'extended-response':
      return {
        ...base,
        isExtendedResponse: true as const,
        lines: q.lines,
        answerHtml: markdownBlock(q.answer),
        rubric: rubricView(q.rubric),
        ...scaffoldsView(q.scaffolds),
      };
    case 'table':
      return {
        ...base,
        isTable: true as const,
        rowHeader: q.rowHeader ?? '',
        columns: q.columns,
        lines: q.lines ?? 3,
        rows: q.rows.map((r) => ({ label: r.label, cells: q.columns.map((_, i) => r.answers[i] ?? '') })),
      };
    case 'ordering': {
      const position = new Map(q.answer.map((id, i) => [id, i + 1]));
      return {
        ...base,
        isOrdering: true as const,
        items: q.items.map((it) => ({ id: it.id, text: it.text, position: position.get(it.id) ?? 0, date: it.date ?? '' })),
        sorted: q.answer.map((id) => q.items.find((it) => it.id === id)).map((it) => ({ text: it?.text ?? '', date: it?.date ?? '' })),
        explanationHtml: q.explanation ? markdownBlock(q.explanation) : '',
      };
    }
    case 'matching': {
      const all = [...q.pairs.map((p) => p.match), ...(q.distractors ?? [])];
      const seed = `${lesson.data.id}/${q.id}`;
      const choices = options.version
        ? versionOrder(
            all.map(() => false),
            seed,
            options.version,
          ).map((i) => all[i] as string)
        : stableShuffle(all, seed);
      return {
        ...base,
        isMatching: true as const,
        terms: q.pairs.map((p, i) => ({ number: i + 1, term: p.term, letter: LETTERS[choices.indexOf(p.match)] })),
        choices: choices.map((text, i) => ({ letter: LETTERS[i], text })),
      };
    }
    case 'map': {
      // Getters, not values: the maps are drawn only when a template prints them.
      const maps = figures.question(q);
      return Object.defineProperties(
        {
          ...base,
          isMap: true,
          explanationHtml: markdownBlock(q.explanation),
          scoring: (q.scoring ?? []).map((l) => ({ points: l.points, description: l.description })),
        },
        Object.getOwnPropertyDescriptors(maps),
      ) as typeof base & { isMap: true; explanationHtml: string; scoring: { points: number; description: string }[]; mapHtml: string; keyMapHtml: string };
    }
  }
}

export type QuestionView = ReturnType<typeof questionView>;

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

/** Everything the lesson templates need. `unit` gives a lesson of the unit its scoring rules; `options` picks an A/B version and the variant maps are drawn for. */
export function lessonView(lesson: ResolvedLesson, sources: Map<string, Source>, unit?: UnitFile, options: ViewOptions = {}) {
  const d = lesson.data;
  const language = lessonLanguage(d, unit);
  const m = messagesFor(language);
  const figures = figureViews(d, options.variant ?? 'standard', options.figureCache, m);
  const docLabels = new Map(d.documents.map((doc) => [doc.id, doc.label]));
  let number = 0;
  const sections = d.sections.map((s) => {
    const questions = s.questions.map((q) => questionView(q, ++number, lesson, docLabels, m, figures, options));
    const points = questions.reduce((n, q) => n + q.points, 0);
    const extensionPoints = questions.reduce((n, q) => n + (q.isExtension ? q.points : 0), 0);
    const head = { title: s.title, instructionsHtml: s.instructions ? markdownBlock(s.instructions) : '', points, extensionPoints };
    // An argued answer that opens its section carries the section's heading onto its own first page.
    const claimLead = questions[0]?.kind === 'extended-response';
    return { id: s.id, ...head, claimLead, questions: questions.map((q, i) => (i === 0 && claimLead ? { ...q, lead: head } : q)) };
  });
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
