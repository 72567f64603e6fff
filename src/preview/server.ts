/** `lessonpack preview`: a loopback-only HTTP server showing every document as it prints, reloading on save. */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { escapeControl, UserError } from '../errors.js';
import { readInputFile } from '../load/files.js';
import { isOneOf, LESSON_DOCUMENTS, type Paper, type Variant } from '../model/index.js';
import { packageRoot } from '../paths.js';
import { CONFIG_FILE, loadProject } from '../project.js';
import { contentType } from '../render/assets.js';
import { builtinTemplateDir } from '../render/templates/index.js';
import { CLIENT_SCRIPT } from './client.js';
import { ASSET_PREFIX, errorPage, indexPage, notFoundPage, PREVIEW_PREFIX, previewDocument } from './pages.js';
import { assetsFor, loadSnapshot, type Rendered, renderLesson, renderUnit, type Snapshot } from './site.js';
import { type Change, type WatchTarget, watchFolders } from './watch.js';

/** The only interface the preview listens on: lessons and answer keys never leave the machine. */
export const PREVIEW_HOST = '127.0.0.1';

export interface PreviewOptions {
  root: string;
  /** 0 picks a free port. */
  port?: number;
  paper?: Paper;
  variant?: Variant;
  /** Called after each burst of saved changes, with the new version (for logs and tests). */
  onChange?: (version: number, files: string[]) => void;
}

export interface PreviewServer {
  url: string;
  port: number;
  /** Increases by one for every burst of changes; pages reload when it moves. */
  readonly version: number;
  close(): Promise<void>;
}

/** Top-level folders an invalid config names, read leniently: creating one of them may make the config valid. */
function readConfigFolders(root: string): string[] {
  try {
    // Read like every project file: an invalid config may also be a pipe or a link out of the project.
    const read = readInputFile(join(root, CONFIG_FILE), CONFIG_FILE, { root, maxBytes: 2 * 1024 * 1024 });
    if (!('bytes' in read)) return [];
    const config = JSON.parse(read.bytes.toString('utf8')) as Record<string, unknown>;
    return ['templates', 'lessons', 'sources', 'logo'].flatMap((k) => (typeof config[k] === 'string' ? [String(config[k]).split(/[\\/]/)[0] ?? ''] : []));
  } catch {
    return [];
  }
}

/** What to watch: lessons, sources, template folders, the built-in styles, the config file and the logo. */
async function watchTargets(root: string): Promise<WatchTarget[]> {
  const targets: WatchTarget[] = [
    { dir: builtinTemplateDir(), recursive: true },
    { dir: join(packageRoot, 'styles'), recursive: true },
  ];
  // The root itself only for the config and the folders it names: they may not exist yet (before `lessonpack new`).
  const topLevel = [CONFIG_FILE, 'lessons', 'sources'];
  try {
    const project = await loadProject(root);
    targets.push({ dir: project.lessonsDir, recursive: true }, { dir: project.sourcesDir, recursive: true });
    for (const dir of project.templateDirs.slice(0, -1)) targets.push({ dir, recursive: true });
    if (project.config.logo) {
      const logo = resolve(root, project.config.logo);
      targets.push({ dir: dirname(logo), recursive: false, names: [basename(logo)] });
    }
    const named = [project.lessonsDir, project.sourcesDir, ...project.templateDirs.slice(0, -1), resolve(root, project.config.logo ?? '.')];
    topLevel.push(...named.map((d) => relative(root, d).split(sep)[0] ?? '').filter(Boolean));
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    // An invalid config still leaves the default folders worth watching; fixing the config rewatches.
    targets.push({ dir: join(root, 'lessons'), recursive: true }, { dir: join(root, 'sources'), recursive: true });
    topLevel.push(...readConfigFolders(root));
  }
  targets.push({ dir: root, recursive: false, names: [...new Set(topLevel)] });
  return targets;
}

/**
 * What a preview page may run and load: its own reload client (by exact URL) and nothing else that executes, so a
 * template's <script> or an onerror= cannot read the answer key and send it away; styles, fonts and images of the
 * server only; connections only back to it (live reload).
 */
function pagePolicy(host: string): string {
  return [
    "default-src 'none'",
    `script-src http://${host}${PREVIEW_PREFIX}/preview.js`,
    "connect-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Assets (an SVG logo opened on its own is a document too) run nothing at all. */
const ASSET_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; font-src 'self'; sandbox";

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, policy = ASSET_POLICY): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': policy });
  res.end(body);
}

const HTML = 'text/html; charset=utf-8';

