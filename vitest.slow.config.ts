import { defineConfig } from 'vitest/config';

// npm run test:slow: the tests that take seconds each and would push npm test past its
// minute: the kill test of plan record and the HTML report in headless Chromium. CI runs
// them after npm test.
export default defineConfig({
  test: {
    include: ['test/slow/**/*.test.ts'],
    testTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
    env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  },
});
