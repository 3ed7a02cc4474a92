import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromiumPath } from './tests/e2e/support/chromium';
import { electronBinary } from './tests/e2e/support/electron-binary';

// Browser mode in Debian's Chromium (never `playwright install`). The `electron` project
// runs the same specs against the desktop app where an Electron binary exists, and skips
// them with one clear line where it does not (see tests/e2e/support/fixtures.ts).
const hasElectron = electronBinary() !== null;
if (!hasElectron && !process.env.PLN_QUIET_ELECTRON) {
  console.log('e2e: no Electron binary on this machine, so the desktop project is skipped; browser mode runs every spec.');
  process.env.PLN_QUIET_ELECTRON = '1'; // workers re-read this config; say it once
}

// Every browser-mode spec fails without Chromium; say why once instead of leaving 51 stack traces to read.
if (!existsSync(chromiumPath()) && !process.env.PLN_QUIET_CHROMIUM) {
  console.log(`e2e: no Chromium at ${chromiumPath()}; install Debian's (sudo apt-get install -y chromium) or set CHROMIUM_PATH. .ci/run installs it.`);
  process.env.PLN_QUIET_CHROMIUM = '1';
}

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.PLN_REPORT_DIR
    ? [['list'], ['json', { outputFile: `${process.env.PLN_REPORT_DIR}/e2e.json` }]]
    : [['list']],
  outputDir: 'test-results',
  use: { trace: 'off' },
  // Both projects open the app through tests/e2e/support/fixtures.ts.
  projects: [{ name: 'browser' }, ...(hasElectron ? [{ name: 'electron' }] : [])],
});
