import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Seconds each: npm run test:slow (vitest.slow.config.ts), which CI also runs.
    exclude: ['test/slow/**', 'node_modules/**'],
    testTimeout: 30_000,
    pool: 'forks',
    // The test files share each worker's modules instead of importing them anew (48 s →
    // 33 s on two cores, measured). They can: none mocks a module, stubs the environment,
    // changes the working folder or keeps state in one (the CLI runs in child processes);
    // shuffled file orders pass alike.
    isolate: false,
    globalSetup: ['test/global-setup.ts'],
    // The CLI speaks the locale's language when no --lang is given: the tests run in an
    // English locale whatever the machine's, and those of Chinese set it themselves.
    env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  },
});
