/**
 * The Electron main process: wiring only. Every decision (window options, CSP, what a
 * URL may do, who may call, which file a request maps to, the menu) lives in a small
 * pure module beside this one and is unit-tested there; this file connects them to
 * Electron and to the garden service, in the order Electron requires.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, shell, type OpenDialogOptions,
} from 'electron';
import { ensureSampleGarden } from '../garden/sample';
import { createPageFetcher } from '../garden/network/page-meta';
import { createGardenService, type GardenService } from '../garden/service';
import { createAppProtocolHandler } from './app-protocol';
import { APP_SCHEME } from './app-scheme';
import { forwardServiceEvents } from './events';
import { externalLinkPrompt, openerFor, openExternalSafely } from './external-links';
import { createSenderCheck, registerIpcHandlers } from './ipc';
import { gardenRootFromArgv, rendererSource, resourcesDirFor } from './launch';
import { buildMenuTemplate } from './menu';
import { createMenuActions } from './menu-actions';
import { denyAllPermissions } from './permissions';
import { hardenWebContents } from './web-contents';
import { bringToFront, claimSingleInstance } from './single-instance';
import { mainWindowOptions } from './window-options';
import { electronPdfPrinter, PRINT_WINDOW_OPTIONS } from './portfolio-pdf';

const isDev = !app.isPackaged;
const source = rendererSource({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL });
// Relative to out/main, where this file is built.
const rendererRoot = path.join(__dirname, '../renderer');
const preloadPath = path.join(__dirname, '../preload/index.cjs');
const resourcesDir = resourcesDirFor({
  isPackaged: app.isPackaged,
  appPath: app.getAppPath(),
  resourcesPath: process.resourcesPath,
});

let started = false;
const appWindows = new Set<BrowserWindow>();

// Before 'ready': `standard` gives app:// real origins and relative URLs, `secure` makes
// it a secure context, `supportFetchAPI` lets the page fetch its own assets.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

// Another instance owns the gardens it has open: a second launch quits and focuses it.
if (claimSingleInstance(app, focusFirstWindow)) {
  // Registered before any window exists, so no web contents escapes hardening.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { appOrigin: source.origin, openExternal: openLink });
  });
  app.whenReady().then(start).catch(fatal);
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession, { openExternal: openLink });
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rendererRoot, readFile: (file) => readFile(file) }));

  const service = await openService();
  // The app's own windows: the hidden print window is not one (it runs no script, gets no events).
  const ourWindows = () => [...appWindows];
  registerIpcHandlers({
    ipcMain,
    service,
    isTrustedSender: createSenderCheck({
      appOrigin: source.origin,
      ourMainFrames: () => ourWindows().map((window) => window.webContents.mainFrame),
    }),
  });
  forwardServiceEvents({
    service,
    appOrigin: source.origin,
    targets: () => ourWindows().map((window) => window.webContents),
  });

  const refreshMenu = () => void setMenu(service).catch(() => undefined);
  service.subscribe((event) => {
    if (event === 'garden.opened') refreshMenu();
  });
  await setMenu(service);
  closeServiceOnQuit(service);

  app.on('activate', () => {
    if (appWindows.size === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  started = true;
  createWindow();
}

/** The garden named on the command line, else the service's own choice (recent/sample). */
async function openService(): Promise<GardenService> {
  const printPdf = electronPdfPrinter({
    // Hidden, no script, no preload, its own session (portfolio-pdf.ts); the scanner cannot
    // follow an imported constant, and security-scan.test.ts asserts what it holds.
    createWindow: () => new BrowserWindow(PRINT_WINDOW_OPTIONS), // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    session: (partition) => session.fromPartition(partition),
    writeFile: (file, data) => writeFile(file, data),
  });
  // The desktop app may look up a pasted source's page title (with a timeout, never blocking the save).
  const base = { userDataDir: app.getPath('userData'), resourcesDir, fetchPage: createPageFetcher(), printPdf };
  const initialRoot = gardenRootFromArgv(process.argv, { defaultApp: process.defaultApp === true, cwd: process.cwd() });
  if (initialRoot === undefined) return createGardenService(base);
  try {
    return await createGardenService({ ...base, initialRoot });
  } catch (error) {
    // A mistyped path should not stop the app: say so, then open as usual.
    dialog.showErrorBox('The garden could not be opened', messageOf(error));
    return createGardenService(base);
  }
}

