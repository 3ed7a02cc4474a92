#!/usr/bin/env node
// `npm test`: lint, typecheck, the Electronegativity scan, unit, faults and e2e, each run even
// when an earlier one fails, then one closing line `N passed, N failed[, N skipped]` summed over
// every suite (lint, the typecheck and the scan count as one check each; the vitest suites and
// e2e count their tests).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const reportDir = process.env.PLN_REPORT_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'pln-test-'));
const env = { ...process.env, PLN_REPORT_DIR: reportDir };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (script) => spawnSync(npm, ['run', '--silent', script], { stdio: 'inherit', env }).status === 0;

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
const check = (name, ok) => {
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${name}: ${ok ? 'passed' : 'FAILED'}`);
};

check('lint', run('lint'));
check('typecheck', run('typecheck'));
check('electronegativity', run('security:electron'));

vitestSuite('unit', 'test:unit', 'unit.json');
vitestSuite('faults', 'test:faults', 'faults.json');

const e2eOk = run('test:e2e');
const e2e = readJson('e2e.json');
if (e2e) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = e2e.stats ?? {};
  totals.passed += expected + flaky;
  totals.failed += unexpected;
  totals.skipped += skipped;
  if (!e2eOk && unexpected === 0) totals.failed += 1; // e.g. the build step failed
  lines.push(`e2e: ${expected + flaky} passed${flaky ? ` (${flaky} after a retry)` : ''}, ${unexpected} failed, ${skipped} skipped`);
} else check('e2e (no report: the build or the runner failed)', e2eOk);

console.log(`\n${lines.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 ? 0 : 1);

/** Runs a vitest suite and adds its counts (from its JSON report) to the totals. */
function vitestSuite(name, script, reportName) {
  const ok = run(script);
  const report = readJson(reportName);
  if (!report) return check(`${name} (no report)`, ok);
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  // A suite that failed to load has no failed test but a failed file: count it.
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  totals.failed += brokenFiles;
  if (!ok && report.numFailedTests + brokenFiles === 0) totals.failed += 1; // e.g. no test file found
  lines.push(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed`);
}

function readJson(name) {
  const file = path.join(reportDir, name);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}
