import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One browser for the run, a private temp and cache folder, cleaned at the end.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // Files own their fixtures and share one browser: two run at once (vitest's default is cores - 1, one here).
    fileParallelism: true,
    maxWorkers: 2,
  },
});
