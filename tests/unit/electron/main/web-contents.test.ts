import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, type HardenableContents } from '../../../../electron/main/web-contents';

type Listener = (event: { url?: string; preventDefault(): void }) => void;

/** A web contents reduced to its event listeners and its window-open handler. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents = {
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      windowOpenHandler = handler;
    },
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
  };
  /** Emits like Electron does and reports whether the default action was prevented. */
  const emit = (name: string, url = ''): boolean => {
    let prevented = false;
    for (const listener of listeners.get(name) ?? []) listener({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  const openWindow = (url: string) => {
    if (!windowOpenHandler) throw new Error('no window open handler was set');
    return windowOpenHandler({ url });
  };
  return { contents: contents as HardenableContents, emit, openWindow, listeners };
}

function harden(appOrigin = 'app://bundle') {
  const fake = fakeContents();
  const openExternal = vi.fn<(url: string) => void>();
  hardenWebContents(fake.contents, { appOrigin, openExternal });
  return { ...fake, openExternal };
}

describe('hardenWebContents', () => {
  it('listens to every event of the checklist', () => {
    const { listeners } = harden();
    expect([...listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
  });

  describe('new windows', () => {
    it('are denied; a web link goes to the external-link wrapper once', () => {
      const { openWindow, openExternal } = harden();
      expect(openWindow('https://example.com/')).toEqual({ action: 'deny' });
      expect(openExternal).toHaveBeenCalledTimes(1);
      expect(openExternal).toHaveBeenCalledWith('https://example.com/');
    });

    it.each(['javascript:alert(1)', 'file:///etc/passwd', 'app://bundle/index.html', 'about:blank'])(
      'are denied for %s with nothing opened outside',
      (url) => {
        const { openWindow, openExternal } = harden();
        expect(openWindow(url)).toEqual({ action: 'deny' });
        expect(openExternal).not.toHaveBeenCalled();
      },
    );
  });

  describe('will-navigate', () => {
    it('lets the app navigate within its origin', () => {
      const { emit, openExternal } = harden();
      expect(emit('will-navigate', 'app://bundle/index.html')).toBe(false);
      expect(openExternal).not.toHaveBeenCalled();
    });

    it.each(['https://example.com/page', 'mailto:a@example.com', 'https://evil.example/?app://bundle'])(
      'stops the clicked link %s and hands it to the wrapper (which shows its host)',
      (url) => {
        const { emit, openExternal } = harden();
        expect(emit('will-navigate', url)).toBe(true);
        expect(openExternal).toHaveBeenCalledExactlyOnceWith(url);
      },
    );

    it.each(['file:///etc/passwd', 'javascript:alert(1)', 'chrome://settings', 'https://bank.example@evil.example/'])(
      'stops %s without opening anything',
      (url) => {
        const { emit, openExternal } = harden();
        expect(emit('will-navigate', url)).toBe(true);
        expect(openExternal).not.toHaveBeenCalled();
      },
    );

    it('allows the dev server, and only it, in development', () => {
      const { emit } = harden('http://localhost:5173');
      expect(emit('will-navigate', 'http://localhost:5173/index.html')).toBe(false);
      expect(emit('will-navigate', 'http://localhost:5174/index.html')).toBe(true);
    });
  });

  describe('redirects and subframe navigation', () => {
    it.each(['will-redirect', 'will-frame-navigate'])('%s away from the app is stopped, and never offered', (name) => {
      const { emit, openExternal } = harden();
      expect(emit(name, 'https://evil.example/')).toBe(true);
      expect(openExternal).not.toHaveBeenCalled();
    });

    it.each(['will-redirect', 'will-frame-navigate'])('%s within the app proceeds', (name) => {
      const { emit } = harden();
      expect(emit(name, 'app://bundle/index.html')).toBe(false);
    });
  });

  it('prevents every <webview> from attaching', () => {
    const { emit } = harden();
    expect(emit('will-attach-webview')).toBe(true);
  });
});
