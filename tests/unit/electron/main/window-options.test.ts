import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions, WINDOW_BACKGROUND } from '../../../../electron/main/window-options';

describe('mainWindowOptions', () => {
  const preloadPath = '/app/out/preload/index.cjs';
  const packaged = mainWindowOptions({ preloadPath, isDev: false, prefersDark: false });

  it('sets every web preference of the Electron security checklist', () => {
    expect(packaged.webPreferences).toEqual({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      safeDialogs: true,
      navigateOnDragDrop: false,
      devTools: false,
      spellcheck: true,
    });
  });

  it('allows dev tools only in development', () => {
    expect(mainWindowOptions({ preloadPath, isDev: true, prefersDark: false }).webPreferences?.devTools).toBe(true);
    expect(packaged.webPreferences?.devTools).toBe(false);
  });

  it('stays hidden until ready-to-show, over the page background, at a usable size', () => {
    expect(packaged).toMatchObject({
      show: false,
      backgroundColor: '#f7f6f2',
      width: 1280,
      height: 820,
      minWidth: 720,
      minHeight: 480,
      title: 'PLN Garden',
    });
  });

  it('paints the background of the theme the page will use', () => {
    expect(mainWindowOptions({ preloadPath, isDev: false, prefersDark: true }).backgroundColor).toBe(WINDOW_BACKGROUND.dark);
    expect(packaged.backgroundColor).toBe(WINDOW_BACKGROUND.light);
  });

  it("matches the renderer's --bg for both themes", () => {
    const theme = readFileSync(new URL('../../../../renderer/src/styles/theme.css', import.meta.url), 'utf8');
    const backgrounds = [...theme.matchAll(/--bg:\s*(#[0-9a-fA-F]{6})/g)].map((match) => match[1]?.toLowerCase());
    expect(backgrounds).toEqual([WINDOW_BACKGROUND.light, WINDOW_BACKGROUND.dark]);
  });

  it('uses the preload path it is given (the CommonJS build)', () => {
    expect(mainWindowOptions({ preloadPath: '/x/index.cjs', isDev: false, prefersDark: false }).webPreferences?.preload).toBe('/x/index.cjs');
  });

  it('returns a fresh object each time, so one window cannot change another', () => {
    const a = mainWindowOptions({ preloadPath, isDev: false, prefersDark: false });
    const b = mainWindowOptions({ preloadPath, isDev: false, prefersDark: false });
    expect(a).not.toBe(b);
    expect(a.webPreferences).not.toBe(b.webPreferences);
  });
});
