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
import { PRINT_PARTITION, PRINT_WINDOW_OPTIONS } from '../../../../electron/main/portfolio-pdf';

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

  it('is found by this scan (the app window, and the hidden window that prints the portfolio)', () => {
    expect(constructions.map((c) => c.file)).toEqual(['electron/main/index.ts', 'electron/main/index.ts']);
  });

  it('is built from mainWindowOptions or PRINT_WINDOW_OPTIONS, nothing added', () => {
    expect(constructions.map((c) => (/^mainWindowOptions\(\{[^}]*\}\)$/.test(c.options) ? 'main' : c.options)).sort()).toEqual(['PRINT_WINDOW_OPTIONS', 'main']);
  });

  it('prints the portfolio in a window with every protection on, no script and no preload, in a session of its own', () => {
    expect(PRINT_WINDOW_OPTIONS).toMatchObject({
      show: false,
      webPreferences: {
        javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false, webSecurity: true, webviewTag: false, partition: PRINT_PARTITION,
      },
    });
    expect(PRINT_WINDOW_OPTIONS.webPreferences?.preload).toBeUndefined();
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
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
  it('are the two window lines whose options the scanner cannot follow, each check named', () => {
    const exceptions = electronSources.flatMap((rel) =>
      readFileSync(path.join(ROOT, rel), 'utf8').split('\n').flatMap((line, i) => (line.includes('eng-disable') ? [`${rel}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(exceptions).toHaveLength(2);
    expect(exceptions[0]).toMatch(/^electron\/main\/index\.ts:\d+: createWindow: \(\) => new BrowserWindow\(PRINT_WINDOW_OPTIONS\), \/\/ eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK$/);
    expect(exceptions[1]).toMatch(/^electron\/main\/index\.ts:\d+: const window = new BrowserWindow\(options\); \/\/ eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK$/);
  });
});
