/** Figures as the templates print them: the map's SVG with its title, caption and credits, rendered on first use. */
import type { Messages } from '../../i18n/index.js';
import type { Figure, LessonFile, MapQuestion, Variant } from '../../model/index.js';
import { BASE_MAP_VERSION, type FigureOptions, figureKey, renderFigure } from './index.js';
import { escapeXml } from './text.js';

export interface FigureView {
  id: string;
  /** The figure's HTML (drawn when a template first reads it: a build that prints no map loads no map data). */
  readonly html: string;
}

/** The figure's own credit, then the base map's, in the lesson's language. */
function credits(figure: Figure, m: Messages): string {
  return escapeXml([figure.credit, m.t('map.credit', { version: BASE_MAP_VERSION })].filter(Boolean).join(' '));
}

/** A handout figure: title, map, caption and credits, kept on one page. */
function figureBlock(figure: Figure, svg: string, m: Messages): string {
  return [
    `<div class="map-figure map-${figure.size ?? 'medium'}" id="figure-${figure.id}">`,
    `<p class="figure-title">${escapeXml(figure.title)}</p>`,
    svg,
    figure.caption ? `<p class="figure-caption">${escapeXml(figure.caption)}</p>` : '',
    `<p class="figure-credit">${credits(figure, m)}</p>`,
    '</div>',
  ].join('');
}

/** The map of a map question (the key's has the answer drawn on it; both are the same size). */
function questionBlock(figure: Figure, svg: string, m: Messages): string {
  return `<div class="map-question">${svg}<p class="figure-credit">${credits(figure, m)}</p></div>`;
}

/** Drawings kept between builds, by figureKey: an unchanged map is not drawn again (nor the map data loaded). */
export interface FigureCache {
  read(key: string): string | undefined;
  write(key: string, svg: string): void;
}

/** A figure's SVG, from the cache when it holds this exact drawing. */
function svgOf(figure: Figure, options: FigureOptions, cache?: FigureCache): string {
  const key = figureKey(figure, options);
  const cached = cache?.read(key);
  if (cached) return cached;
  const { svg } = renderFigure(figure, options);
  cache?.write(key, svg);
  return svg;
}

/** The figures of a lesson, by where the handout prints them, and the maps of its map questions. */
export function figureViews(data: LessonFile, variant: Variant, cache: FigureCache | undefined, m: Messages) {
  const figures = new Map((data.figures ?? []).map((f) => [f.id, f]));
  const placed = new Map<string, FigureView[]>();
  for (const f of data.figures ?? []) {
    // A variant may print the map elsewhere: its larger text moves the page breaks (see `afterIn` in the schema).
    const after = (variant !== 'standard' && f.afterIn?.[variant]) || f.after;
    if (!after) continue;
    const view: FigureView = {
      id: f.id,
      get html() {
        return figureBlock(f, svgOf(f, { variant, idPrefix: `figure-${f.id}` }, cache), m);
      },
    };
    placed.set(after, [...(placed.get(after) ?? []), view]);
  }
  return {
    /** Figures printed after the background, the vocabulary, or a document (by its id). */
    after: (where: string): FigureView[] => placed.get(where) ?? [],
    /** The student's and the key's map for a map question. */
    question(q: MapQuestion) {
      const f = figures.get(q.figure);
      const draw = (key: boolean) =>
        f ? questionBlock(f, svgOf(f, { variant, idPrefix: `question-${q.id}`, ...(key ? { answer: q.answer } : {}) }, cache), m) : '';
      return {
        get mapHtml() {
          return draw(false);
        },
        get keyMapHtml() {
          return draw(true);
        },
      };
    },
  };
}

export type FigureViews = ReturnType<typeof figureViews>;
