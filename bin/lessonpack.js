#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in lib/ (npm run compile).
import { run } from '../lib/cli.js';

await run(process.argv.slice(2));
