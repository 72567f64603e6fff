/**
 * Imports flow one way, down the pipeline: cli -> api -> orchestration (build, pipeline, preview) -> pack, print,
 * render -> resolve -> validate -> load -> text, fonts -> model. No module imports one above it, and no file takes
 * part in an import cycle. New folders must be given a level here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

/** Higher imports lower. Modules on one level do not import each other. */
const LEVELS: Record<string, number> = {
  cli: 100,
  index: 90,
  preview: 85,
  build: 80,
  init: 82,
  scaffold: 75,
  // The executor runs the planner's job list: printing, writing and packing.
  execute: 74,
  // The planner: a pure function from the checked project to the job list.
  plan: 72,
  pipeline: 70,
  pack: 65,
  // Word, web and QTI outputs: from the view (render) to bytes; the build and the packs use them.
  formats: 62,
  print: 60,
  render: 55,
  cache: 52,
  write: 50,
  project: 48,
  resolve: 45,
  validate: 40,
  // PDF post-processing (checks, metadata, determinism, tags, merging): bytes in, bytes out; print, pack and build use it.
  pdf: 35,
  load: 30,
  text: 25,
  i18n: 22,
  fonts: 20,
  model: 10,
  machine: 7,
  settle: 5,
  errors: 5,
  paths: 5,
  alive: 5,
};

const src = join(repoRoot, 'src');
const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => f.split('\\').join('/'));
/** The top-level module of a file: its folder, or its name for a file directly in src/. */
const moduleOf = (file: string) => (file.includes('/') ? (file.split('/')[0] ?? file) : file.replace(/\.ts$/, ''));

/** Relative imports of a file (static, dynamic and re-exports), as src-relative paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(src, file), 'utf8');
  const specs = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g)].map((m) => m[1] ?? m[2] ?? '');
  return specs.map((s) => relative(src, normalize(join(src, dirname(file), s))).replace(/\.js$/, '.ts'));
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('architecture', () => {
  it('every module has a level', () => {
    expect([...new Set(files.map(moduleOf))].filter((m) => !(m in LEVELS))).toEqual([]);
  });

  it('imports go down the pipeline, never up or across', () => {
    const upward: string[] = [];
    for (const [file, imports] of graph)
      for (const target of imports) {
        const [from, to] = [moduleOf(file), moduleOf(target)];
        if (from !== to && (LEVELS[to] ?? 0) >= (LEVELS[from] ?? 0)) upward.push(`${file} -> ${target}`);
      }
    expect(upward).toEqual([]);
  });

  it('no file is part of an import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
