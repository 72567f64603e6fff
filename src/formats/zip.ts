/** Deterministic ZIP archives: the same files give the same bytes on every build (fixed times, fixed order). */
import { strToU8, type Zippable, zipSync } from 'fflate';

/** ZIP stores local DOS times, which start in 1980: an earlier build date is clamped to it. */
const DOS_EPOCH = Date.UTC(1980, 0, 2);

/**
 * Zips files in the order given (OOXML wants [Content_Types].xml first; IMS packages their manifest), each with the
 * build's date as its time. DOS times have no zone, so the UTC clock time is written whatever zone the build runs in.
 */
export function zipFiles(files: [name: string, content: string | Uint8Array][], date: Date): Uint8Array {
  const utc = new Date(Math.max(date.getTime(), DOS_EPOCH));
  // fflate writes local clock time: shift by the zone offset so the stored time is the UTC one on every machine.
  const mtime = new Date(utc.getTime() + utc.getTimezoneOffset() * 60_000);
  const zippable: Zippable = {};
  for (const [name, content] of files) zippable[name] = [typeof content === 'string' ? strToU8(content) : content, { mtime, level: 9 }];
  return zipSync(zippable);
}
