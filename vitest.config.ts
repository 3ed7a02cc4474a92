import { defineConfig } from 'vitest/config';

const reportDir = process.env.PLN_REPORT_DIR;

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // Dates are the user's local calendar days; tests pin the zone so they read the same
    // everywhere (tests/unit/shared/local-date.test.ts switches it on purpose).
    env: { TZ: 'UTC' },
    reporters: reportDir ? ['default', ['json', { outputFile: `${reportDir}/unit.json` }]] : ['default'],
  },
});
