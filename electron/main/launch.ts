/**
 * Facts about this launch that index.ts reads from Electron and the process: which
 * garden the command line names, where the bundled resources are, and what the window
 * loads. Kept pure (values in, values out) so every rule is tested.
 */
import nodePath from 'node:path';
import { APP_ENTRY_URL, APP_ORIGIN } from './app-scheme';
import { parseUrl } from './origin';

/**
 * The first plain argument after the executable (and after the app folder when run as
 * `electron .`), resolved against the working directory. Switches (`--inspect`, and the
 * Chromium switches Electron appends to a second instance's argv) are skipped.
 */
export function gardenRootFromArgv(
  argv: readonly string[],
  context: { defaultApp: boolean; cwd: string },
): string | undefined {
  const userArgs = argv.slice(context.defaultApp ? 2 : 1);
  const candidate = userArgs.find((arg) => arg !== '' && !arg.startsWith('-'));
  return candidate === undefined ? undefined : nodePath.resolve(context.cwd, candidate);
}

/** The folder holding `sample-garden/`: `resources/` of the project in development,
 *  copied next to the app (`<resourcesPath>/resources`) when packaged. */
export function resourcesDirFor(context: { isPackaged: boolean; appPath: string; resourcesPath: string }): string {
  return context.isPackaged
    ? nodePath.join(context.resourcesPath, 'resources')
    : nodePath.join(context.appPath, 'resources');
}

export interface RendererSource {
  kind: 'dev-server' | 'bundle';
  /** What the window loads. */
  url: string;
  /** What navigation and IPC accept as "ours". */
  origin: string;
}

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server (electron-vite sets ELECTRON_RENDERER_URL) only for an unpackaged app
 * and only on loopback http: otherwise anyone able to set an environment variable could
 * point a packaged app, preload and all, at a remote page.
 */
export function rendererSource(context: { isPackaged: boolean; devServerUrl: string | undefined }): RendererSource {
  const bundle: RendererSource = { kind: 'bundle', url: APP_ENTRY_URL, origin: APP_ORIGIN };
  if (context.isPackaged || !context.devServerUrl) return bundle;
  const url = parseUrl(context.devServerUrl);
  if (!url || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return bundle;
  if (url.username !== '' || url.password !== '') return bundle;
  return { kind: 'dev-server', url: url.href, origin: `${url.protocol}//${url.host}` };
}