function createWindow(): BrowserWindow {
  const options = mainWindowOptions({ preloadPath, isDev, prefersDark: nativeTheme.shouldUseDarkColors });
  // Electronegativity judges only an object literal written here, so it cannot see these options;
  // window-options.test.ts asserts each of them (contextIsolation, sandbox, …), and
  // security-scan.test.ts that every window is built from mainWindowOptions. A middle click
  // (auxclick) opening a window is denied by setWindowOpenHandler (web-contents.ts).
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  appWindows.add(window);
  window.once('closed', () => appWindows.delete(window));
  window.once('ready-to-show', () => window.show());
  window.loadURL(source.url).catch((error: unknown) => {
    dialog.showErrorBox('PLN Garden could not load its window', messageOf(error));
  });
  return window;
}

function focusFirstWindow(): void {
  const [first] = appWindows;
  bringToFront(first, () => {
    if (started) createWindow();
  });
}

/** Every URL leaving the app goes through the one wrapper, which shows the host first. */
function openLink(url: string): void {
  void openExternalSafely(url, {
    openExternal: openerFor(shell),
    confirm: async (host, href) => {
      const options = externalLinkPrompt(host, href);
      const parent = BrowserWindow.getFocusedWindow();
      const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
      return response === 0;
    },
  }).then((outcome) => {
    if (!outcome.opened && outcome.why === 'failed') dialog.showErrorBox('The link could not be opened', outcome.reason);
  });
}

async function setMenu(service: GardenService): Promise<void> {
  const recent = await service.call('garden.recent', {});
  const template = buildMenuTemplate({
    appName: app.getName(),
    platform: process.platform,
    isDev,
    recent: recent.ok ? recent.value : [],
    actions: menuActions(service),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function menuActions(service: GardenService) {
  return createMenuActions({
    service,
    chooseFolder: async (purpose) => {
      const options: OpenDialogOptions =
        purpose === 'open'
          ? { title: 'Open a garden', buttonLabel: 'Open Garden', properties: ['openDirectory', 'createDirectory'] }
          : {
              title: 'Choose or create an empty folder for the new garden',
              buttonLabel: 'Create Garden',
              properties: ['openDirectory', 'createDirectory'],
            };
      const parent = BrowserWindow.getFocusedWindow();
      const { canceled, filePaths } = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return canceled ? undefined : filePaths[0];
    },
    warn: async (message, detail) => {
      const options = { type: 'warning' as const, message, detail };
      const parent = BrowserWindow.getFocusedWindow();
      await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
    },
    showAbout: async () => {
      await dialog.showMessageBox({
        type: 'info',
        title: `About ${app.getName()}`,
        message: `${app.getName()} ${app.getVersion()}`,
        detail: 'A garden for your personal learning network: linked notes, people, sources and goals.',
      });
    },
    prepareSampleGarden: async () => {
      // The first-run copy may have been removed: make a fresh one, never open the original.
      return ensureSampleGarden(app.getPath('userData'), resourcesDir, new Date());
    },
  });
}

/** Lets the core finish writing (index cache, state) before the process ends. */
function closeServiceOnQuit(service: GardenService): void {
  let closed = false;
  let closing: Promise<void> | null = null;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closing ??= service
      .close()
      .catch(() => undefined)
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fatal(error: unknown): void {
  dialog.showErrorBox('PLN Garden could not start', messageOf(error));
  app.exit(1);
}
