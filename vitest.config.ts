import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'actions/*/src/**/*.test.ts',
      'actions/*/test/**/*.test.ts',
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'test/*/src/**/*.test.ts',
      'test/*/test/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    // e2e tests spawn the bundled actions; give them room on a 2-core CI box.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
