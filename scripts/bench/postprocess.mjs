#!/usr/bin/env node
/**
 * CPU cost of PDF post-processing (finalizePdf: font check, sanitizing, metadata, structure ids, renumbering, save)
 * on PDFs as Chromium printed them, e.g. the floor's output that `npm run bench -- --keep` leaves in <project>/floor.
 * Usage: node scripts/bench/postprocess.mjs <folder of PDFs> [--repeat N] [--parsed] (--parsed: always the pdf-lib
 * path, as before src/pdf/direct.ts). Reports the fastest of N passes in CPU ms
 * (process.cpuUsage, so other jobs on a shared machine matter less than for wall time). Needs `npm run compile`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { repeat: { type: 'string', default: '5' }, parsed: { type: 'boolean', default: false } },
});
const dir = positionals[0];
if (!dir) throw new Error('usage: postprocess.mjs <folder of PDFs> [--repeat N]');
const { finalizePdf: direct, finalizeParsed } = await import('../../lib/pdf/finalize.js');
const finalizePdf = values.parsed ? finalizeParsed : direct;
const { embeddedFonts, loadPdf } = await import('../../lib/pdf/index.js');
const files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.pdf'));
const inputs = files.map((f) => readFileSync(join(dir, String(f))));
// Allow the fonts the PDFs use, so the font check runs in full (and passes).
const families = [...new Set((await Promise.all(inputs.map(async (b) => embeddedFonts(await loadPdf(b))))).flat())];
const meta = { title: 't', author: 'a', subject: 's', keywords: ['k'], language: 'en', date: new Date(0), id: '0'.repeat(32) };
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const passes = [];
for (let r = 0; r <= Number(values.repeat); r++) {
  const start = cpuMs();
  for (const bytes of inputs) await finalizePdf(bytes, meta, families);
  if (r > 0) passes.push(cpuMs() - start); // the first pass warms up
}
const best = Math.min(...passes);
console.log(
  `${inputs.length} PDFs: fastest pass ${best.toFixed(0)} CPU ms, ${(best / inputs.length).toFixed(1)} ms per PDF (passes: ${passes.map((p) => p.toFixed(0)).join(', ')})`,
);
