/**
 * What goes into each pack: the planner's side of the packs. A pack is a job like any other: it `needs` the
 * documents it holds and carries a spec (its parts, in order, and the HTML of the pieces printed for it).
 */
import { type Messages, messagesFor } from '../i18n/index.js';
import { LESSON_DOCUMENTS, type LessonDocumentKind, type ResolvedLesson, STUDENT_DOCUMENTS, type Unit } from '../model/index.js';
import type { AssetMap } from '../render/assets.js';
import { type RenderOptions, renderPage, type Templates } from '../render/index.js';
import { type LessonView, unitAuthors } from '../render/view.js';
import { plainText } from '../text/markdown.js';

/** Where a part of a pack is: on the pack's pages, once the parts before it are laid out. */
export interface PartPlace {
  title: string;
  /** First page of the part in the pack (1-based). */
  page: number;
  /** A part under another in the outline (a lesson's document under its lesson's cover). */
  sub: boolean;
}

export interface PackPartSpec {
  /** Bookmark title. */
  title: string;
  /** Outline level of the part's entry (1 = top). */
  level: number;
  /** Keep the part's own bookmarks under its entry (documents: yes; covers: no). */
  keepOutline: boolean;
  /** Whether its pages carry pack page numbers (in a numbered pack; a pack's own cover does not). */
  numbered: boolean;
  /**
   * A document this build prints (an output path), or a piece printed for the pack: its HTML may list where the
   * other parts start (covers and contents pages do), so it is made once the page counts are known.
   */
  from: { output: string } | { piece: string; html: (places: PartPlace[], self: number) => string; listsPlaces?: boolean };
}

export interface PackSpec {
  title: string;
  subject: string;
  author: string;
  /** BCP 47 tag of the pack's language. */
  language: string;
  parts: PackPartSpec[];
  /** The "intentionally blank" page that keeps every part on a right-hand page. */
  blank: () => string;
  /** The sheet of pack page numbers for a pack of `pages` pages; without it the pack has none. */
  folios?: (pages: number) => string;
}

export interface PackPlanInput {
  lessons: ResolvedLesson[];
  views: Map<string, LessonView>;
  unit?: Unit;
  templates: Templates;
  renderOptions: RenderOptions;
  assets: AssetMap;
  /** Which packs to make (a pack only when every document it holds is built: see `packKinds`). */
  wanted: { student: boolean; teacher: boolean; unit: boolean };
}

/** A pack's planned shape before it becomes a job (the planner adds its key and inputs). */
export interface PlannedPack {
  path: string;
  kind: 'student-pack' | 'teacher-pack' | 'unit-pack';
  lesson?: string;
  /** Lessons whose content the pack shows (its key). */
  lessons: string[];
  spec: PackSpec;
}

/** Bookmark title of a lesson document inside a pack. */
const partTitle = (kind: LessonDocumentKind, m: Messages) => m.t(`pack.part.${kind}`);
const documentPath = (lesson: string, kind: string) => `${lesson}/${kind}.pdf`;

