/** Checks of lessonpack.config.json that its schema cannot make: paths stay in the project and name files that exist. */
import { existsSync, lstatSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../errors.js';
import { fontCoverage } from '../fonts/cmap.js';
import { BUNDLED_FAMILIES } from '../fonts/index.js';
import { linkLeavesRoot, type ReadResult, readInputFile } from '../load/files.js';
import { type JsonDocument, locate } from '../load/json.js';
import type { Config } from '../model/index.js';

/** Image formats a logo may have, by extension, with a test of the file's first bytes. */
const IMAGE_TYPES: Record<string, { name: string; matches: (head: Buffer) => boolean }> = {
  '.png': { name: 'PNG', matches: (b) => b.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47])) },
  '.jpg': { name: 'JPEG', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  '.jpeg': { name: 'JPEG', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  '.svg': { name: 'SVG', matches: (b) => /<svg[\s>]/.test(b.toString('utf8')) },
};

/** Largest logo and project font read (a font with every CJK glyph is about 20 MB). */
const MAX_LOGO_BYTES = 8 * 1024 * 1024;
const MAX_FONT_BYTES = 32 * 1024 * 1024;

/** Why a file the config names was not read (it was checked to be a regular file inside the project first). */
function tooLarge(shown: string, read: Exclude<ReadResult, { bytes: Buffer }>, max: number): string {
  if (read.problem === 'too-large') return `${shown} is ${(read.size / 1048576).toFixed(1)} MB; it must be under ${max / 1048576} MB`;
  return 'diagnostic' in read ? `${shown} ${read.diagnostic.message}` : `${shown} cannot be read (${read.code})`;
}

/** Problems with the files and folders a schema-valid config names, located in the config file. */
export function checkConfigPaths(root: string, doc: JsonDocument, config: Config): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (pointer: string, code: string, message: string, hint?: string) =>
    out.push({ file: doc.file, ...locate(doc, pointer), pointer, severity: 'error', code, message, hint });
  const inside = (p: string | undefined, pointer: string, hint = 'paths in the config are relative to the project and stay inside it'): p is string => {
    if (p === undefined) return false;
    if (!isAbsolute(p) && !relative(root, resolve(root, p)).startsWith('..')) return true;
    at(pointer, 'config/outside-project', `"${p}" is outside the project`, hint);
    return false;
  };
  for (const key of ['lessons', 'sources'] as const) inside(config[key], `/${key}`);
  // A pull request must not choose where a build writes (or what it deletes): the output folder stays in the project.
  if (inside(config.out, '/out', 'paths in the config are relative to the project and stay inside it; to write elsewhere, pass --out')) {
    const clash = outputClash(root, config.out, config);
    if (clash) at('/out', 'config/out-clash', clash, 'choose a folder of its own for the PDFs, e.g. "dist"');
  }
  if (inside(config.templates, '/templates') && !existsSync(resolve(root, config.templates)))
    at(
      '/templates',
      'config/missing-file',
      `template folder not found: ${config.templates}`,
      'create the folder, or remove "templates" to use the built-in templates',
    );
  if (inside(config.logo, '/logo') && linkLeavesRoot(resolve(root, config.logo), root))
    at('/logo', 'config/outside-project', `logo file ${config.logo} is a symbolic link out of the project`, 'paths in the config stay inside the project');
  else if (inside(config.logo, '/logo')) {
    const file = resolve(root, config.logo);
    const type = IMAGE_TYPES[extname(file).toLowerCase()];
    if (!existsSync(file) || !statSync(file).isFile())
      at(
        '/logo',
        'config/missing-image',
        `logo image not found: ${config.logo}`,
        'put the image in the project and give its path relative to the project folder',
      );
    else if (!type) at('/logo', 'config/image-type', `the logo must be a PNG, JPEG or SVG file, not "${extname(file) || 'no extension'}"`);
    else {
      const read = readInputFile(file, config.logo, { root, maxBytes: MAX_LOGO_BYTES });
      if (!('bytes' in read))
        at('/logo', 'config/too-large', tooLarge(config.logo, read, MAX_LOGO_BYTES), 'a logo prints a few centimetres wide: save it smaller');
      else if (!type.matches(read.bytes.subarray(0, 1024)))
        at('/logo', 'config/image-type', `${config.logo} is not a ${type.name} image`, 'save the logo again as PNG, JPEG or SVG, with the matching extension');
    }
  }
  (config.fonts ?? []).forEach((font, i) => {
    const pointer = `/fonts/${i}/file`;
    if (!inside(font.file, pointer)) return;
    const file = resolve(root, font.file);
    if (linkLeavesRoot(file, root))
      at(pointer, 'config/outside-project', `font file ${font.file} is a symbolic link out of the project`, 'paths in the config stay inside the project');
    else if (!existsSync(file) || !statSync(file).isFile())
      at(
        pointer,
        'config/missing-font',
        `font file not found: ${font.file}`,
        'put the font file in the project and give its path relative to the project folder',
      );
    else {
      const read = readInputFile(file, font.file, { root, maxBytes: MAX_FONT_BYTES });
      try {
        if (!('bytes' in read)) at(pointer, 'config/too-large', tooLarge(font.file, read, MAX_FONT_BYTES), 'use a WOFF2 file of the faces you need');
        else fontCoverage(read.bytes);
      } catch {
        at(pointer, 'config/not-a-font', `${font.file} is not a font file lessonpack can read`, 'use a WOFF2, WOFF, TrueType (.ttf) or OpenType (.otf) file');
      }
    }
    if (BUNDLED_FAMILIES.includes(font.family))
      at(`/fonts/${i}/family`, 'config/bundled-family', `"${font.family}" is a bundled font family`, 'give your font a name of its own');
  });
  return out;
}

/** Why an output folder inside the project cannot be used (it is the project, an input folder or holds one), if it cannot. */
export function outputClash(root: string, out: string, config: Config): string | undefined {
  const rel = relative(root, resolve(root, out));
  if (!rel) return `the output folder "${out}" is the project folder itself`;
  if (rel.split(sep)[0] === '.git') return `the output folder "${out}" is inside .git`;
  const inputs: [string, string][] = [
    [config.lessons ?? 'lessons', 'the lessons'],
    [config.sources ?? 'sources', 'the sources'],
    ...(config.templates ? [[config.templates, 'the templates'] as [string, string]] : []),
  ];
  for (const [dir, what] of inputs) {
    const a = relative(resolve(root, dir), resolve(root, out));
    const b = relative(resolve(root, out), resolve(root, dir));
    // Equal, or one inside the other: a build would write among the inputs, or scan them as outputs.
    if (!a || !(a.startsWith('..') || isAbsolute(a)) || !(b.startsWith('..') || isAbsolute(b))) return `the output folder "${out}" holds ${what}`;
  }
  return undefined;
}

/**
 * The output folder, if a path inside the project reaches it through a symbolic link: git stores links, so a checkout
 * could otherwise point dist/ anywhere (a manifest written elsewhere, files deleted there). The first link is returned.
 */
export function linkOnTheWay(root: string, outDir: string): string | undefined {
  const rel = relative(root, outDir);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  let path = root;
  for (const part of rel.split(sep)) {
    path = join(path, part);
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat) return undefined;
    if (stat.isSymbolicLink()) return path;
  }
  return undefined;
}
