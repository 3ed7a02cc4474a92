import { describe, expect, it } from 'vitest';
import { decideNavigation, decideWindowOpen, isAllowedNavigation } from '../../../../electron/main/navigation';

const APP = 'app://bundle';
const DEV = 'http://localhost:5173';

describe('isAllowedNavigation', () => {
  const cases: Array<[string, string, boolean]> = [
    ['app://bundle/index.html', APP, true],
    ['app://bundle/', APP, true],
    ['app://bundle/index.html#/notes/a.md', APP, true],
    ['APP://BUNDLE/index.html', APP, true],
    ['app://bundle.evil.example/index.html', APP, false],
    ['app://evil/index.html', APP, false],
    ['app://bundle:1234/index.html', APP, false],
    ['app://user@bundle/index.html', APP, false],
    // Substring tricks that defeat `url.includes('app://bundle')`.
    ['https://evil.example/?app://bundle', APP, false],
    ['https://evil.example/app://bundle/index.html', APP, false],
    ['file:///app/out/renderer/index.html', APP, false],
    ['javascript:location="app://bundle"', APP, false],
    ['about:blank', APP, false],
    ['', APP, false],
    ['not a url', APP, false],
    ['http://localhost:5173/', DEV, true],
    ['http://localhost:5173/src/main.tsx', DEV, true],
    ['http://localhost:5174/', DEV, false],
    ['https://localhost:5173/', DEV, false],
    ['http://127.0.0.1:5173/', DEV, false],
    ['http://localhost.evil.example:5173/', DEV, false],
    ['app://bundle/index.html', DEV, false],
  ];

  it.each(cases)('%s on %s → %s', (url, origin, expected) => {
    expect(isAllowedNavigation(url, origin)).toBe(expected);
  });

  it('trusts nothing when the app origin itself is not a URL', () => {
    expect(isAllowedNavigation('app://bundle/index.html', 'bundle')).toBe(false);
  });
});

describe('decideNavigation (will-navigate)', () => {
  it('lets the app move within its own origin', () => {
    expect(decideNavigation('app://bundle/index.html?x', APP)).toEqual({ allow: true });
  });

  it.each(['https://example.com/', 'http://example.com/', 'mailto:a@example.com'])(
    'stops %s and offers it outside the app',
    (url) => {
      expect(decideNavigation(url, APP)).toEqual({ allow: false, openExternally: true });
    },
  );

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'https://a@evil.example/', 'chrome://gpu'])(
    'stops %s and offers nothing',
    (url) => {
      expect(decideNavigation(url, APP)).toEqual({ allow: false, openExternally: false });
    },
  );
});

describe('decideWindowOpen (setWindowOpenHandler)', () => {
  it('always denies, routing web and mail links to the wrapper', () => {
    expect(decideWindowOpen('https://example.com/')).toEqual({ action: 'deny', openExternally: true });
    expect(decideWindowOpen('mailto:a@example.com')).toEqual({ action: 'deny', openExternally: true });
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'about:blank', '', 'vbscript:x', '\\\\host\\share'])(
    'denies %s without offering it',
    (url) => {
      expect(decideWindowOpen(url, APP)).toEqual({ action: 'deny', openExternally: false });
    },
  );

  it('denies a new window onto the app itself without sending it to a browser', () => {
    expect(decideWindowOpen('app://bundle/index.html', APP)).toEqual({ action: 'deny', openExternally: false });
    // In development the app is on http://localhost, which would otherwise pass as a web link.
    expect(decideWindowOpen('http://localhost:5173/', DEV)).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('http://localhost:5173/')).toEqual({ action: 'deny', openExternally: true });
  });
});
