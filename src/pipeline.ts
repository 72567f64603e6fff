import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Diagnostic } from './errors.js';
import type { Ranges } from './fonts/cmap.js';
import { coverage } from './fonts/index.js';
import { loadJsonFile, loadLessons, selectLessonFiles } from './load/index.js';
import { locate } from './load/json.js';
import { loadSourceLibrary } from './load/sources.js';
import type { JsonDocument, RawLesson, ResolvedLesson, Source, Unit, UnitFile } from './model/index.js';
import { type Project, projectFonts } from './project.js';
import { loadTemplates, type Templates } from './render/templates/index.js';
import { resolveLesson } from './resolve/excerpts.js';
import { checkJsonCharacters, checkTextCharacters } from './validate/characters.js';
import { checkMarkdownDepth, located } from './validate/content.js';
import { readingWarnings } from './validate/reading.js';
import { validateSchema } from './validate/schema.js';
import { semanticDiagnostics } from './validate/semantic.js';
import { checkUnit, scoringDiagnostics } from './validate/unit.js';

/** Everything checked and resolved, ready to render; plus every problem found on the way. */
export interface Prepared {
  sources: Map<string, Source>;
  lessons: ResolvedLesson[];
  unit?: Unit;
  /** The templates read, parsed and checked once, ready to render; undefined when a template problem breaks rendering. */
  templates?: Templates;
  diagnostics: Diagnostic[];
  /** Lesson files that failed (their documents are not built). */
  failed: string[];
}

/** The characters the project's fonts can draw, read from the fonts only when a text has more than plain Latin. */
type Coverage = () => Ranges;

/** load -> validate -> resolve for the selected lessons (and a check of the templates). Bad lessons are reported; good ones go on. */
export async function prepare(project: Project, selectors: string[], cwd: string): Promise<Prepared> {
  const diagnostics: Diagnostic[] = [];
  let drawable: Ranges | undefined;
  const bundledCoverage = () => {
    drawable ??= coverage(projectFonts(project));
    return drawable;
  };
  const { sources, errors: sourceErrors } = await loadSourceLibrary(project.sourcesDir, project.display, project.root, (doc) => validateSchema('source', doc));
  diagnostics.push(...sourceErrors);
  // Templates are parsed and checked here, once, so `validate`, `build` and the preview report the same problems.
  const { templates, diagnostics: templateProblems } = loadTemplates(project.templateDirs, project.display);
  diagnostics.push(...templateProblems);
  const { files, errors: selectErrors } = await selectLessonFiles(project.lessonsDir, selectors, cwd);
  diagnostics.push(...selectErrors);
  const { lessons: raws, errors: loadErrors } = await loadLessons(files, project.display, project.root);
  diagnostics.push(...loadErrors);
  const failed = new Set(loadErrors.map((d) => d.file));
  const lessons: ResolvedLesson[] = [];
  const seenIds = new Map<string, string>();
  for (const raw of raws) {
    const checked = checkLesson(raw, sources, seenIds, bundledCoverage);
    diagnostics.push(...checked.diagnostics);
    if (checked.lesson) lessons.push(checked.lesson);
    else failed.add(raw.file);
  }
  const { unit, diagnostics: unitProblems } = await loadUnit(project, cwd, bundledCoverage);
  diagnostics.push(...unitProblems);
  // A lesson whose points break the unit's scoring rules is not built, like any other invalid lesson.
  const offRule = unit ? scoringDiagnostics(unit.data, lessons) : [];
  diagnostics.push(...offRule);
  for (const d of offRule) failed.add(d.file);
  const kept = lessons.filter((l) => !failed.has(l.file));
  return { sources, lessons: kept, unit, templates, diagnostics, failed: [...failed] };
}

/** One lesson through the schema, the cross-checks and the source library: resolved, or why not. */
function checkLesson(
  raw: RawLesson,
  sources: Map<string, Source>,
  seenIds: Map<string, string>,
  bundledCoverage: Coverage,
): { lesson?: ResolvedLesson; diagnostics: Diagnostic[] } {
  const checked = validateSchema('lesson', raw.json);
  if (!checked.ok) return { diagnostics: checked.diagnostics };
  const data = checked.value;
  const problems = [...semanticDiagnostics(raw, data, basename(raw.file, '.json')), ...checkJsonCharacters(raw.json, bundledCoverage)];
  const other = seenIds.get(data.id);
  if (other)
    problems.push({
      file: raw.file,
      ...locate(raw.json, '/id'),
      pointer: '/id',
      severity: 'error',
      code: 'lesson/duplicate-id',
      message: `lesson id "${data.id}" is also used by ${other}`,
      hint: 'lesson ids must be unique: they name the output folder',
    });
  seenIds.set(data.id, raw.file);
  if (problems.length) return { diagnostics: problems };
  const { lesson, errors } = resolveLesson({ ...raw, data }, sources);
  const quoted = (lesson?.excerpts ?? []).flatMap((e) => {
    const source = sources.get(e.source);
    return source ? checkTextCharacters(source.textFile, source.text, e.paragraphs.join('\n'), bundledCoverage, `${raw.file}, ${e.label}`) : [];
  });
  if (!lesson || quoted.length) return { diagnostics: [...errors, ...quoted] };
  return { lesson, diagnostics: [...errors, ...readingWarnings(lesson)] };
}

/** lessons/unit.json, when there is one: loaded, checked against the schema and against the lessons that exist. */
async function loadUnit(project: Project, cwd: string, bundledCoverage: Coverage): Promise<{ unit?: Unit; diagnostics: Diagnostic[] }> {
  const unitFile = join(project.lessonsDir, 'unit.json');
  if (!existsSync(unitFile)) return { diagnostics: [] };
  const shown = project.display(unitFile);
  const { doc, errors } = await loadJsonFile(unitFile, shown, project.root);
  if (!doc) return { diagnostics: errors };
  const checked = validateSchema('unit', doc);
  if (!checked.ok) return { diagnostics: [...errors, ...checked.diagnostics] };
  const characters = checkJsonCharacters(doc, bundledCoverage);
  if (characters.length) return { diagnostics: [...errors, ...characters] };
  const data = checked.value;
  const known = new Set((await selectLessonFiles(project.lessonsDir, [], cwd)).files.map((f) => basename(f, '.json')));
  const problems = [...unitLessonProblems(shown, doc, data, known), ...located(shown, doc, [...checkUnit(data), ...checkMarkdownDepth(data)])];
  return { unit: problems.length ? undefined : { file: shown, json: doc, data }, diagnostics: [...errors, ...problems] };
}

/** Lessons a unit lists twice (they would appear twice in the unit pack and its contents) or that do not exist. */
function unitLessonProblems(shown: string, doc: JsonDocument, data: UnitFile, known: Set<string>): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const listed = new Set<string>();
  data.lessons.forEach((id, i) => {
    const at = { file: shown, ...locate(doc, `/lessons/${i}`), pointer: `/lessons/${i}`, severity: 'error' as const };
    if (listed.has(id))
      problems.push({
        ...at,
        code: 'unit/duplicate-lesson',
        message: `lesson "${id}" is listed twice`,
        hint: 'a unit lists each lesson once, in teaching order',
      });
    listed.add(id);
    if (!known.has(id)) problems.push({ ...at, code: 'unit/unknown-lesson', message: `unknown lesson "${id}"`, hint: `lessons: ${[...known].join(', ')}` });
  });
  return problems;
}
