/** Checks of lessonpack.config.json that its schema cannot make: paths stay in the project and name files that exist. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic } from '../errors.js';
import { fontCoverage } from '../fonts/cmap.js';
import { BUNDLED_FAMILIES } from '../fonts/index.js';
import { linkLeavesRoot } from '../load/index.js';
import { type JsonDocument, locate } from '../load/json.js';
import type { Config } from '../model/index.js';

/** Image formats a logo may have, by extension, with a test of the file's first bytes. */
const IMAGE_TYPES: Record<string, { name: string; matches: (head: Buffer) => boolean }> = {
  '.png': { name: 'PNG', matches: (b) => b.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47])) },
  '.jpg': { name: 'JPEG', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  '.jpeg': { name: 'JPEG', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  '.svg': { name: 'SVG', matches: (b) => /<svg[\s>]/.test(b.toString('utf8')) },
};

/** Problems with the files and folders a schema-valid config names, located in the config file. */
export function checkConfigPaths(root: string, doc: JsonDocument, config: Config): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (pointer: string, code: string, message: string, hint?: string) =>
    out.push({ file: doc.file, ...locate(doc, pointer), pointer, severity: 'error', code, message, hint });
  const inside = (p: string | undefined, pointer: string): p is string => {
    if (p === undefined) return false;
    if (!isAbsolute(p) && !relative(root, resolve(root, p)).startsWith('..')) return true;
    at(pointer, 'config/outside-project', `"${p}" is outside the project`, 'paths in the config are relative to the project and stay inside it');
    return false;
  };
  for (const key of ['lessons', 'sources'] as const) inside(config[key], `/${key}`);
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
    else if (!type.matches(readFileSync(file).subarray(0, 1024)))
      at('/logo', 'config/image-type', `${config.logo} is not a ${type.name} image`, 'save the logo again as PNG, JPEG or SVG, with the matching extension');
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
      try {
        fontCoverage(readFileSync(file));
      } catch {
        at(pointer, 'config/not-a-font', `${font.file} is not a font file lessonpack can read`, 'use a WOFF2, WOFF, TrueType (.ttf) or OpenType (.otf) file');
      }
    }
    if (BUNDLED_FAMILIES.includes(font.family))
      at(`/fonts/${i}/family`, 'config/bundled-family', `"${font.family}" is a bundled font family`, 'give your font a name of its own');
  });
  return out;
}