/** Starts the preview server and the file watcher. */
export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const root = resolve(options.root);
  let version = 0;
  let cached: { version: number; snapshot: Promise<Snapshot> } | undefined;
  const snapshot = (): Promise<Snapshot> => {
    if (cached?.version !== version) {
      const entry = { version, snapshot: loadSnapshot({ root, paper: options.paper, variant: options.variant }) };
      // A failed load (a bug, not a user mistake) is retried by the next request.
      entry.snapshot.catch(() => {
        if (cached === entry) cached = undefined;
      });
      cached = entry;
    }
    return cached.snapshot;
  };
  const clients = new Set<ServerResponse>();
  let port = options.port ?? 0;

  const page = (rendered: Rendered | undefined, path: string, res: ServerResponse, policy: string) => {
    if (!rendered) return send(res, 404, HTML, notFoundPage(path, version), policy);
    if (rendered.ok) return send(res, 200, HTML, previewDocument(rendered.html, rendered.title, version), policy);
    return send(res, 200, HTML, errorPage(rendered.title, rendered.message, rendered.diagnostics, version), policy);
  };

  const events = (req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    // The current version at once: a change saved while the page was loading is not missed.
    res.write(`retry: 500\ndata: ${version}\n\n`);
    clients.add(res);
    req.on('close', () => clients.delete(res));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // A web page elsewhere must not read lessons through DNS rebinding: only our own host names are answered.
    const host = req.headers.host ?? '';
    if (host !== `${PREVIEW_HOST}:${port}` && host !== `localhost:${port}`) return send(res, 403, 'text/plain; charset=utf-8', 'forbidden host\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    const path = new URL(req.url ?? '/', `http://${PREVIEW_HOST}`).pathname;
    const policy = pagePolicy(host);
    if (path === '/') return send(res, 200, HTML, indexPage(await snapshot(), version), policy);
    if (path === `${PREVIEW_PREFIX}/events`) return events(req, res);
    if (path === `${PREVIEW_PREFIX}/preview.js`) return send(res, 200, 'text/javascript; charset=utf-8', CLIENT_SCRIPT);
    if (path === `${PREVIEW_PREFIX}/preview.css`) return send(res, 200, 'text/css; charset=utf-8', await readFile(join(packageRoot, 'styles', 'preview.css')));
    if (path === '/unit-overview') return page(renderUnit(await snapshot()), path, res, policy);
    const [, lessonId, kind] = /^\/lesson\/([a-z0-9-]+)\/([a-z-]+)$/.exec(path) ?? [];
    if (lessonId && kind && isOneOf(LESSON_DOCUMENTS, kind)) return page(renderLesson(await snapshot(), lessonId, kind), path, res, policy);
    if (path.startsWith(`${ASSET_PREFIX}/`)) {
      // Assets are looked up by exact URL path in the document's asset map, never joined onto a folder: nothing else is reachable.
      let key: string;
      try {
        key = decodeURIComponent(path.slice(ASSET_PREFIX.length));
      } catch {
        return send(res, 404, HTML, notFoundPage(path, version), policy);
      }
      const file = assetsFor(await snapshot()).files.get(key);
      if (file) {
        res.writeHead(200, {
          'Content-Type': contentType(key),
          'Cache-Control': 'no-cache',
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': ASSET_POLICY,
        });
        createReadStream(file)
          .on('error', () => res.destroy())
          .pipe(res);
        return;
      }
    }
    return send(res, 404, HTML, notFoundPage(path, version), policy);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      process.stderr.write(escapeControl(`lessonpack preview: internal error (a bug in lessonpack, please report it):\n${(e as Error)?.stack ?? String(e)}\n`));
      if (!res.headersSent) send(res, 500, HTML, errorPage('Internal error', `lessonpack failed: ${(e as Error)?.message ?? String(e)}`, [], version));
      else res.destroy();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      fail(
        e.code === 'EADDRINUSE' || e.code === 'EACCES'
          ? new UserError(
              `cannot listen on ${PREVIEW_HOST}:${port} (${e.code === 'EADDRINUSE' ? 'in use' : 'not allowed'}): choose another port with --port N (0 picks a free one)`,
            )
          : e,
      ),
    );
    server.listen(port, PREVIEW_HOST, () => ok());
  });
  port = (server.address() as AddressInfo).port;

  let watcher = watchFolders(await watchTargets(root), onFiles);
  // Saves made once start() returns are seen: the watcher has read the folders by then.
  await watcher.ready;
  function onFiles(changes: Change[]) {
    version++;
    for (const res of clients) res.write(`data: ${version}\n\n`);
    options.onChange?.(
      version,
      changes.map((c) => join(c.dir, c.file)),
    );
    // A changed config may name other folders, and a folder it names may just have been created: watch anew.
    if (changes.some((c) => c.dir === root))
      void watchTargets(root).then((targets) => {
        void watcher.close();
        watcher = watchFolders(targets, onFiles);
      });
  }
  const ping = setInterval(() => {
    for (const res of clients) res.write(': ping\n\n');
  }, 20_000);
  ping.unref();

  return {
    url: `http://${PREVIEW_HOST}:${port}/`,
    port,
    get version() {
      return version;
    },
    async close() {
      clearInterval(ping);
      await watcher.close();
      for (const res of clients) res.end();
      clients.clear();
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
    },
  };
}
