/**
 * The script the preview adds to its pages (never to printed documents). It lays a document out as printed sheets
 * and reloads the page when the server reports a change.
 */

/** Runs in the browser. Kept dependency-free: its source text is what the server sends. */
function previewClient(): void {
  const script = document.currentScript as HTMLScriptElement | null;
  const version = Number(script?.dataset.version ?? 0);
  const scrollKey = `lessonpack-scroll:${location.pathname}`;
  const status = () => document.querySelector('.lp-status');

  // Sizes of the CSS page-size keywords, in CSS units (portrait).
  const NAMED: Record<string, [string, string]> = {
    a5: ['148mm', '210mm'],
    a4: ['210mm', '297mm'],
    a3: ['297mm', '420mm'],
    b5: ['176mm', '250mm'],
    b4: ['250mm', '353mm'],
    letter: ['8.5in', '11in'],
    legal: ['8.5in', '14in'],
    ledger: ['11in', '17in'],
  };

  const toPx = (length: string): number => {
    const probe = document.createElement('div');
    probe.style.cssText = `position:absolute;visibility:hidden;width:${length}`;
    document.body.append(probe);
    const px = probe.getBoundingClientRect().width;
    probe.remove();
    return px;
  };

  /** The page box from the document's own @page rules (later rules win), so overridden layouts show their own paper and margins. */
  const pageBox = () => {
    const page: Record<string, string> = {
      size: 'letter',
      'margin-top': '0.75in',
      'margin-right': '0.75in',
      'margin-bottom': '0.75in',
      'margin-left': '0.75in',
    };
    for (const sheet of Array.from(document.styleSheets)) {
      let rules: CSSRuleList;
      try {
        rules = sheet.cssRules;
      } catch {
        continue;
      }
      for (const rule of Array.from(rules)) {
        if (!(rule instanceof CSSPageRule) || rule.selectorText) continue;
        for (const prop of Object.keys(page)) {
          const value = rule.style.getPropertyValue(prop);
          if (value) page[prop] = value;
        }
      }
    }
    const words = (page.size ?? 'letter').toLowerCase().split(/\s+/);
    const named = words.map((w) => NAMED[w]).find(Boolean);
    const lengths = words.filter((w) => /\d/.test(w));
    let [w, h] = named ?? [lengths[0] ?? '8.5in', lengths[1] ?? lengths[0] ?? '11in'];
    if (words.includes('landscape')) [w, h] = [h, w];
    return {
      width: toPx(w),
      height: toPx(h),
      top: toPx(page['margin-top'] ?? '0'),
      right: toPx(page['margin-right'] ?? '0'),
      bottom: toPx(page['margin-bottom'] ?? '0'),
      left: toPx(page['margin-left'] ?? '0'),
    };
  };

  /** Flows the document into page-sized columns, one per printed page, drawn as sheets side by side. */
  const paginate = () => {
    const pages = document.querySelector<HTMLElement>('.lp-pages');
    if (!pages) return;
    // Page break rules become column rules: on screen there are no pages, only these columns.
    const forced = (v: string) => ['page', 'left', 'right', 'recto', 'verso'].includes(v);
    for (const el of Array.from(pages.querySelectorAll<HTMLElement>('*'))) {
      const style = getComputedStyle(el);
      if (forced(style.breakBefore)) {
        el.style.breakBefore = 'column';
        el.classList.add('lp-forced-break');
      }
      if (forced(style.breakAfter)) el.style.breakAfter = 'column';
      // Printing keeps scroll containers (overflow other than visible) whole, like images; columns would split them.
      const scroller = ['hidden', 'auto', 'scroll'].includes(style.overflowY);
      if (style.breakInside === 'avoid-page' || scroller) el.style.breakInside = 'avoid';
      if (style.breakBefore === 'avoid-page') el.style.breakBefore = 'avoid';
      if (style.breakAfter === 'avoid-page') el.style.breakAfter = 'avoid';
    }
    const box = pageBox();
    const gutter = 24;
    const root = document.documentElement.style;
    root.setProperty('--lp-page-width', `${box.width}px`);
    root.setProperty('--lp-page-height', `${box.height}px`);
    root.setProperty('--lp-gutter', `${gutter}px`);
    pages.style.width = `${box.width - box.left - box.right}px`;
    pages.style.height = `${box.height - box.top - box.bottom}px`;
    pages.style.padding = `${box.top}px ${box.right}px ${box.bottom}px ${box.left}px`;
    pages.style.columnWidth = `${box.width - box.left - box.right}px`;
    pages.style.columnGap = `${box.right + gutter + box.left}px`;
    // Columns that do not fit overflow to the right: count them, then widen the box so every sheet is painted.
    const pitch = box.width + gutter;
    const count = Math.max(1, Math.round((pages.scrollWidth - box.left - box.right + gutter) / pitch));
    pages.style.width = `${count * pitch - gutter - box.left - box.right}px`;
    const label = document.querySelector('.lp-pages-count');
    if (label) label.textContent = `${count} page${count === 1 ? '' : 's'} (screen layout)`;
    pages.dataset.pages = String(count);
  };

  const restoreScroll = () => {
    const saved = sessionStorage.getItem(scrollKey);
    if (!saved) return;
    const [x, y] = saved.split(',').map(Number);
    window.scrollTo(x ?? 0, y ?? 0);
  };

  const listen = () => {
    const events = new EventSource('/__lessonpack/events');
    events.onmessage = (e) => {
      if (Number(e.data) === version) return;
      events.close();
      sessionStorage.setItem(scrollKey, `${window.scrollX},${window.scrollY}`);
      const s = status();
      if (s) s.textContent = 'reloading…';
      location.reload();
    };
    events.onerror = () => {
      const s = status();
      if (s) s.textContent = 'preview server stopped; reconnecting…';
    };
    events.onopen = () => {
      const s = status();
      if (s) s.textContent = '';
    };
  };

  const start = async () => {
    // Layout needs the final fonts: measuring with fallback fonts would count the wrong number of pages.
    await document.fonts.ready;
    if (document.documentElement.dataset.lpPreview === 'document') paginate();
    restoreScroll();
    document.documentElement.dataset.lpReady = 'true';
  };
  listen();
  void start();
}

/** The client script as served to the browser. */
export const CLIENT_SCRIPT = `(${previewClient.toString()})();\n`;
