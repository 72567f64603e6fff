/** Checks of a lesson's maps that the schema cannot express: where they print, and whether their points are on them. */
import type { Figure, Layer, LessonFile } from '../model/index.js';
import type { Problem } from './content.js';
import { closest } from './suggest.js';

type Bounds = Figure['bounds'];
const onMap = (b: Bounds, lat: number, lon: number) => lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east;

/** A position outside the map, with a hint that spots [longitude, latitude] written the wrong way round. */
function outside(b: Bounds, p: unknown[], pointer: string): Problem | undefined {
  const [lat, lon] = p as [number, number];
  if (onMap(b, lat, lon)) return undefined;
  const swapped = onMap(b, lon, lat);
  return {
    pointer,
    code: 'figure/outside-map',
    message: `[${lat}, ${lon}] is outside the map (latitude ${b.south} to ${b.north}, longitude ${b.west} to ${b.east})`,
    hint: swapped
      ? `positions are [latitude, longitude]: did you mean [${lon}, ${lat}]?`
      : 'positions are [latitude, longitude] in degrees (south and west negative); fix the position or widen the figure\'s "bounds"',
  };
}

/** Problems with one layer drawn on a map with bounds `b`; `base` is the layer's pointer. */
function checkLayer(layer: Layer, b: Bounds, base: string): Problem[] {
  const problems: (Problem | undefined)[] = [];
  const each = (points: unknown[][], field: string) => points.map((p, i) => outside(b, p, `${base}/${field}/${i}`));
  if ('labelAt' in layer && layer.labelAt) problems.push(outside(b, layer.labelAt, `${base}/labelAt`));
  switch (layer.kind) {
    case 'place':
    case 'label':
      problems.push(outside(b, layer.at, `${base}/at`));
      break;
    case 'arrow':
      problems.push(...each(layer.path, 'path'));
      break;
    case 'area':
      // An outline may run out to sea and past the edge (shading stops at the coast and the frame), but not miss the map.
      if (!layer.outline.some((p) => onMap(b, Number(p[0]), Number(p[1])))) problems.push(outside(b, layer.outline[0] ?? [], `${base}/outline/0`));
      break;
    case 'line':
      if ((layer.parallel === undefined) === (layer.path === undefined))
        problems.push({
          pointer: base,
          code: 'figure/line-path',
          message: layer.path ? 'a line has both "parallel" and "path"' : 'a line needs "parallel" (a latitude) or "path" (points)',
          hint: 'e.g. "parallel": 38, or "path": [[37.76, 126.69], [38.61, 128.36]]',
        });
      else if (layer.parallel !== undefined && (layer.parallel < b.south || layer.parallel > b.north))
        problems.push({
          pointer: `${base}/parallel`,
          code: 'figure/outside-map',
          message: `the parallel ${layer.parallel} is outside the map (latitude ${b.south} to ${b.north})`,
          hint: 'widen the figure\'s "bounds" or fix the latitude',
        });
      else if (layer.path && !layer.path.some((p) => onMap(b, Number(p[0]), Number(p[1])))) problems.push(...each(layer.path, 'path'));
      break;
  }
  return problems.filter((p): p is Problem => p !== undefined);
}

/** Checks figures and map questions: ids, placement, bounds, positions and alternative text. */
export function checkFigures(data: LessonFile): Problem[] {
  const problems: Problem[] = [];
  const figures = data.figures ?? [];
  const ids = figures.map((f) => f.id);
  const places = ['background', ...(data.vocabulary?.length ? ['vocabulary'] : []), ...data.documents.map((d) => d.id)];
  const questions = data.sections.flatMap((s, si) => s.questions.map((q, qi) => ({ q, base: `/sections/${si}/questions/${qi}` })));
  const used = new Set(questions.flatMap(({ q }) => (q.kind === 'map' ? [q.figure] : [])));
  figures.forEach((f, i) => {
    const base = `/figures/${i}`;
    const b = f.bounds;
    if (ids.indexOf(f.id) !== i)
      problems.push({ pointer: `${base}/id`, code: 'lesson/duplicate-id', message: `duplicate figure id "${f.id}"`, hint: 'figure ids must be unique' });
    if (!f.alt.trim())
      problems.push({
        pointer: `${base}/alt`,
        code: 'figure/no-alt',
        message: `figure "${f.id}" has no alternative text`,
        hint: 'say in a sentence or two what the map shows: screen readers read it instead of the map',
      });
    const wheres = [
      { pointer: `${base}/after`, place: f.after },
      ...Object.entries(f.afterIn ?? {}).map(([variant, place]) => ({ pointer: `${base}/afterIn/${variant}`, place })),
    ];
    for (const { pointer, place } of wheres) {
      if (!place || places.includes(place)) continue;
      const guess = closest(place, places);
      problems.push({
        pointer,
        code: 'figure/unknown-place',
        message: `the handout has no "${place}" to print the figure after`,
        hint: `${guess ? `did you mean "${guess}"? ` : ''}use "background", "vocabulary" (when the lesson has vocabulary) or a document id: ${places.join(', ')}`,
      });
    }
    if (!f.after && !used.has(f.id))
      problems.push({
        pointer: base,
        code: 'figure/unused',
        message: `figure "${f.id}" is never printed`,
        hint: 'set "after" to print it in the handout, or name it in a map question\'s "figure"',
      });
    if (b.west >= b.east || b.south >= b.north) {
      problems.push({
        pointer: `${base}/bounds`,
        code: 'figure/bounds',
        message: `the bounds are empty: west (${b.west}) must be less than east (${b.east}) and south (${b.south}) less than north (${b.north})`,
        hint: 'bounds are in degrees; south and west are negative',
      });
      return;
    }
    f.layers.forEach((l, li) => {
      problems.push(...checkLayer(l, b, `${base}/layers/${li}`));
    });
  });
  for (const { q, base } of questions) {
    if (q.kind !== 'map') continue;
    const f = figures.find((x) => x.id === q.figure);
    if (!f) {
      const guess = closest(q.figure, ids);
      problems.push({
        pointer: `${base}/figure`,
        code: 'question/unknown-figure',
        message: `unknown figure "${q.figure}"`,
        hint: guess ? `did you mean "${guess}"?` : ids.length ? `figures in this lesson: ${ids.join(', ')}` : 'add the map to the lesson\'s "figures"',
      });
      continue;
    }
    if (f.bounds.west < f.bounds.east && f.bounds.south < f.bounds.north)
      q.answer.forEach((l, li) => {
        problems.push(...checkLayer(l, f.bounds, `${base}/answer/${li}`));
      });
  }
  return problems;
}
