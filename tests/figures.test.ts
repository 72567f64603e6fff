/** Maps drawn from data: projected positions, label placement, grays only, and located validation messages. */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/errors.js';
import { validate as validateProject } from '../src/index.js';
import type { Figure, LessonFile, Variant } from '../src/model/index.js';
import { overlaps, type Ring } from '../src/render/figures/geometry.js';
import { renderFigure } from '../src/render/figures/index.js';
import { placeLabels, straddlesCoast } from '../src/render/figures/labels.js';
import { mapFrame } from '../src/render/figures/project.js';
import { repoRoot, tempDir } from './helpers.js';

const lessons = ['korean-war-cause', 'korean-war-escalation', 'korean-war-legacy'].map(
  (id) => JSON.parse(readFileSync(join(repoRoot, 'lessons', `${id}.json`), 'utf8')) as LessonFile,
);
const figures = lessons.flatMap((l) => l.figures ?? []);
const figure = (id: string) => figures.find((f) => f.id === id) as Figure;
const draw = (f: Figure, variant: Variant = 'standard') => renderFigure(f, { variant, idPrefix: 't' });

/** The centre of a place's symbol in the SVG. */
function placeAt(svg: string, name: string): [number, number] {
  const at = svg.indexOf(`data-place="${name}"`);
  const m = /cx="([\d.]+)" cy="([\d.]+)"|x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"/.exec(svg.slice(at));
  if (at < 0 || !m) throw new Error(`no place ${name}`);
  return m[1] ? [Number(m[1]), Number(m[2])] : [Number(m[3]) + Number(m[5]) / 2, Number(m[4]) + Number(m[5]) / 2];
}