/** The packs of the given lessons and unit: each lesson's student and teacher pack, and the unit pack. */
export function planPacks(input: PackPlanInput): PlannedPack[] {
  const { templates, renderOptions, assets } = input;
  const page = (kind: string, title: string, body: string, m: Messages) =>
    renderPage(templates, { kind, title, headerLeft: title, headerRight: '', body, running: false, language: m.tag }, renderOptions, assets);
  const paperLabel = (m: Messages) => m.t(renderOptions.paper === 'a4' ? 'paper.a4' : 'paper.letter');
  const common = (m: Messages) => ({
    blank: () => page('blank', m.t('blank.title'), templates.render('blank', {}, m.tag), m),
    language: m.tag,
  });
  /** Pack page numbers: one page per pack page, the label in a margin box ("Pack page 12", "묶음 12쪽"). */
  const folios = (m: Messages) => (pages: number) => {
    // The label's own characters, so the browser loads the fonts the margin boxes need.
    const body = templates.render('folios', { label: m.t('pack.folio', { page: '' }), pages: Array.from({ length: pages }, (_, i) => i + 1) }, m.tag);
    return renderPage(
      templates,
      { kind: 'folios', title: 'Pack page numbers', headerLeft: '', headerRight: '', folios: true, body, language: m.tag },
      renderOptions,
      assets,
    );
  };
  const cover = (m: Messages, fields: { eyebrow: string; title: string; subtitle: string; questionLabel: string; question: string }) => (contents: string[]) =>
    page(
      'cover',
      plainText(fields.title),
      templates.render('cover', { school: renderOptions.school ?? '', logo: assets.logoUrl ?? '', ...fields, contents, paperLabel: paperLabel(m) }, m.tag),
      m,
    );
  const documents = (view: LessonView, kinds: readonly LessonDocumentKind[], level: number, m: Messages): PackPartSpec[] =>
    kinds.map((k) => ({ title: partTitle(k, m), level, keepOutline: true, numbered: true, from: { output: documentPath(view.id, k) } }));
  /**
   * A lesson's teacher cover and documents. In the lesson's own pack the cover is its first page and lists where each
   * document starts; in the unit pack it is a numbered page the contents page points to.
   */
  const teacherParts = (view: LessonView, level: number, ownPack: boolean): PackPartSpec[] => {
    const m = messagesFor(view.language);
    const docs = documents(view, LESSON_DOCUMENTS, level + 1, m);
    const html = cover(m, {
      eyebrow: `${view.unit ? `${view.unit} · ` : ''}${m.t('pack.teacherEyebrow')}`,
      title: view.title,
      subtitle: view.gradeLevel,
      questionLabel: m.t('label.centralQuestion'),
      question: view.centralQuestion,
    });
    const coverPart: PackPartSpec = {
      title: plainText(view.title),
      level,
      keepOutline: false,
      numbered: !ownPack,
      from: {
        piece: `cover-${view.id}`,
        // The parts after the cover are this lesson's documents.
        html: (places, self) =>
          html(
            ownPack
              ? places.slice(self + 1, self + 1 + docs.length).map((p) => m.t('pack.coverEntry', { title: p.title, page: p.page }))
              : docs.map((d) => d.title),
          ),
        listsPlaces: ownPack,
      },
    };
    return [coverPart, ...docs];
  };

  const packs: PlannedPack[] = [];
  for (const l of input.lessons) {
    const view = input.views.get(l.data.id);
    if (!view) continue;
    const m = messagesFor(view.language);
    const base = { subject: view.centralQuestion, author: l.data.author ?? '', ...common(m) };
    if (input.wanted.student)
      packs.push({
        path: `${view.id}/student-pack.pdf`,
        kind: 'student-pack',
        lesson: view.id,
        lessons: [view.id],
        spec: { ...base, title: m.t('pack.studentTitle', { title: view.titleText }), parts: documents(view, STUDENT_DOCUMENTS, 1, m) },
      });
    if (input.wanted.teacher)
      packs.push({
        path: `${view.id}/teacher-pack.pdf`,
        kind: 'teacher-pack',
        lesson: view.id,
        lessons: [view.id],
        // In a lesson's own teacher pack the cover is not a heading over the rest.
        spec: {
          ...base,
          title: m.t('pack.teacherTitle', { title: view.titleText }),
          parts: teacherParts(view, 1, true).map((p) => ({ ...p, level: 1 })),
          folios: folios(m),
        },
      });
  }
  const unit = input.unit;
  const ordered = unit ? unit.data.lessons.flatMap((id) => input.views.get(id) ?? []) : [];
  // A lesson of the unit that failed has its error reported already; the unit pack waits for it.
  if (!unit || !input.wanted.unit || ordered.length !== unit.data.lessons.length) return packs;
  const m = messagesFor(unit.data.language);
  const unitTitle = plainText(unit.data.title);
  const unitCover = cover(m, {
    eyebrow: m.t('pack.unitEyebrow'),
    title: unit.data.title,
    subtitle: unit.data.gradeLevel ?? '',
    questionLabel: m.t('label.compellingQuestion'),
    question: unit.data.compellingQuestion ?? '',
  });
  const coverContents = [m.t('toc.title'), m.t('pack.unitOverview'), ...ordered.map((v, i) => m.t('pack.lessonEntry', { number: i + 1, title: v.titleText }))];
  const contentsTitle = m.t('toc.title');
  /** The contents page lists every part after it with its pack page. */
  const contents = (places: PartPlace[], self: number) => {
    const entries = places.slice(self + 1);
    const body = templates.render('toc', { entries, folioLabel: m.t('pack.folio', { page: 12 }) }, m.tag);
    return page('toc', m.t('pack.contentsTitle', { title: unitTitle }), body, m);
  };
  packs.push({
    path: 'unit-pack.pdf',
    kind: 'unit-pack',
    lessons: ordered.map((v) => v.id),
    spec: {
      title: m.t('pack.unitTitle', { title: unitTitle }),
      subject: unit.data.compellingQuestion ?? unit.data.title,
      author: unitAuthors(input.lessons, unit.data.lessons),
      ...common(m),
      parts: [
        { title: unitTitle, level: 1, keepOutline: false, numbered: false, from: { piece: 'cover-unit', html: () => unitCover(coverContents) } },
        { title: contentsTitle, level: 1, keepOutline: false, numbered: true, from: { piece: 'contents', html: contents, listsPlaces: true } },
        { title: m.t('pack.unitOverview'), level: 1, keepOutline: false, numbered: true, from: { output: 'unit-overview.pdf' } },
        ...ordered.flatMap((v) => teacherParts(v, 1, false)),
      ],
      folios: folios(m),
    },
  });
  return packs;
}
