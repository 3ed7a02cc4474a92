/**
 * Keeps the main process and preload testable and the preload small: only the two
 * entry files may import Electron at run time (everything else takes it as a
 * parameter), and the preload bundle must never pull in the zod contract.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../../..');

/** Import specifiers that survive compilation (not `import type`, not all-type named imports). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier)) continue;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause && !clause.name && named && ts.isNamedImports(named) && named.elements.every((element) => element.isTypeOnly);
      if (onlyTypes) continue;
    } else if (statement.isTypeOnly) {
      continue;
    }
    found.push(specifier.text);
  }
  return found;
}

function sources(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(ROOT, folder, name));
}

describe('layering of electron/main and electron/preload', () => {
  const modules = [...sources('electron/main'), ...sources('electron/preload')];

  it('finds the modules it checks', () => {
    expect(modules.map((file) => path.basename(file))).toEqual(expect.arrayContaining(['index.ts', 'ipc.ts', 'bridge.ts']));
  });

  it.each(modules.filter((file) => path.basename(file) !== 'index.ts').map((file) => [path.relative(ROOT, file), file]))(
    '%s does not import electron at run time',
    (_name, file) => {
      expect(runtimeImports(file)).not.toContain('electron');
    },
  );

  it.each(sources('electron/preload').map((file) => [path.relative(ROOT, file), file]))(
    '%s keeps zod and the contract out of the preload bundle',
    (_name, file) => {
      for (const specifier of runtimeImports(file)) {
        expect(specifier === 'electron' || specifier.startsWith('./'), specifier).toBe(true);
      }
    },
  );

  it('the type-only detector is not fooled (checks itself)', () => {
    const probe = path.join(ROOT, 'electron/main/menu.ts');
    expect(readFileSync(probe, 'utf8')).toContain("from 'electron'");
    expect(runtimeImports(probe)).not.toContain('electron');
    expect(runtimeImports(path.join(ROOT, 'electron/preload/index.ts'))).toContain('electron');
  });
});
