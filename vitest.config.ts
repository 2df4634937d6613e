import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // The JSON file feeds the one-line summary that .ci/run prints for every test it ran.
    reporters: ['default', ['json', { outputFile: 'test-reports/vitest.json' }]],
  },
});
