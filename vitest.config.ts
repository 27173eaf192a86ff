import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Seconds each: npm run test:slow (vitest.slow.config.ts), which CI also runs.
    exclude: ['test/slow/**', 'node_modules/**'],
    testTimeout: 30_000,
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
    // The CLI speaks the locale's language when no --lang is given: the tests run in an
    // English locale whatever the machine's, and those of Chinese set it themselves.
    env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  },
});