/** The y of a drawn line at x (the line's path data, interpolated). */
function lineYAt(svg: string, name: string, x: number): number {
  const m = new RegExp(`data-name="${name}" d="([^"]+)"`).exec(svg);
  const pts = [...(m?.[1] ?? '').matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((p) => [Number(p[1]), Number(p[2])] as [number, number]);
  for (let i = 1; i < pts.length; i++) {
    const [x0, y0] = pts[i - 1] as [number, number];
    const [x1, y1] = pts[i] as [number, number];
    if ((x0 - x) * (x1 - x) <= 0 && x0 !== x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  throw new Error(`line ${name} does not pass x=${x}`);
}

describe('a map drawn from data', () => {
  it('puts places at their projected positions: Seoul south of the 38th parallel, Pyongyang north of it', () => {
    const f = figure('map-division-1945');
    const { svg } = draw(f);
    const frame = mapFrame(f);
    const seoul = placeAt(svg, 'Seoul');
    const expected = frame.toPage([37.57, 126.98]);
    expect(seoul[0]).toBeCloseTo(expected[0], 1);
    expect(seoul[1]).toBeCloseTo(expected[1], 1);
    // SVG y grows downwards: south is below.
    expect(seoul[1]).toBeGreaterThan(lineYAt(svg, '38th parallel', seoul[0]));
    const pyongyang = placeAt(svg, 'Pyongyang');
    expect(pyongyang[1]).toBeLessThan(lineYAt(svg, '38th parallel', pyongyang[0]));
    expect(pyongyang[0]).toBeLessThan(seoul[0]);
  });

  it('the armistice line: Kaesong south of the 38th parallel but north-west of the line; Panmunjom on the line', () => {
    const { svg } = draw(figure('map-armistice-1953'));
    const kaesong = placeAt(svg, 'Kaesong');
    const panmunjom = placeAt(svg, 'Panmunjom');
    expect(kaesong[1]).toBeGreaterThan(lineYAt(svg, '38th parallel', kaesong[0]));
    expect(Math.abs(lineYAt(svg, 'Armistice line, 27 July 1953', panmunjom[0]) - panmunjom[1])).toBeLessThan(2);
    // The line's east end is north of the parallel, its west end south of it.
    const d = /data-name="Armistice line, 27 July 1953" d="M([\d.]+) ([\d.]+)[^"]*L([\d.]+) ([\d.]+)"/.exec(svg);
    const [wx, wy, ex, ey] = (d ?? []).slice(1).map(Number) as [number, number, number, number];
    expect(wy).toBeGreaterThan(lineYAt(svg, '38th parallel', wx));
    expect(ey).toBeLessThan(lineYAt(svg, '38th parallel', ex));
  });

  it('Chosan and Hyesanjin lie on the Yalu: within 6 km of the China-Korea border in the 1:10m data', () => {
    const f = figure('map-counteroffensive-1950');
    const { svg } = draw(f);
    const border = /class="map-border" d="([^"]+)"/.exec(svg)?.[1] ?? '';
    const pts = [...border.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((p) => [Number(p[1]), Number(p[2])]);
    const km = mapFrame(f).ptPerKm;
    for (const name of ['Chosan, 26 Oct.', 'Hyesanjin, 21 Nov.']) {
      const [x, y] = placeAt(svg, name);
      const nearest = Math.min(...pts.map(([bx = 0, by = 0]) => Math.hypot(bx - x, by - y)));
      expect(nearest / km, name).toBeLessThan(6);
    }
  });

  it('every bundled map, in every variant: no label overlaps another label, a symbol or the frame', () => {
    for (const variant of ['standard', 'large-print', 'dyslexia'] as const)
      for (const f of figures) {
        const { labels } = draw(f, variant);
        expect(labels.filter((l) => l.collides).map((l) => `${f.id} ${variant}: ${l.text}`)).toEqual([]);
        for (const [i, a] of labels.entries())
          for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box), `${f.id} ${variant}: ${a.text} / ${b.text}`).toBe(false);
      }
  });

  it('the answer key draws the answer on the same map, at the same size, with every base label in place', () => {
    const legacy = lessons[2] as LessonFile;
    const q = legacy.sections.flatMap((s) => s.questions).find((x) => x.kind === 'map');
    if (q?.kind !== 'map') throw new Error('no map question');
    const f = figure(q.figure);
    const student = renderFigure(f, { variant: 'standard', idPrefix: 'q' });
    const key = renderFigure(f, { variant: 'standard', idPrefix: 'q', answer: q.answer });
    expect([key.width, key.height]).toEqual([student.width, student.height]);
    expect(key.labels.slice(0, student.labels.length)).toEqual(student.labels);
    expect(student.svg).not.toContain('Armistice line, 1953');
    expect(key.svg).toContain('Armistice line, 1953');
    expect(key.svg).toContain('data-answer="true"');
  });

  it('only grays: every colour in every map is a shade of gray', () => {
    for (const f of figures) {
      const colours = new Set([...draw(f).svg.matchAll(/(?:fill|stroke)="([^"]+)"/g)].map((m) => m[1] ?? ''));
      for (const c of colours) expect(c, f.id).toMatch(/^(none|#([0-9a-f])\2\2|#([0-9a-f]{2})\3\3|url\(#[\w-]+\))$/);
    }
  });

  it('carries the alternative text as the accessible name, and is byte-identical when drawn again', () => {
    const f = figure('map-division-1945');
    const a = draw(f).svg;
    expect(a).toContain(`role="img" aria-label="${f.alt}"`);
    expect(renderFigure(structuredClone(f), { variant: 'standard', idPrefix: 't' }).svg).toBe(a);
  });
});

describe('label placement', () => {
  const frame = { x: 0, y: 0, w: 200, h: 200 };
  it('two places 7 pt apart (Kaesong and Panmunjom) get labels on opposite sides that do not overlap', () => {
    const scene = { frame, obstacles: [], land: [], lines: [], areas: [] };
    const [a, b] = placeLabels(
      [
        { text: 'Kaesong', at: [100, 100], width: 34, size: 8.5, gap: 4 },
        { text: 'Panmunjom', at: [107, 100.5], width: 46, size: 8.5, gap: 4 },
      ],
      scene,
    );
    expect(a && b && overlaps(a.box, b.box)).toBe(false);
    expect([a?.collides, b?.collides]).toEqual([false, false]);
  });

  it('avoids straddling the coast when another side is free', () => {
    // Land is the left half: a label east of a point on the coast would straddle it; west of it stays on land.
    const land: Ring[] = [
      [
        [0, 0],
        [100, 0],
        [100, 200],
        [0, 200],
      ],
    ];
    const [l] = placeLabels([{ text: 'Port', at: [96, 100], width: 20, size: 8.5, gap: 3 }], { frame, obstacles: [], land, lines: [], areas: [] });
    expect(l?.crossesCoast).toBe(false);
    expect(l && straddlesCoast(l.box, land)).toBe(false);
    expect(l?.anchor).toBe('end');
  });
});

describe('figure validation', () => {
  const mini = join(repoRoot, 'tests/fixtures/projects/mini');
  let root = '';
  beforeEach(() => {
    root = tempDir();
    cpSync(mini, root, { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const file = () => join(root, 'lessons/mini-lesson.json');
  const messages = async (figures: unknown[], question?: unknown) => {
    const d = JSON.parse(readFileSync(file(), 'utf8'));
    d.figures = figures;
    if (question) d.sections[0].questions.push(question);
    writeFileSync(file(), JSON.stringify(d, null, 2));
    return (await validateProject({ root })).diagnostics.map(formatDiagnostic);
  };
  const base = { id: 'map-a', title: 'A map', after: 'background', alt: 'Korea.', bounds: { west: 124, south: 33, east: 131, north: 43 } };

  it('schema: a latitude out of range, a label without a position, no alternative text, an unknown layer kind', async () => {
    const out = await messages([
      {
        ...base,
        layers: [
          { kind: 'place', name: 'Seoul', at: [137.57, 126.98] },
          { kind: 'label', text: 'Yellow Sea' },
          { kind: 'arow', path: [] },
        ],
      },
      { id: 'map-b', title: 'B', after: 'background', bounds: base.bounds, layers: [] },
    ]);
    expect(out).toMatchInlineSnapshot(`
      [
        "lessons/mini-lesson.json:234:13  /figures/0/layers/0/at/0  137.57 is out of range: it must be at most 90
        232 |           "name": "Seoul",
        233 |           "at": [
      > 234 |             137.57,
            |             ^
        235 |             126.98
        hint: Latitude in degrees, from -90 (south pole) to 90 (north pole). It comes first: [latitude, longitude].",
        "lessons/mini-lesson.json:238:9  /figures/0/layers/1  missing required property "at"
        236 |           ]
        237 |         },
      > 238 |         {
            |         ^
        239 |           "kind": "label",
        hint: add "at": Where the middle of the text goes, as [latitude, longitude].",
        "lessons/mini-lesson.json:243:19  /figures/0/layers/2/kind  unknown layer kind "arow"
        241 |         },
        242 |         {
      > 243 |           "kind": "arow",
            |                   ^
        244 |           "path": []
        hint: did you mean "arrow"? allowed values: "line", "place", "label", "arrow", "area"",
        "lessons/mini-lesson.json:248:5  /figures/1  missing required property "alt"
        246 |       ]
        247 |     },
      > 248 |     {
            |     ^
        249 |       "id": "map-b",
        hint: add "alt": Alternative text: what the map shows, in a sentence or two, for readers who cannot see it (screen readers read it from the tagged PDF). Required.",
      ]
    `);
  });

  it('beyond the schema: outside the map, swapped coordinates, blank alt text, unknown place and figure', async () => {
    const out = await messages(
      [
        {
          ...base,
          alt: '  ',
          after: 'doc-b',
          layers: [
            { kind: 'place', name: 'Tokyo', at: [35.68, 139.69] },
            {
              kind: 'arrow',
              path: [
                [38.3, 126.8],
                [37.65, 131.5],
              ],
            },
            { kind: 'line', style: 'solid' },
            { kind: 'line', parallel: 50, style: 'dashed' },
          ],
        },
        { ...base, id: 'map-c', after: undefined, layers: [] },
      ],
      {
        kind: 'map',
        id: 'q-map',
        prompt: 'Draw it.',
        points: 1,
        skill: 'chronology',
        figure: 'map-x',
        answer: [{ kind: 'line', parallel: 38, style: 'solid' }],
        explanation: 'The 38th parallel.',
      },
    );
    expect(out).toMatchInlineSnapshot(`
      [
        "lessons/mini-lesson.json:238:14  /figures/0/alt  figure "map-a" has no alternative text
        236 |       "title": "A map",
        237 |       "after": "doc-b",
      > 238 |       "alt": "  ",
            |              ^
        239 |       "bounds": {
        hint: say in a sentence or two what the map shows: screen readers read it instead of the map",
        "lessons/mini-lesson.json:237:16  /figures/0/after  the handout has no "doc-b" to print the figure after
        235 |       "id": "map-a",
        236 |       "title": "A map",
      > 237 |       "after": "doc-b",
            |                ^
        238 |       "alt": "  ",
        hint: did you mean "doc-a"? use "background", "vocabulary" (when the lesson has vocabulary) or a document id: background, vocabulary, doc-a",
        "lessons/mini-lesson.json:249:17  /figures/0/layers/0/at  [35.68, 139.69] is outside the map (latitude 33 to 43, longitude 124 to 131)
        247 |           "kind": "place",
        248 |           "name": "Tokyo",
      > 249 |           "at": [
            |                 ^
        250 |             35.68,
        hint: positions are [latitude, longitude] in degrees (south and west negative); fix the position or widen the figure's "bounds"",
        "lessons/mini-lesson.json:261:13  /figures/0/layers/1/path/1  [37.65, 131.5] is outside the map (latitude 33 to 43, longitude 124 to 131)
        259 |               126.8
        260 |             ],
      > 261 |             [
            |             ^
        262 |               37.65,
        hint: positions are [latitude, longitude] in degrees (south and west negative); fix the position or widen the figure's "bounds"",
        "lessons/mini-lesson.json:267:9  /figures/0/layers/2  a line needs "parallel" (a latitude) or "path" (points)
        265 |           ]
        266 |         },
      > 267 |         {
            |         ^
        268 |           "kind": "line",
        hint: e.g. "parallel": 38, or "path": [[37.76, 126.69], [38.61, 128.36]]",
        "lessons/mini-lesson.json:273:23  /figures/0/layers/3/parallel  the parallel 50 is outside the map (latitude 33 to 43)
        271 |         {
        272 |           "kind": "line",
      > 273 |           "parallel": 50,
            |                       ^
        274 |           "style": "dashed"
        hint: widen the figure's "bounds" or fix the latitude",
        "lessons/mini-lesson.json:278:5  /figures/1  figure "map-c" is never printed
        276 |       ]
        277 |     },
      > 278 |     {
            |     ^
        279 |       "id": "map-c",
        hint: set "after" to print it in the handout, or name it in a map question's "figure"",
        "lessons/mini-lesson.json:214:21  /sections/0/questions/6/figure  unknown figure "map-x"
        212 |           "points": 1,
        213 |           "skill": "chronology",
      > 214 |           "figure": "map-x",
            |                     ^
        215 |           "answer": [
        hint: did you mean "map-a"?",
      ]
    `);
  });

  it("checks a variant's place like the handout's: afterIn names a place the handout has", async () => {
    const out = await messages([{ ...base, afterIn: { 'large-print': 'vocabulary', dyslexia: 'doc-z' }, layers: [] }]);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('/figures/0/afterIn/dyslexia  the handout has no "doc-z" to print the figure after');
    expect(out[0]).toContain('did you mean "doc-a"?');
  });
});
