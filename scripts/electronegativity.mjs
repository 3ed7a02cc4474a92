#!/usr/bin/env node
// `npm run security:electron`: Doyensec's Electronegativity over the project, offline, failing on
// any HIGH finding (QUALITY.md, Security). Its CLI cannot be used as shipped: it reads its options
// as properties of `commander`, which it does not depend on, and the hoisted commander 7 keeps them
// elsewhere, so every run just prints the usage. The runner is called directly instead, with
// - its one online check, AvailableSecurityFixesGlobalCheck, excluded;
// - `got` (its only HTTP client, used for that check and to fetch translations) replaced by a
//   stub that fails at once, so the scan never touches the network.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const engRequire = createRequire(require.resolve('@doyensec/electronegativity/package.json'));

const offline = () => Promise.reject(new Error('offline: the scan makes no network request'));
const gotPath = engRequire.resolve('got');
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { default: offline }) };

const electronVersion = require(path.join(projectRoot, 'node_modules', 'electron', 'package.json')).version;
const run = engRequire('./dist/runner.js');
const quiet = console.log;
console.log = () => undefined; // its i18n loader announces the translations it could not fetch
let result;
try {
  result = await run({
    input: projectRoot,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    customScan: [],
    electronVersionOverride: electronVersion,
    isRelative: true,
  }, false);
} finally {
  console.log = quiet;
}

// The sources are what is judged: a build in out/ (from `npm run build`) holds the same code
// bundled with its libraries, and without the comments that justify the one exception.
const generated = /^(out|dist|test-results|playwright-report)\//;
const order = { HIGH: 0, MEDIUM: 1, LOW: 2, INFORMATIONAL: 3 };
const issues = result.issues.filter((i) => !generated.test(i.file)).sort((a, b) => order[a.severity.name] - order[b.severity.name] || a.file.localeCompare(b.file));
for (const issue of issues) {
  const where = `${issue.file}:${issue.location.line}`;
  console.log(`${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id.padEnd(32)} ${where}${issue.manualReview ? ' (review)' : ''}`);
}
const broken = result.errors.filter((e) => !e.tolerable && !generated.test(path.relative(projectRoot, e.file)));
for (const error of broken) console.log(`could not parse ${path.relative(projectRoot, error.file)}: ${error.message}`);
const high = issues.filter((i) => i.severity.name === 'HIGH').length;
console.log(`electronegativity (Electron ${electronVersion}, ${result.globalChecks + result.atomicChecks} checks, online check excluded): ${issues.length} findings, ${high} high, ${broken.length} files unparsed`);
process.exit(high === 0 && broken.length === 0 ? 0 : 1);
