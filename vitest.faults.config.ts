import { defineConfig } from 'vitest/config';

// `npm run test:faults`: the slow fault tests (hundreds of killed writers), apart from the
// unit suite so a developer's `npm run test:unit` stays quick. `npm test` (and so .ci/run)
// runs them too and counts them in its closing line.
const reportDir = process.env.PLN_REPORT_DIR;

export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    environment: 'node',
    testTimeout: 240_000,
    pool: 'forks',
    // One file at a time: the machine is small and each test keeps a core busy.
    fileParallelism: false,
    env: { TZ: 'UTC' },
    reporters: reportDir ? ['default', ['json', { outputFile: `${reportDir}/faults.json` }]] : ['default'],
  },
});
