/**
 * The planner: from the checked project and the build's choices to the job list, one job per output. It reads and
 * writes nothing; what it returns says what each output is made from (its key and inputs), where it goes, and
 * what it needs first. Rendering happens later, when the executor runs a job.
 */
import { join, relative } from 'node:path';
import { DocumentError } from '../errors.js';
import { type ChosenKind, documentFile, type OutputFormat, VERSIONED_KINDS } from '../formats/choose.js';
import { packKinds } from '../formats/integrate.js';
import { fileJobs } from '../formats/jobs.js';
import { messagesFor } from '../i18n/index.js';
import { LESSON_DOCUMENTS, type LessonDocumentKind, type ResolvedLesson, type VersionLetter } from '../model/index.js';
import { planPacks } from '../pack/spec.js';
import type { Prepared } from '../pipeline.js';
import type { AssetMap } from '../render/assets.js';
import { type RenderOptions, renderLessonDocument, renderUnitOverview, type Templates, unitOverviewTitle } from '../render/index.js';
import { type LessonView, lessonView, unitAuthors, type ViewOptions } from '../render/view.js';
import { sha256 } from '../write/manifest.js';
import type { FileJob, Job, PrintJob } from './jobs.js';

export type { FileJob, Job, PackJob, PrintJob, Rendered } from './jobs.js';

export interface PlanInput {
  prepared: Pick<Prepared, 'lessons' | 'sources' | 'unit'>;
  /** Each lesson's view; a lesson whose view could not be made is in `viewErrors` instead. */
  views: Map<string, LessonView>;
  viewErrors: Map<string, string>;
  /** How versions' views are made (the maps' variant and cache). */
  viewOptions: ViewOptions;
  templates: Templates;
  assets: AssetMap;
  renderOptions: RenderOptions;
  date: Date;
  /** Hash of everything every output depends on (version, templates, styles, fonts, config, paper, variant, date). */
  common: string;
  kinds: Set<ChosenKind>;
  formats: Set<OutputFormat>;
  versions: VersionLetter[];
  /** Plan only shard `index` of `count` (documents only: packs are left to `lessonpack pack`). */
  shard?: { index: number; count: number };
  /** Plan the packs (default true). */
  packs: boolean;
  /** Plan only the packs, made from documents already in the output folder. */
  packsOnly: boolean;
}

/** The stable shard a document belongs to (1-based). */
function shardOf(path: string, count: number): number {
  return (Number.parseInt(sha256(path).slice(0, 8), 16) % count) + 1;
}

/** Lesson keys already computed: documents, file jobs, packs and the unit overview all ask for the same ones. */
const keys = new WeakMap<ResolvedLesson, { common: string; key: string }>();

/** Everything a lesson's documents depend on: the common inputs, the lesson file and the sources it quotes. */
export function lessonKey(l: ResolvedLesson, prepared: PlanInput['prepared'], common: string): string {
  const known = keys.get(l);
  if (known?.common === common) return known.key;
  const sources = l.sourceIds.map((id) => {
    const s = prepared.sources.get(id);
    return s ? `${JSON.stringify(s.meta)}\n${s.text}` : id;
  });
  const key = sha256([common, l.json.text, ...sources].join('\n'));
  keys.set(l, { common, key });
  return key;
}

/** The selected lessons by id. */
const lessonsById = (prepared: PlanInput['prepared']) => new Map(prepared.lessons.map((l) => [l.data.id, l]));

/** A project file as the manifest lists it: relative to the project, normalised. */
const projectPath = (file: string) => relative('/', join('/', file));

/** The project files a lesson's documents are made from, relative to the project. */
export function lessonInputs(l: ResolvedLesson, prepared: PlanInput['prepared']): string[] {
  const sources = l.sourceIds.flatMap((id) => {
    const s = prepared.sources.get(id);
    return s ? [s.file, s.textFile] : [];
  });
  return [l.file, ...sources].map(projectPath);
}

/** The job list of a build. */
export function planBuild(input: PlanInput): Job[] {
  const documents = input.packsOnly ? [] : [...lessonDocumentJobs(input), ...unitOverviewJob(input), ...formatJobs(input)];
  const mine = input.shard ? documents.filter((j) => shardOf(j.path, input.shard?.count ?? 1) === input.shard?.index) : documents;
  return [...mine, ...(input.packs && !input.shard && input.formats.has('pdf') ? packJobs(input) : [])];
}

