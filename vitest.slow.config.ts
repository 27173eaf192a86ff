import { defineConfig } from 'vitest/config';

// npm run stress: the long tests that npm test leaves out to stay within a minute.
export default defineConfig({
  test: {
    include: ['test/stress/**/*.stress.ts'],
    testTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
  },
});
