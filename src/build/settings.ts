/** What a build is asked to make, resolved once: the project, paper, variant, folders, kinds, formats and keys. */
import { readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hashFiles, inputStamp, listFiles } from '../cache.js';
import { OutputError } from '../errors.js';
import { type ChosenKind, chooseFormats, chooseKinds, chooseVersions, type OutputFormat } from '../formats/choose.js';
import { checkCacheOutside, projectCacheDir } from '../machine.js';
import type { Variant, VersionLetter } from '../model/index.js';
import { packageRoot } from '../paths.js';
import { loadProject, type Project, projectFonts } from '../project.js';
import { AssetMap } from '../render/assets.js';
import { MAP_DATA_VERSION } from '../render/figures/version.js';
import type { RenderOptions } from '../render/index.js';
import { linkOnTheWay } from '../validate/config.js';
import { sha256 } from '../write/manifest.js';
import type { BuildOptions } from './options.js';

export const VERSION: string = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version;

/** The build options these settings are made from. */
export type SettingsOptions = Pick<
  BuildOptions,
  'root' | 'cwd' | 'selectors' | 'out' | 'paper' | 'variant' | 'shard' | 'packs' | 'packsOnly' | 'only' | 'formats' | 'versions'
>;

export interface Settings {
  project: Project;
  cwd: string;
  selectors: string[];
  variant: Variant;
  renderOptions: RenderOptions;
  outDir: string;
  /** Printed pieces (cover, contents, blank page), cached where a checkout cannot supply them: the user's cache. */
  cacheDir: string;
  date: Date;
  kinds: Set<ChosenKind>;
  formats: Set<OutputFormat>;
  versions: VersionLetter[];
  /** One map for the whole build: every document may load the same fonts, stylesheet and logo. */
  assets: AssetMap;
  /** Hash of everything every output depends on besides its lesson and sources. */
  common: string;
  /** Hash of every input of the build, or undefined when the build depends on more than inputs (`lessonpack pack`). */
  stamp?: string;
}

/** The date written into every PDF: SOURCE_DATE_EPOCH, else a fixed epoch, so output never depends on the clock. */
export function buildDate(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date(Date.UTC(2024, 0, 1));
}

export async function buildSettings(options: SettingsOptions): Promise<Settings> {
  const cwd = options.cwd ?? options.root;
  const project = await loadProject(options.root, { out: options.out });
  const paper = options.paper ?? project.paper;
  const variant = options.variant ?? 'standard';
  const outDir = variant === 'standard' ? project.outDir : join(project.outDir, variant);
  if (linkOnTheWay(project.root, outDir))
    throw new OutputError(project.display(outDir), 'is reached through a symbolic link: lessonpack writes only into real folders');
  checkCacheOutside(project.root);
  const cacheDir = join(projectCacheDir(realpathSync(project.root)), 'pieces', `${variant}-${paper}`);
  const date = buildDate();
  const kinds = chooseKinds(options.only);
  const formats = chooseFormats(options.formats);
  const versions = chooseVersions(options.versions);
  const school = project.config.school;
  const logo = project.config.logo ? join(project.root, project.config.logo) : undefined;
  const assets = new AssetMap(variant, { logo, fonts: projectFonts(project) });
  // File names are hashed relative to these, never absolute: the same checkout in any folder gives the same key.
  const roots = [project.root, packageRoot];
  const common = sha256(
    [
      VERSION,
      // Maps are drawn from these packages' data: new data, new drawings (see render/figures/basemap.ts).
      MAP_DATA_VERSION,
      paper,
      variant,
      school ?? '',
      date.toISOString(),
      hashFiles(project.templateDirs.flatMap(listFiles), roots),
      hashFiles([join(packageRoot, 'styles', 'lessonpack.css')], roots),
      assets.fontFaceCss(),
      project.configFile ? readFileSync(project.configFile, 'utf8') : '',
      logo ? hashFiles([logo], roots) : '',
      hashFiles(
        projectFonts(project).map((f) => f.file),
        roots,
      ),
    ].join('\n'),
  );
  const selectors = options.selectors ?? [];
  const shaping = { selectors, cwd, shard: options.shard ?? null, packs: options.packs !== false, kinds: [...kinds], formats: [...formats], versions };
  // `lessonpack pack` depends on PDFs other builds wrote, not only on inputs: it always checks each pack.
  const stamp = options.packsOnly
    ? undefined
    : inputStamp({
        common,
        dirs: [project.lessonsDir, project.sourcesDir],
        files: selectors.filter((s) => s.endsWith('.json') || s.includes('/')).map((s) => resolve(cwd, s)),
        options: shaping,
      });
  return {
    project,
    cwd,
    selectors,
    variant,
    renderOptions: { paper, variant, school },
    outDir,
    cacheDir,
    date,
    kinds,
    formats,
    versions,
    assets,
    common,
    stamp,
  };
}
