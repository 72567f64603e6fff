import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One browser for the run, a private temp and cache folder, cleaned at the end.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // PDF tests share one browser-heavy build each; running files in parallel on 2 cores only adds contention.
    fileParallelism: false,
  },
});
