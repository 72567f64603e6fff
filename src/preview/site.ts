/** What the preview shows: the project loaded, checked and rendered exactly as `build` would, as HTML pages. */
import { basename, join } from 'node:path';
import { type Diagnostic, UserError } from '../errors.js';
import { listLessonFiles } from '../load/index.js';
import { LESSON_DOCUMENTS, type LessonDocumentKind, type Paper, type Variant } from '../model/index.js';
import { type Prepared, prepare } from '../pipeline.js';
import { loadProject, type Project, projectFonts } from '../project.js';
import { AssetMap } from '../render/assets.js';
import { type RenderOptions, renderLessonDocument, renderUnitOverview } from '../render/index.js';
import { breaksRendering, type Templates } from '../render/templates/index.js';
import { documentLabel, type LessonView, lessonView } from '../render/view.js';

export type PreviewKind = LessonDocumentKind;

/** The documents of a lesson, in the order the index lists them (the teacher pack's order). */
export const PREVIEW_KINDS: { kind: PreviewKind; label: string }[] = LESSON_DOCUMENTS.map((kind) => ({
  kind,
  label: documentLabel(kind).replace(/^Student /, ''),
}));

export interface LessonEntry {
  /** The lesson id, which is also its file name. */
  id: string;
  file: string;
  title?: string;
  view?: LessonView;
  /** Problems in this lesson's file. */
  diagnostics: Diagnostic[];
}

/** One consistent reading of the project: every page of one version is rendered from the same snapshot. */
export interface Snapshot {
  project?: Project;
  prepared?: Prepared;
  templates?: Templates;
  renderOptions: RenderOptions;
  lessons: LessonEntry[];
  /** Problems that are not in a lesson file (config, sources, templates, unit): they concern every page. */
  shared: Diagnostic[];
  /** A problem that stops every page from rendering (bad config, broken template). */
  fatal?: { message: string; diagnostics: Diagnostic[] };
}

export interface SnapshotOptions {
  root: string;
  paper?: Paper;
  variant?: Variant;
}

/** Loads and checks the whole project. Never throws for the user's mistakes: they come back as diagnostics. */
export async function loadSnapshot(options: SnapshotOptions): Promise<Snapshot> {
  const variant = options.variant ?? 'standard';
  const renderOptions: RenderOptions = { paper: options.paper ?? 'letter', variant };
  let project: Project;
  try {
    project = await loadProject(options.root);
  } catch (e) {
    if (e instanceof UserError) return { renderOptions, lessons: [], shared: [], fatal: { message: e.message, diagnostics: e.diagnostics } };
    throw e;
  }
  renderOptions.paper = options.paper ?? project.paper;
  renderOptions.school = project.config.school;
  const prepared = await prepare(project, [], project.root);
  const files = await listLessonFiles(project.lessonsDir);
  const shownFiles = new Set(files.map(project.display));
  const lessons = files.map((f): LessonEntry => {
    const shown = project.display(f);
    const lesson = prepared.lessons.find((l) => l.file === shown);
    const entry: LessonEntry = {
      id: basename(f, '.json'),
      file: shown,
      title: lesson?.data.title,
      diagnostics: prepared.diagnostics.filter((d) => d.file === shown),
    };
    try {
      entry.view = lesson ? lessonView(lesson, prepared.sources, prepared.unit?.data) : undefined;
    } catch (e) {
      // Text too deep or long to render: this lesson's pages show why, every other page renders.
      if (!(e instanceof RangeError)) throw e;
      entry.diagnostics.push({ file: shown, severity: 'error', code: 'render/failed', message: `the lesson cannot be rendered: ${e.message}` });
    }
    return entry;
  });
  const snapshot: Snapshot = { project, prepared, renderOptions, lessons, shared: prepared.diagnostics.filter((d) => !shownFiles.has(d.file)) };
  snapshot.templates = prepared.templates;
  if (!snapshot.templates) {
    // Broken templates stop every page; their problems are shown once, as the reason.
    snapshot.fatal = { message: 'the templates have problems', diagnostics: snapshot.shared.filter(breaksRendering) };
    snapshot.shared = snapshot.shared.filter((d) => !breaksRendering(d));
  }
  return snapshot;
}

export type Rendered = { ok: true; html: string; title: string } | { ok: false; title: string; message: string; diagnostics: Diagnostic[] };

/** One lesson document as `build` would print it, or the problems that stop it. */
export function renderLesson(snapshot: Snapshot, id: string, kind: PreviewKind): Rendered | undefined {
  const entry = snapshot.lessons.find((l) => l.id === id);
  const title = `${entry?.title ?? id}: ${PREVIEW_KINDS.find((k) => k.kind === kind)?.label ?? kind}`;
  // A broken config hides which lessons exist: every lesson page shows the config's problems until it is fixed.
  if (snapshot.fatal) return { ok: false, title, ...snapshot.fatal };
  if (!entry) return undefined;
  const { view } = entry;
  const { templates } = snapshot;
  if (!view || !templates)
    return { ok: false, title, message: `${entry.file} has problems, so it cannot be shown`, diagnostics: [...entry.diagnostics, ...snapshot.shared] };
  return render(title, () => renderLessonDocument(view, kind, templates, snapshot.renderOptions, assetsFor(snapshot)).html);
}

/** The unit overview, or the problems that stop it; undefined when the project has no unit.json. */
export function renderUnit(snapshot: Snapshot): Rendered | undefined {
  const title = 'Unit overview';
  if (snapshot.fatal) return { ok: false, title, ...snapshot.fatal };
  const { prepared, templates, project } = snapshot;
  if (!prepared || !templates || !project) return undefined;
  const unitFile = project.display(join(project.lessonsDir, 'unit.json'));
  if (!prepared.unit) {
    const problems = prepared.diagnostics.filter((d) => d.file === unitFile);
    return problems.length ? { ok: false, title, message: `${unitFile} has problems, so it cannot be shown`, diagnostics: problems } : undefined;
  }
  const unit = prepared.unit;
  const views = unit.data.lessons.flatMap((id) => snapshot.lessons.find((l) => l.id === id)?.view ?? []);
  return render(title, () => renderUnitOverview(unit, views, prepared.sources, templates, snapshot.renderOptions, assetsFor(snapshot)));
}

function render(title: string, html: () => string): Rendered {
  try {
    return { ok: true, title, html: html() };
  } catch (e) {
    // A template that fails while rendering (e.g. a helper throwing) must not take the server down.
    const message = e instanceof UserError ? e.message : `rendering failed: ${(e as Error).message}`;
    return { ok: false, title, message, diagnostics: e instanceof UserError ? e.diagnostics : [] };
  }
}

/** The files a page may load: fonts, the stylesheet and the logo, by URL path. */
export function assetsFor(snapshot: Snapshot): AssetMap {
  const logo = snapshot.project?.config.logo;
  return new AssetMap(snapshot.renderOptions.variant, {
    logo: logo && snapshot.project ? join(snapshot.project.root, logo) : undefined,
    fonts: snapshot.project ? projectFonts(snapshot.project) : [],
  });
}
