import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/sequencer.js';

/** Test files that replace a module (vi.mock) or stub the environment: each runs with modules of its own. */
const ISOLATED = ['tests/browser-missing.test.ts', 'tests/disk.test.ts'];

export default defineConfig({
  test: {
    // One browser for the run, a private temp and cache folder, cleaned at the end.
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 120_000,
    // Spies and stubbed variables end with their test (files share modules and the process: see projects below).
    restoreMocks: true,
    unstubEnvs: true,
    hookTimeout: 240_000,
    // Files own their fixtures and share one browser: two run at once (vitest's default is cores - 1, one here).
    fileParallelism: true,
    maxWorkers: 2,
    // `--sequence.shuffle` (npm test) shuffles the tests of each file; files start longest first, then shuffled.
    sequence: { sequencer: LongestFirst },
    projects: [
      // Importing the pipeline, pdf.js and Puppeteer again for every file cost about a second of CPU per file: files
      // that only read modules share them within a worker (each file still runs its own top level and hooks).
      { extends: true, test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});
