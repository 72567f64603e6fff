/**
 * Answers every request a tab makes: the document and the build's assets from memory and disk, everything else
 * aborted and recorded. Nothing a page asks for reaches the network or the file system beyond the AssetMap.
 */
import { readFile } from 'node:fs/promises';
import type { CDPSession, Protocol } from 'puppeteer-core';
import { ASSET_ORIGIN, contentType } from '../render/assets.js';

/** Every tab loads its document from this address (answered from the job, never cached). */
export const DOCUMENT_URL = `${ASSET_ORIGIN}/document.html`;

/** What is printing on a tab: where requests are answered from, and what they could not get. */
export interface Serving {
  html: string;
  /** URL path -> file on disk (the build's AssetMap). */
  assets: { files: ReadonlyMap<string, string> };
  /** Requests aborted: not the document and not an asset. */
  blocked: string[];
  /** Asset files that could not be read. */
  missing: string[];
}

/** How one request is answered. */
export type Route = { kind: 'document' } | { kind: 'asset'; file: string; type: string } | { kind: 'blocked'; url: string };

/** Decides how a request is answered: the document, an asset of the map, or nothing (aborted). */
export function route(url: string, files: ReadonlyMap<string, string>): Route {
  // Recorded as the page wrote it, cut short: a hostile template may ask for very long addresses.
  const blocked: Route = { kind: 'blocked', url: url.slice(0, 200) };
  // Not ours: http(s) elsewhere, file:// and anything else. Nothing leaves the page.
  if (!url.startsWith(`${ASSET_ORIGIN}/`)) return blocked;
  let path: string;
  try {
    path = decodeURI(new URL(url).pathname);
  } catch {
    // A malformed address (a template's %ZZ) is not one of ours: blocked like any other, never a crash.
    return blocked;
  }
  if (path === '/document.html') return { kind: 'document' };
  const file = files.get(path);
  return file ? { kind: 'asset', file, type: contentType(path) } : blocked;
}

const DOCUMENT_HEADERS: Protocol.Fetch.HeaderEntry[] = [
  { name: 'content-type', value: 'text/html; charset=utf-8' },
  // Every document has this URL: it must never come from a cache.
  { name: 'cache-control', value: 'no-store' },
];

/**
 * Headers for an asset. Every document loads the same fonts and stylesheet: a browser whose cache dies with this
 * printer (a fresh profile, or our own context on a shared browser) may keep them, and then they do not cross
 * the pipe again for each document.
 */
export function assetHeaders(type: string, cacheable: boolean): Protocol.Fetch.HeaderEntry[] {
  const keep = cacheable ? [{ name: 'cache-control', value: 'public, max-age=31536000, immutable' }] : [];
  return [{ name: 'content-type', value: type }, ...keep];
}

/** Answers requests on tabs over the Fetch domain; asset files are read and encoded once for all tabs. */
export class AssetServer {
  /** Asset files read so far, base64-encoded: each new tab asks for the same fonts again. */
  private readonly bytes = new Map<string, string>();

  constructor(private readonly cacheable: boolean) {}

  /** Intercepts every request of the tab behind `cdp`, answering from what `serving()` says is printing on it. */
  async intercept(cdp: CDPSession, serving: () => Serving | undefined): Promise<void> {
    // The Fetch domain directly rather than page.setRequestInterception: Puppeteer base64-encodes every response body
    // in JavaScript; we encode each asset once.
    cdp.on('Fetch.requestPaused', (event) => void this.answer(cdp, event, serving()));
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
  }

  private async answer(cdp: CDPSession, event: Protocol.Fetch.RequestPausedEvent, job: Serving | undefined): Promise<void> {
    const { requestId } = event;
    const fulfill = (responseCode: number, responseHeaders: Protocol.Fetch.HeaderEntry[], body: string) =>
      cdp.send('Fetch.fulfillRequest', { requestId, responseCode, responseHeaders, body }).catch(() => {});
    const abort = () => cdp.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }).catch(() => {});
    // Between documents nothing is printing: nothing is answered.
    if (!job) return void (await abort());
    const r = route(event.request.url, job.assets.files);
    if (r.kind === 'blocked') {
      job.blocked.push(r.url);
      return void (await abort());
    }
    if (r.kind === 'document') return void (await fulfill(200, DOCUMENT_HEADERS, Buffer.from(job.html).toString('base64')));
    const body = await this.read(r.file);
    if (body === undefined) {
      job.missing.push(r.file);
      return void (await fulfill(404, [{ name: 'content-type', value: 'text/plain' }], ''));
    }
    await fulfill(200, assetHeaders(r.type, this.cacheable), body);
  }

  /** An asset file's bytes, base64-encoded; undefined if it cannot be read. */
  private async read(file: string): Promise<string | undefined> {
    let body = this.bytes.get(file);
    if (body === undefined) {
      body = await readFile(file).then(
        (b) => b.toString('base64'),
        () => undefined,
      );
      if (body !== undefined) this.bytes.set(file, body);
    }
    return body;
  }
}
