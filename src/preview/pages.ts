/** The HTML the preview adds around printed documents: index, error pages, and the preview-only toolbar, sheet CSS and reload script. */
import { type Diagnostic, errorsOf, formatDiagnostic } from '../errors.js';
import { ASSET_ORIGIN } from '../render/assets.js';
import { PREVIEW_KINDS, type Snapshot } from './site.js';

/** URL prefix of everything the preview itself serves (never a document's asset path). */
export const PREVIEW_PREFIX = '/__lessonpack';
/** Where a document's assets (fonts, CSS, images) are served; they print from ASSET_ORIGIN. */
export const ASSET_PREFIX = '/assets';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The preview's stylesheet and script; `version` lets the script notice a change saved while the page loaded. */
const previewHead = (version: number) =>
  `<link rel="stylesheet" href="${PREVIEW_PREFIX}/preview.css"><script src="${PREVIEW_PREFIX}/preview.js" data-version="${version}" defer></script>`;

const head = (title: string, version: number) => `<meta charset="utf-8"><title>${escapeHtml(title)}</title>${previewHead(version)}`;

const bar = (title: string, extra = '') =>
  `<nav class="lp-bar"><a href="/">All lessons</a><span class="lp-title">${escapeHtml(title)}</span>${extra}<span class="lp-status" aria-live="polite"></span></nav>`;

/**
 * A printed document made viewable in a normal browser: its asset URLs point at this server, and the preview's
 * toolbar, sheet stylesheet and reload script are added. The printed PDF never gets any of this.
 */
export function previewDocument(html: string, title: string, version: number): string {
  // Only URLs in src/href attributes and CSS url() are rewritten: lesson text that merely mentions the origin is left as it prints.
  const origin = ASSET_ORIGIN.replace(/\./g, '\\.');
  const rewritten = html.replace(new RegExp(`((?:src|href)="|url\\()${origin}/`, 'g'), `$1${ASSET_PREFIX}/`);
  const bodyOpen = /<body[^>]*>/.exec(rewritten);
  const bodyClose = rewritten.lastIndexOf('</body>');
  const headClose = rewritten.indexOf('</head>');
  if (!bodyOpen || bodyClose < 0 || headClose < 0) return errorPage(title, 'the layout template has no <head> or <body>', [], version);
  const afterOpen = bodyOpen.index + bodyOpen[0].length;
  return (
    rewritten.slice(0, headClose) +
    previewHead(version) +
    rewritten.slice(headClose, afterOpen) +
    bar(title, '<span class="lp-pages-count"></span>') +
    '<div class="lp-pages">' +
    rewritten.slice(afterOpen, bodyClose) +
    '</div>' +
    rewritten.slice(bodyClose)
  ).replace('<html', '<html data-lp-preview="document"');
}

function diagnosticsBlock(diagnostics: Diagnostic[]): string {
  if (!diagnostics.length) return '';
  return `<pre class="lp-diagnostics">${diagnostics.map((d) => escapeHtml(formatDiagnostic(d))).join('\n\n')}</pre>`;
}

/** A page that shows why a document cannot be rendered, with every problem formatted as `validate` prints it. */
export function errorPage(title: string, message: string, diagnostics: Diagnostic[], version: number): string {
  return `<!DOCTYPE html><html lang="en" data-lp-preview="error"><head>${head(title, version)}</head><body class="lp-page">${bar(title)}<main>
<h1>${escapeHtml(title)}</h1>
<p class="lp-problem">${escapeHtml(message)}</p>
${diagnosticsBlock(diagnostics)}
<p class="lp-note">Fix the file and save it: this page reloads by itself.</p>
</main></body></html>`;
}

/** A plain page for 404s. */
export function notFoundPage(path: string, version: number): string {
  return errorPage('Not found', `nothing is served at ${path}`, [], version);
}

/** The index: every lesson with links to its documents, lessons with problems marked, and project-wide problems. */
export function indexPage(snapshot: Snapshot, version: number): string {
  const root = snapshot.project?.root ?? '';
  const rows = snapshot.lessons.map((l) => {
    const links = PREVIEW_KINDS.map((k) => `<a href="/lesson/${encodeURIComponent(l.id)}/${k.kind}">${k.label}</a>`).join(' · ');
    const errors = errorsOf(l.diagnostics);
    const warnings = l.diagnostics.filter((d) => d.severity === 'warning');
    const problems = errors.length
      ? ` <a class="lp-problem" href="/lesson/${encodeURIComponent(l.id)}/handout">${errors.length} problem(s)</a>`
      : l.view
        ? ''
        : ' <span class="lp-problem">cannot be shown (see the problems above)</span>';
    // Warnings do not stop a lesson: its documents show, and the warnings are listed here, where the writer looks first.
    const warned = warnings.length ? ` <span class="lp-warning">${warnings.length} warning(s)</span>${diagnosticsBlock(warnings)}` : '';
    return `<li><strong>${escapeHtml(l.title ?? l.id)}</strong> <code>${escapeHtml(l.file)}</code>${problems}${warned}<br>${links}</li>`;
  });
  const unit = snapshot.prepared?.unit ? `<h2>Unit</h2><ul><li><a href="/unit-overview">Unit overview</a></li></ul>` : '';
  const fatal = snapshot.fatal ? `<p class="lp-problem">${escapeHtml(snapshot.fatal.message)}</p>${diagnosticsBlock(snapshot.fatal.diagnostics)}` : '';
  const shared = snapshot.shared.length ? `<h2>Problems outside the lessons</h2>${diagnosticsBlock(snapshot.shared)}` : '';
  const { paper, variant } = snapshot.renderOptions;
  return `<!DOCTYPE html><html lang="en" data-lp-preview="index"><head>${head('lessonpack preview', version)}</head><body class="lp-page">${bar('lessonpack preview')}<main>
<h1>lessonpack preview</h1>
<p class="lp-note">${escapeHtml(root)} · paper ${escapeHtml(paper)} · ${escapeHtml(variant)} · pages reload when you save a lesson, source, template or style.</p>
${fatal}${shared}
<h2>Lessons</h2>
<ul class="lp-lessons">${rows.join('\n') || '<li>No lessons yet: run <code>lessonpack new my-lesson</code>.</li>'}</ul>
${unit}
</main></body></html>`;
}
