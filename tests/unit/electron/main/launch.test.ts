import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gardenRootFromArgv, rendererSource, resourcesDirFor } from '../../../../electron/main/launch';

describe('gardenRootFromArgv', () => {
  const packaged = { defaultApp: false, cwd: '/home/ada' };
  const dev = { defaultApp: true, cwd: '/home/ada' };

  it.each([
    [['/opt/PLN Garden/pln-garden'], packaged, undefined],
    [['/opt/PLN Garden/pln-garden', 'notes'], packaged, path.resolve('/home/ada', 'notes')],
    [['/opt/PLN Garden/pln-garden', '/srv/garden'], packaged, '/srv/garden'],
    [['/opt/PLN Garden/pln-garden', '--inspect=9229', '--no-sandbox', 'notes'], packaged, path.resolve('/home/ada', 'notes')],
    [['/opt/PLN Garden/pln-garden', '--', ''], packaged, undefined],
    // `electron .`: the app folder is not a garden.
    [['/usr/bin/electron', '.'], dev, undefined],
    [['/usr/bin/electron', '.', '../garden'], dev, path.resolve('/home/ada', '../garden')],
    // A second instance's argv has Chromium switches appended after ours.
    [['/opt/pln', 'notes', '--allow-file-access-from-files', '--original-process-start-time=1'], packaged, path.resolve('/home/ada', 'notes')],
  ] as const)('%j → %s', (argv, context, expected) => {
    expect(gardenRootFromArgv(argv, context)).toBe(expected);
  });
});

describe('resourcesDirFor', () => {
  it('uses the project resources/ in development and <resourcesPath>/resources when packaged', () => {
    const context = { appPath: '/work/main', resourcesPath: '/opt/pln/resources' };
    expect(resourcesDirFor({ ...context, isPackaged: false })).toBe(path.join('/work/main', 'resources'));
    expect(resourcesDirFor({ ...context, isPackaged: true })).toBe(path.join('/opt/pln/resources', 'resources'));
  });
});

describe('rendererSource', () => {
  const bundle = { kind: 'bundle', url: 'app://bundle/index.html', origin: 'app://bundle' };

  it('serves the bundle over app:// by default', () => {
    expect(rendererSource({ isPackaged: false, devServerUrl: undefined })).toEqual(bundle);
    expect(rendererSource({ isPackaged: false, devServerUrl: '' })).toEqual(bundle);
  });

  it('uses the loopback dev server in development', () => {
    expect(rendererSource({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
    });
    expect(rendererSource({ isPackaged: false, devServerUrl: 'http://127.0.0.1:5173/' }).kind).toBe('dev-server');
    expect(rendererSource({ isPackaged: false, devServerUrl: 'http://[::1]:5173/' }).origin).toBe('http://[::1]:5173');
  });

  it.each([
    'https://evil.example/',
    'http://evil.example:5173/',
    'http://localhost.evil.example:5173/',
    'http://user@localhost:5173/',
    'file:///tmp/index.html',
    'javascript:alert(1)',
    'not a url',
  ])('ignores ELECTRON_RENDERER_URL=%s (never load a remote page with our preload)', (devServerUrl) => {
    expect(rendererSource({ isPackaged: false, devServerUrl })).toEqual(bundle);
  });

  it('ignores the variable entirely in a packaged app', () => {
    expect(rendererSource({ isPackaged: true, devServerUrl: 'http://localhost:5173' })).toEqual(bundle);
  });
});
