#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in lib/ (compiled by `npm install` in a checkout, shipped in the package).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../lib/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(`lessonpack: this copy of lessonpack is not compiled (no lib/ in ${root}): run "npm install" or "npm run compile" there\n`);
  process.exit(1);
}
const { run } = await import(cli.href);
await run(process.argv.slice(2));
