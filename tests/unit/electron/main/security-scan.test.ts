/**
 * The Electron checklist as far as source code shows it, for every file of electron/:
 * every window is built from mainWindowOptions (whose preferences window-options.test.ts
 * pins), no file turns a protection off, the preload exposes exactly one object, and the
 * Electronegativity exceptions are exactly the one justified line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../../..');

function filesBelow(folder: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(ROOT, folder))) {
    const rel = path.join(folder, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...filesBelow(rel, ext));
    else if (ext.test(name)) out.push(rel);
  }
  return out;
}

const electronSources = filesBelow('electron', /\.ts$/);

function parse(rel: string): ts.SourceFile {
  return ts.createSourceFile(rel, readFileSync(path.join(ROOT, rel), 'utf8'), ts.ScriptTarget.Latest, true);
}

function visit(node: ts.Node, fn: (node: ts.Node) => void): void {
  fn(node);
  node.forEachChild((child) => visit(child, fn));
}

/** The initialiser of the `name` declared in the function around `use`. */
function initialiserOf(file: ts.SourceFile, use: ts.Node, name: string): string | null {
  let scope: ts.Node = use;
  while (!ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  let found: string | null = null;
  visit(scope, (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.initializer) found = node.initializer.getText(file);
  });
  return found;
}

describe('every window of the app', () => {
  const constructions: { file: string; line: number; options: string }[] = [];
  for (const rel of electronSources) {
    const file = parse(rel);
    visit(file, (node) => {
      if (!ts.isNewExpression(node)) return;
      const callee = node.expression.getText(file);
      if (!/^(BrowserWindow|BrowserView|WebContentsView|electron\.BrowserWindow)$/.test(callee)) return;
      const [arg] = node.arguments ?? [];
      const text = arg ? arg.getText(file) : '';
      const options = arg && ts.isIdentifier(arg) ? (initialiserOf(file, node, arg.text) ?? text) : text;
      constructions.push({ file: rel, line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, options });
    });
  }

  it('is found by this scan (the app has exactly one kind of window)', () => {
    expect(constructions.map((c) => c.file)).toEqual(['electron/main/index.ts']);
  });

  it('is built from mainWindowOptions and nothing added to it', () => {
    for (const c of constructions) expect(c.options).toMatch(/^mainWindowOptions\(\{[^}]*\}\)$/);
  });
});

describe('no file turns a protection off', () => {
  const weakening = [
    /contextIsolation\s*:\s*false/, /sandbox\s*:\s*false/, /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/, /webSecurity\s*:\s*false/,
    /webviewTag\s*:\s*true/, /allowRunningInsecureContent\s*:\s*true/, /experimentalFeatures\s*:\s*true/, /enableRemoteModule\s*:\s*true/,
    /setPermissionRequestHandler\(\s*null/, /disableWebSecurity/, /'unsafe-eval'/, /['"]rehype-raw['"]/, /\bfile:\/\/\$\{/, /registerFileProtocol/,
  ];
  const checked = [...electronSources, ...filesBelow('renderer/src', /\.(ts|tsx)$/), 'renderer/index.html', 'electron.vite.config.ts'];
  it.each(checked)('%s', (rel) => {
    const text = readFileSync(path.join(ROOT, rel), 'utf8');
    // The CSP module names 'unsafe-eval' only to say it is absent; its tests pin the policy.
    expect(weakening.filter((re) => re.test(text) && !(rel.endsWith('csp.ts') && re.source.includes('unsafe-eval'))).map(String)).toEqual([]);
  });
});

describe('the preload', () => {
  it('exposes one object, window.pln, made by createBridge from ipcRenderer, and nothing else', () => {
    const exposures: string[] = [];
    for (const rel of filesBelow('electron/preload', /\.ts$/)) {
      const file = parse(rel);
      visit(file, (node) => {
        if (ts.isCallExpression(node) && /exposeInMainWorld|exposeInIsolatedWorld/.test(node.expression.getText(file))) {
          exposures.push(`${rel}: ${node.getText(file)}`);
        }
      });
    }
    expect(exposures).toEqual(["electron/preload/index.ts: contextBridge.exposeInMainWorld('pln', createBridge(ipcRenderer))"]);
  });
});

describe('Electronegativity exceptions', () => {
  it('are the one window line whose options the scanner cannot follow, each check named', () => {
    const exceptions = electronSources.flatMap((rel) =>
      readFileSync(path.join(ROOT, rel), 'utf8').split('\n').flatMap((line, i) => (line.includes('eng-disable') ? [`${rel}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(exceptions).toHaveLength(1);
    expect(exceptions[0]).toMatch(/^electron\/main\/index\.ts:\d+: const window = new BrowserWindow\(options\); \/\/ eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK$/);
  });
});
