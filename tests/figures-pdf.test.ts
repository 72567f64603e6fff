/** Maps in real PDFs: vector paths and label text on the page, alternative text in the structure tree, grays only. */
import { cpSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from '@cantoo/pdf-lib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../src/build.js';
import { projectCacheDir } from '../src/machine.js';
import type { LessonFile } from '../src/model/index.js';
import { figureKey, MAP_DATA_VERSION, renderFigure } from '../src/render/figures/index.js';
import { maxColourSpread, pdfFonts, pdfPages, quietBuild, repoRoot, tempDir } from './helpers.js';

const out = tempDir('lessonpack-maps-');
// A project of its own: the test plants an entry in its figure cache, which no other test may see.
const root = tempDir('lessonpack-maps-project-');
for (const dir of ['lessons', 'sources']) cpSync(join(repoRoot, dir), join(root, dir), { recursive: true });
const lesson = JSON.parse(readFileSync(join(repoRoot, 'lessons/korean-war-legacy.json'), 'utf8')) as LessonFile;
const map = lesson.figures?.find((f) => f.id === 'map-armistice-1953');
const file = (name: string) => join(out, 'korean-war-legacy', `${name}.pdf`);
let result: BuildResult;

beforeAll(async () => {
  result = await quietBuild({ root, out, selectors: ['korean-war-legacy'], packs: false, force: true });
}, 240_000);

/** Per page: text items (with widths in points) and how many path and image operations it draws. */
async function pageContents(path: string) {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const ops = await page.getOperatorList();
    const items = (await page.getTextContent()).items.flatMap((it) => ('str' in it ? [{ str: it.str, width: it.width }] : []));
    pages.push({
      items,
      paths: ops.fnArray.filter((f) => f === OPS.constructPath).length,
      images: ops.fnArray.filter((f) => f === OPS.paintImageXObject || f === OPS.paintInlineImageXObject).length,
    });
  }
  await doc.destroy();
  return pages;
}

/** Alternative texts of the /Figure elements of a tagged PDF's structure tree. */
async function figureAlts(path: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
  const alts: string[] = [];
  const visit = (obj: unknown) => {
    const o = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
    if (o instanceof PDFArray) for (const k of o.asArray()) visit(k);
    if (!(o instanceof PDFDict)) return;
    const alt = o.get(PDFName.of('Alt'));
    if (o.get(PDFName.of('S')) === PDFName.of('Figure') && (alt instanceof PDFString || alt instanceof PDFHexString)) alts.push(alt.decodeText());
    visit(o.get(PDFName.of('K')));
  };
  visit(doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)?.get(PDFName.of('K')));
  return alts;
}

describe('a map in the printed handout', () => {
  it('builds', () => {
    expect(result.documents.filter((d) => d.status === 'failed')).toEqual([]);
  });

  it('is drawn as vectors with its labels as text, in the page fonts, and no image', async () => {
    const pages = await pageContents(file('handout'));
    const page = pages.find((p) => p.items.some((i) => i.str.includes('Map 4.')));
    const text = page?.items.map((i) => i.str).join(' ') ?? '';
    for (const label of ['Panmunjom', 'Kaesong', 'Seoul', 'Pyongyang', 'Armistice line, 27 July 1953', '38th parallel', 'Demilitarized Zone (DMZ), 4 km wide'])
      expect(text).toContain(label);
    // Title, map, caption and credits stay on one page.
    expect(text).toContain('Natural Earth');
    expect(text).toContain('so Kaesong ended up in');
    expect(page?.paths).toBeGreaterThan(20);
    expect(pages.reduce((n, p) => n + p.images, 0)).toBe(0);
    // Noto Sans KR draws the Korean forms of the vocabulary (정전협정, 판문점), not the map.
    expect(pdfFonts(file('handout')).every((f) => f.embedded && /SourceSerif4|SourceSans3|NotoSansKR/.test(f.name))).toBe(true);
  });

  it('every label prints within the box its placement reserved (the width estimate is never short)', async () => {
    if (!map) throw new Error('no map');
    const { labels } = renderFigure(map, { variant: 'standard', idPrefix: 'x' });
    const items = (await pageContents(file('handout'))).flatMap((p) => p.items);
    for (const l of labels) {
      const printed = items.find((i) => i.str === l.text);
      expect(printed, l.text).toBeDefined();
      expect(printed?.width ?? 0, l.text).toBeLessThanOrEqual(l.box.w + 0.5);
    }
  });

  it('carries its alternative text into the structure tree as a /Figure', async () => {
    expect(await figureAlts(file('handout'))).toContain(map?.alt);
  });

  it('prints in grays only', () => {
    expect(maxColourSpread(file('handout'))).toBe(0);
  });
});

describe('the figure cache', () => {
  it('keeps each drawing under a key that includes the map data version; a build reads it back instead of drawing', async () => {
    if (!map) throw new Error('no map');
    expect(MAP_DATA_VERSION).toMatch(/^world-atlas@2\.0\.2 topojson-client@3\.1\.0 d3-geo@3\.1\.2$/);
    const options = { variant: 'standard' as const, idPrefix: `figure-${map.id}` };
    // The drawings live with the build's other pieces, in this machine's cache (never in the checkout).
    const entry = join(projectCacheDir(realpathSync(root)), 'figures', `${figureKey(map, options)}.svg`);
    expect(readFileSync(entry, 'utf8')).toBe(renderFigure(map, options).svg);
    // A planted entry under the same key is what the next build prints: the key alone decides.
    const real = readFileSync(entry, 'utf8');
    writeFileSync(entry, real.replace('>Panmunjom<', '>Panmunjom (cached)<'));
    try {
      const again = tempDir('lessonpack-maps-cache-');
      await quietBuild({ root, out: again, selectors: ['korean-war-legacy'], only: ['handout'], packs: false, force: true });
      expect((await pdfPages(join(again, 'korean-war-legacy/handout.pdf'))).join(' ')).toContain('Panmunjom (cached)');
    } finally {
      writeFileSync(entry, real);
    }
  }, 240_000);
});

describe('a map question', () => {
  it("the answer key draws the answer on the worksheet's map, on the same page", async () => {
    const worksheet = await pdfPages(file('worksheet'));
    const key = await pdfPages(file('answer-key'));
    expect(key.length).toBe(worksheet.length);
    const at = (pages: string[]) => pages.findIndex((p) => p.includes('Draw the armistice line of 27 July 1953'));
    expect(at(key)).toBe(at(worksheet));
    expect(at(key)).toBeGreaterThanOrEqual(0);
    expect(key[at(key)]).toContain('Armistice line, 1953');
    expect(worksheet.join(' ')).not.toContain('Armistice line, 1953');
    const task = lesson.figures?.find((f) => f.id === 'map-armistice-task');
    expect(await figureAlts(file('worksheet'))).toContain(task?.alt);
    expect(maxColourSpread(file('answer-key'))).toBe(0);
  });
});
