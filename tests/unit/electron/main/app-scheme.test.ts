import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, resolveAppRequest } from '../../../../electron/main/app-scheme';

const ROOT = '/srv/pln/out/renderer';
const WIN_ROOT = 'C:\\Program Files\\PLN Garden\\resources\\app\\out\\renderer';

/** True when `file` is strictly inside `root` under the given path rules. */
function isInside(file: string, root: string, rules: typeof path.posix | typeof path.win32): boolean {
  const relative = rules.relative(root, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${rules.sep}`) && !rules.isAbsolute(relative);
}

describe('resolveAppRequest: files of the bundle', () => {
  const served: Array<[string, string]> = [
    ['app://bundle/', 'index.html'],
    ['app://bundle', 'index.html'],
    ['app://bundle/index.html', 'index.html'],
    ['app://bundle/assets/index-3f2a.js', 'assets/index-3f2a.js'],
    ['app://bundle/assets/graph.worker-9c1e.js?worker_file&type=module', 'assets/graph.worker-9c1e.js'],
    ['app://bundle/index.html#/notes/a.md', 'index.html'],
    ['app://bundle/assets/my%20font.woff2', 'assets/my font.woff2'],
    ['app://BUNDLE/index.html', 'index.html'],
    // Dot segments, literal or encoded as whole segments, are resolved by the URL parser
    // (as Chromium does) before we see them: what is left is looked up inside the bundle.
    ['app://bundle/../../etc/passwd', 'etc/passwd'],
    ['app://bundle/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
    ['app://bundle/.%2E/secret.txt', 'secret.txt'],
    ['app://bundle/assets/./../index.html', 'index.html'],
    ['app://bundle/%2e/index.html', 'index.html'],
    ['app://bundle/..a', '..a'],
  ];

  it.each(served)('%s → %s', (url, relative) => {
    expect(resolveAppRequest(url, ROOT)).toEqual({ file: path.posix.join(ROOT, relative) });
  });

  it('exposes the entry URL on the bundle origin', () => {
    expect(APP_ORIGIN).toBe('app://bundle');
    expect(resolveAppRequest(APP_ENTRY_URL, ROOT)).toEqual({ file: `${ROOT}/index.html` });
  });
});

describe('resolveAppRequest: refusals', () => {
  const forbidden: Array<[string, string]> = [
    ['encoded dot-dot-slash', 'app://bundle/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['mixed-case encoding', 'app://bundle/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd'],
    ['dot-dot with encoded slash', 'app://bundle/..%2f..%2fetc%2fpasswd'],
    ['traversal hidden in a subfolder', 'app://bundle/assets%2f..%2f..%2f..%2fetc%2fpasswd'],
    ['encoded backslash traversal', 'app://bundle/%5c..%5c..%5cetc%5cpasswd'],
    ['any encoded backslash', 'app://bundle/assets%5cindex.js'],
    ['encoded dot, encoded slash', 'app://bundle/%2e%2fetc%2fpasswd'],
    ['dot-dot followed by a space (Windows drops it)', 'app://bundle/..%20/..%20/etc/passwd'],
    ['name ending in a dot (Windows drops it)', 'app://bundle/index.html.'],
    ['absolute path by a doubled slash', 'app://bundle//etc/passwd'],
    ['absolute path by an encoded slash', 'app://bundle/%2fetc%2fpasswd'],
    ['Windows drive letter', 'app://bundle/C:/Windows/win.ini'],
    ['encoded Windows drive', 'app://bundle/C%3A%5CWindows%5Cwin.ini'],
    ['NTFS alternate stream', 'app://bundle/index.html::$DATA'],
    ['NUL byte', 'app://bundle/index.html%00.png'],
    ['malformed percent-encoding', 'app://bundle/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['a host that starts like ours', 'app://bundle.evil.example/index.html'],
    ['a port', 'app://bundle:8080/index.html'],
    ['credentials', 'app://user:pass@bundle/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['http on our host name', 'http://bundle/index.html'],
    ['not a URL', '../../etc/passwd'],
    ['empty', ''],
  ];

  it.each(forbidden)('%s: %s → 403', (_label, url) => {
    expect(resolveAppRequest(url, ROOT)).toEqual({ status: 403 });
  });

  it('does not list folders', () => {
    expect(resolveAppRequest('app://bundle/assets/', ROOT)).toEqual({ status: 404 });
  });
});

describe('resolveAppRequest: Windows path rules', () => {
  it('maps bundle files under a Windows root', () => {
    expect(resolveAppRequest('app://bundle/assets/a.js', WIN_ROOT, path.win32)).toEqual({
      file: `${WIN_ROOT}\\assets\\a.js`,
    });
  });

  it.each([
    'app://bundle/%5c..%5c..%5cwin.ini',
    'app://bundle/C:%5cWindows%5cwin.ini',
    'app://bundle//server/share/x.js',
    'app://bundle/%2f%2fserver%2fshare%2fx.js',
    'app://bundle/..%20/..%20/win.ini',
    'app://bundle/assets/a.js%20.',
  ])('refuses %s', (url) => {
    expect(resolveAppRequest(url, WIN_ROOT, path.win32)).toEqual({ status: 403 });
  });
});

describe('resolveAppRequest: property', () => {
  // Any path text at all, raw or percent-encoded, either is refused or names a file
  // strictly inside the root: there is no input that escapes.
  const pathText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(fc.constantFrom('..', '.', '%2e', '%2e%2e', '%2f', '%5c', '/', '\\', 'a', 'etc', '%00', ':', ' ', 'C:'), {
      maxLength: 12,
    }).map((parts) => parts.join('')),
  );

  it.each([
    ['posix', ROOT, path.posix],
    ['win32', WIN_ROOT, path.win32],
  ] as const)('never resolves outside the root (%s)', (_name, root, rules) => {
    fc.assert(
      fc.property(pathText, (text) => {
        const result = resolveAppRequest(`app://bundle/${text}`, root, rules);
        if ('file' in result) expect(isInside(result.file, root, rules)).toBe(true);
        else expect([403, 404]).toContain(result.status);
      }),
      { numRuns: 3000 },
    );
  });
});
