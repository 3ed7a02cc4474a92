// Lint enforces the layering of ARCHITECTURE.md: shared/ is pure, renderer/ never reaches
// into electron/, and the garden core never imports Electron (so the CLI and the HTTP door
// can run it in plain Node).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'stream', 'events', 'util', 'worker_threads'];
const pattern = (group, message) => ({ group, message });

// Markup from text is how note apps turned a note into code (Joplin, Zettlr, MarkText): banned.
const markupBans = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'innerHTML is banned: render text, never markup.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'outerHTML is banned.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is banned.' },
  { selector: "CallExpression[callee.property.name='html']", message: "d3 .html() is banned: use .text()." },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is banned.' },
];
// A URL reaches the OS only through electron/main/external-links.ts, which parses it, allows
// https/http/mailto and shows the real host first.
const openExternalMessage = 'shell.openExternal is banned outside electron/main/external-links.ts: use openExternalSafely.';
const openExternalBans = [
  { selector: "MemberExpression[object.name='shell'][property.name='openExternal']", message: openExternalMessage },
  { selector: "MemberExpression[object.name='shell'][property.value='openExternal']", message: openExternalMessage },
  { selector: "VariableDeclarator[init.name='shell'] > ObjectPattern > Property[key.name='openExternal']", message: openExternalMessage },
  { selector: "ImportSpecifier[imported.name='openExternal']", message: openExternalMessage },
];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'test-results', 'playwright-report', 'bench-results', 'resources/sample-garden'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...markupBans, ...openExternalBans],
    },
  },
  {
    files: ['electron/main/external-links.ts'],
    rules: { 'no-restricted-syntax': ['error', ...markupBans] },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(nodeBuiltins, 'shared/ is pure: no Node built-ins.'),
        pattern(['electron', 'react', 'react-dom', 'react/*'], 'shared/ imports neither Electron nor React.'),
        pattern(['**/electron/**', '**/renderer/**', '../electron/*', '../renderer/*'], 'shared/ imports nothing from the other folders.'),
      ] }],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['electron', '**/electron/**'], 'renderer/ never imports electron/: talk to the core through the API client.'),
        pattern(nodeBuiltins, 'renderer/ runs in a page: no Node built-ins.'),
      ] }],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Playwright reads a fixture's dependencies from its destructuring pattern, so a
    // fixture with none must be written `async ({}, use) =>`.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['electron/garden/**', 'electron/server/**', 'electron/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['electron'], 'The core and its non-Electron doors never import electron: they run in plain Node.'),
        pattern(['**/renderer/**'], 'Node code does not import the renderer.'),
      ] }],
    },
  },
);
