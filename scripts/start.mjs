#!/usr/bin/env node
// `npm start`: the desktop app where Electron can run; browser mode where it cannot.
// Installs skip Electron's binary download (.npmrc ignore-scripts), so the first start
// runs Electron's own install.js. Where that download is impossible (as on our build
// machines), one line says so and the same app opens in browser mode on the sample garden.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function ensureBuilt() {
  const built = path.join(root, 'out', 'renderer', 'index.html');
  const sources = ['electron', 'renderer', 'shared'].map((d) => newestMtime(path.join(root, d)));
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources)) return;
  console.log('Building PLN Garden…');
  const result = spawnSync(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Returns the Electron binary, downloading it on first use; or a reason it cannot be had. */
function electronBinary() {
  if (process.env.PLN_BROWSER_MODE === '1') return { reason: 'PLN_BROWSER_MODE=1 is set' };
  const pkg = path.join(root, 'node_modules', 'electron');
  if (!existsSync(pkg)) return { reason: 'the electron package is not installed' };
  const installed = () => {
    try {
      const binary = require('electron');
      return typeof binary === 'string' && existsSync(binary) ? binary : null;
    } catch {
      return null;
    }
  };
  const ready = installed();
  if (ready) return { binary: ready };
  const install = spawnSync(process.execPath, [path.join(pkg, 'install.js')], { cwd: pkg, encoding: 'utf8', timeout: 120_000 });
  delete require.cache[require.resolve('electron')];
  const after = install.status === 0 ? installed() : null;
  if (after) return { binary: after };
  const detail = `${install.stderr ?? ''}${install.stdout ?? ''}`.split('\n').find((l) => /error|fail|ENOTFOUND|ECONN|EAI_AGAIN/i.test(l));
  return { reason: `its binary could not be downloaded${detail ? ` (${detail.trim().slice(0, 120)})` : ''}` };
}

ensureBuilt();
const electron = electronBinary();
if (electron.binary) {
  const child = spawn(electron.binary, [root, ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`Electron is not available here (${electron.reason}), so PLN Garden opens in browser mode instead.`);
  const child = spawn(process.execPath, [path.join(root, 'bin', 'pln.js'), 'serve', ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