/** Every lesson's PDF documents, with A/B versions of the versioned kinds. */
function lessonDocumentJobs(input: PlanInput): PrintJob[] {
  const { prepared, templates, renderOptions } = input;
  if (!input.formats.has('pdf')) return [];
  const kinds = LESSON_DOCUMENTS.filter((k) => input.kinds.has(k));
  return prepared.lessons.flatMap((l) => {
    const key = lessonKey(l, prepared, input.common);
    const base = input.views.get(l.data.id);
    const failure = input.viewErrors.get(l.data.id);
    const render = (kind: LessonDocumentKind, version?: VersionLetter) => () => {
      // A lesson whose text is too deep or too long to render fails alone, document by document.
      if (!base) throw new DocumentError(failure ?? 'rendering failed');
      const view = version ? lessonView(l, prepared.sources, prepared.unit?.data, { ...input.viewOptions, version }) : base;
      const r = renderLessonDocument(view, kind, templates, renderOptions, input.assets);
      const keywords = [view.unit, 'lesson', kind, ...l.sourceIds].filter(Boolean);
      return { html: r.html, title: r.title, subject: view.centralQuestion, keywords, language: view.language, author: l.data.author };
    };
    if (!base && !failure) return [];
    return kinds.flatMap((kind) =>
      [undefined, ...((VERSIONED_KINDS as readonly string[]).includes(kind) ? input.versions : [])].map(
        (version): PrintJob => ({
          type: 'print',
          path: documentFile(l.data.id, kind, 'pdf', version),
          kind,
          lesson: l.data.id,
          version,
          key: sha256(`${key}:${kind}${version ? `:${version}` : ''}`),
          inputs: lessonInputs(l, prepared),
          needs: [],
          render: render(kind, version),
        }),
      ),
    );
  });
}

/** The unit overview, when every lesson of the unit is in this build (a build of some lessons leaves it alone). */
function unitOverviewJob(input: PlanInput): PrintJob[] {
  const { prepared, templates, renderOptions } = input;
  const unit = prepared.unit;
  if (!unit || !input.formats.has('pdf') || !input.kinds.has('unit-overview') || !unit.data.lessons.every((id) => input.views.has(id))) return [];
  // Only the unit's own lessons appear in its overview: editing another lesson must not reprint it.
  const own = prepared.lessons.filter((l) => unit.data.lessons.includes(l.data.id));
  const key = sha256(
    [
      input.common,
      unit.json.text,
      ...own.map((l) => lessonKey(l, prepared, input.common)),
      ...[...prepared.sources.values()].map((s) => JSON.stringify(s.meta)),
    ].join('\n'),
  );
  const render = () => ({
    html: renderUnitOverview(
      unit,
      unit.data.lessons.flatMap((id) => input.views.get(id) ?? []),
      prepared.sources,
      templates,
      renderOptions,
      input.assets,
    ),
    title: unitOverviewTitle(unit),
    subject: unit.data.compellingQuestion ?? unit.data.title,
    keywords: [unit.data.title, 'unit overview'],
    language: messagesFor(unit.data.language).tag,
    author: unitAuthors(prepared.lessons, unit.data.lessons),
  });
  return [{ type: 'print', path: 'unit-overview.pdf', kind: 'unit-overview', key, inputs: [projectPath(unit.file)], needs: [], render }];
}

/** Word copies, web pages and QTI quizzes: made without the browser. */
function formatJobs(input: PlanInput): FileJob[] {
  const { prepared } = input;
  const byId = lessonsById(prepared);
  return fileJobs({
    lessons: prepared.lessons,
    sources: prepared.sources,
    unit: prepared.unit?.data,
    views: input.views,
    lessonKey: (l) => lessonKey(l, prepared, input.common),
    kinds: input.kinds,
    formats: input.formats,
    versions: input.versions,
    templates: input.templates,
    assets: input.assets,
    renderOptions: input.renderOptions,
    date: input.date,
  }).map((j) => {
    const lesson = byId.get(j.lesson);
    return { ...j, type: 'file', inputs: lesson ? lessonInputs(lesson, prepared) : [], needs: [] };
  });
}

/** Student, teacher and unit packs: each needs the documents it holds; their bytes join its key. */
function packJobs(input: PlanInput): Job[] {
  const { prepared } = input;
  const byId = lessonsById(prepared);
  return planPacks({
    lessons: prepared.lessons,
    views: input.views,
    unit: prepared.unit,
    templates: input.templates,
    renderOptions: input.renderOptions,
    assets: input.assets,
    wanted: packKinds(input.kinds),
  }).map((p) => {
    const needs = p.spec.parts.flatMap((part) => ('output' in part.from ? [part.from.output] : []));
    const contents = p.lessons.flatMap((id) => {
      const l = byId.get(id);
      return l ? [lessonKey(l, prepared, input.common)] : [];
    });
    return {
      type: 'pack',
      path: p.path,
      kind: p.kind,
      lesson: p.lesson,
      key: sha256([input.common, 'pack', p.kind, p.spec.folios ? 'folios' : '', ...contents].join('\n')),
      inputs: needs,
      needs,
      spec: p.spec,
    };
  });
}
