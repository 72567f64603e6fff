/**
 * The one way lessonpack reads a file of the project: links out of the project are refused before anything is read,
 * and only regular files are read (a named pipe would hang, a device such as /dev/zero never ends), up to a size.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic } from '../errors.js';

/**
 * Whether `path` goes through a symbolic link that leads outside `root`. A lesson repository is untrusted input, and
 * git stores links: sources/x.txt -> /etc/passwd must not be quoted into a PDF.
 */
export function linkLeavesRoot(path: string, root: string): boolean {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return false; // a missing file is reported where it is read
  }
  if (real === resolve(path)) return false;
  const rel = relative(realpathSync(root), real);
  return rel.startsWith('..') || isAbsolute(rel);
}

/** The diagnostic for a file that links out of the project. */
export function linkDiagnostic(display: string): Diagnostic {
  return {
    file: display,
    severity: 'error',
    code: 'file/outside-project',
    message: 'is a symbolic link to a file outside the project',
    hint: 'lessonpack reads only files inside the project folder: copy the file in instead of linking to it',
  };
}

/** What a path is, in words, when it is not a regular file. */
function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isDirectory()) return 'a folder';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

export type ReadResult =
  | { bytes: Buffer }
  | { problem: 'outside'; diagnostic: Diagnostic }
  | { problem: 'not-regular'; diagnostic: Diagnostic }
  | { problem: 'too-large'; size: number }
  | { problem: 'missing' | 'unreadable'; code: string };

/**
 * Reads a file of the project. With `root`, a link out of it is refused before the file is opened. The file is opened
 * without blocking (a named pipe with no writer opens at once) and checked on the open descriptor, so what is read is
 * what was checked: a regular file of at most `maxBytes`.
 */
export function readInputFile(path: string, display: string, opts: { root?: string; maxBytes: number }): ReadResult {
  if (opts.root && linkLeavesRoot(path, opts.root)) return { problem: 'outside', diagnostic: linkDiagnostic(display) };
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return { problem: code === 'ENOENT' ? 'missing' : 'unreadable', code };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      return {
        problem: 'not-regular',
        diagnostic: {
          file: display,
          severity: 'error',
          code: 'file/not-regular',
          message: `is not a regular file (${kindOf(stat)})`,
          hint: 'lessonpack reads only regular files: put the file itself here',
        },
      };
    if (stat.size > opts.maxBytes) return { problem: 'too-large', size: stat.size };
    // One byte more than allowed tells a file that grew since fstat from one that did not.
    const buffer = Buffer.alloc(Math.min(stat.size, opts.maxBytes) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > opts.maxBytes) return { problem: 'too-large', size: length };
    return { bytes: buffer.subarray(0, length) };
  } catch (e) {
    return { problem: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? String(e) };
  } finally {
    closeSync(fd);
  }
}
