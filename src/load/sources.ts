import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../errors.js';
import type { Checked, JsonDocument, Source, SourceFile } from '../model/index.js';
import { readInputFile } from './files.js';
import { loadJsonFile } from './index.js';
import { decodeUtf8, locate } from './json.js';

/** Largest source text: a whole book is about 3 MB; anything far bigger is a mistake (or meant to exhaust memory). */
const MAX_TEXT_BYTES = 16 * 1024 * 1024;

/**
 * The source library: every sources/<id>.json with its verbatim sources/<id>.txt. `check` validates each metadata
 * file and returns it typed (the pipeline passes the schema check: loading sits below validation and does not import it).
 */
export async function loadSourceLibrary(
  dir: string,
  display: (f: string) => string,
  root: string | undefined,
  check: (doc: JsonDocument) => Checked<SourceFile>,
): Promise<{ sources: Map<string, Source>; errors: Diagnostic[] }> {
  const sources = new Map<string, Source>();
  const errors: Diagnostic[] = [];
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    errors.push({
      file: display(dir),
      severity: 'error',
      code: 'source/missing-library',
      message: 'the source library folder does not exist',
      hint: 'create it, or set "sources" in lessonpack.config.json',
    });
  }
  for (const name of names) {
    const file = join(dir, name);
    const { doc, errors: loadErrors } = await loadJsonFile(file, display(file), root);
    errors.push(...loadErrors);
    if (!doc) continue;
    const checked = check(doc);
    if (!checked.ok) {
      errors.push(...checked.diagnostics);
      continue;
    }
    const meta = checked.value;
    if (`${meta.id}.json` !== name) {
      errors.push({
        file: display(file),
        ...locate(doc, '/id'),
        pointer: '/id',
        severity: 'error',
        code: 'source/id-mismatch',
        message: `source id "${meta.id}" does not match the file name ${name}`,
        hint: `rename the file to ${meta.id}.json or change the id`,
      });
      continue;
    }
    const textFile = join(dir, `${meta.id}.txt`);
    const read = readInputFile(textFile, display(textFile), { root, maxBytes: MAX_TEXT_BYTES });
    if ('problem' in read) {
      if (read.problem === 'outside' || read.problem === 'not-regular') errors.push(read.diagnostic);
      else if (read.problem === 'too-large')
        errors.push({
          file: display(textFile),
          severity: 'error',
          code: 'file/too-large',
          message: `the text is ${(read.size / 1048576).toFixed(1)} MB; source texts must be under ${MAX_TEXT_BYTES / 1048576} MB`,
          hint: 'keep only the part of the text the lessons quote, and say so in the citation',
        });
      else
        errors.push({
          file: display(file),
          severity: 'error',
          code: 'source/missing-text',
          message: `the text of source "${meta.id}" is missing`,
          hint: `put the full text, verbatim, in ${display(textFile)}`,
        });
      continue;
    }
    const bytes = read.bytes;
    const decoded = decodeUtf8(display(textFile), bytes);
    if ('error' in decoded) {
      errors.push(decoded.error);
      continue;
    }
    sources.set(meta.id, { file: display(file), textFile: display(textFile), meta, text: decoded.text });
  }
  return { sources, errors };
}
