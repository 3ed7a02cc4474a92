/**
 * The options of every garden window. Each web preference below is a line of the
 * Electron security checklist (QUALITY.md, Security); several restate Electron's
 * defaults on purpose, so that a future default change or a careless edit shows up
 * as a failing test instead of a silent hole.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the built preload (`out/preload/index.cjs`). */
  preloadPath: string;
  /** Development build: dev tools are available only then. */
  isDev: boolean;
  /** `nativeTheme.shouldUseDarkColors`: the page follows the system theme, so must the window. */
  prefersDark: boolean;
}

/** The renderer's `--bg` (renderer/src/styles/theme.css), so no white flash before first paint. */
export const WINDOW_BACKGROUND = { light: '#f7f6f2', dark: '#141715' } as const;

export function mainWindowOptions({ preloadPath, isDev, prefersDark }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'PLN Garden',
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    backgroundColor: prefersDark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    // Shown on 'ready-to-show', once the first paint exists.
    show: false,
    webPreferences: {
      preload: preloadPath,
      // The page cannot reach the preload's world or Node: it gets `window.pln`, nothing else.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Should a script ever run despite the CSP, an alert() loop cannot trap the user.
      safeDialogs: true,
      navigateOnDragDrop: false,
      devTools: isDev,
      spellcheck: true,
    },
  };
}
