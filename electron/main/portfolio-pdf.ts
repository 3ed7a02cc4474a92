/**
 * The portfolio as a PDF in the desktop app: Electron's `webContents.printToPDF` on the
 * exported print.html, in a hidden window that runs no script, has no preload and no Node,
 * lives in its own in-memory session, and may load nothing but files of the exported folder
 * (every other request is cancelled). Thin on purpose; the Electron objects are passed in so
 * a fake can test it (tests/unit/electron/main/portfolio-pdf.test.ts).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { PdfPrinter } from '../garden/export/portfolio/pdf-chromium';

export const PRINT_PARTITION = 'portfolio-print';

export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  width: 1000,
  height: 1400,
  webPreferences: {
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    // No `persist:` prefix: an in-memory session, forgotten when the app quits.
    partition: PRINT_PARTITION,
  },
};

export const PDF_OPTIONS = {
  printBackground: true,
  pageSize: 'A4',
  margins: { top: 0.7, bottom: 0.7, left: 0.6, right: 0.6 },
} as const;

export interface PrintWindowLike {
  loadFile(file: string): Promise<void>;
  webContents: { printToPDF(options: typeof PDF_OPTIONS): Promise<Uint8Array> };
  destroy(): void;
}

type RequestFilter = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

export interface SessionLike {
  webRequest: { onBeforeRequest(listener: RequestFilter): void };
}

export interface ElectronPdfDeps {
  /** A window built from PRINT_WINDOW_OPTIONS (security-scan.test.ts checks the construction says so). */
  createWindow(): PrintWindowLike;
  session(partition: string): SessionLike;
  writeFile(file: string, data: Uint8Array): Promise<void>;
}

/** Only files inside the exported folder may load while printing. */
export function allowWhilePrinting(url: string, folder: string): boolean {
  const root = pathToFileURL(folder).href.replace(/\/?$/, '/');
  return url.startsWith(root) && !url.slice(root.length).split('/').includes('..');
}

export function electronPdfPrinter(deps: ElectronPdfDeps): PdfPrinter {
  return async (htmlFile, pdfFile) => {
    const folder = path.dirname(htmlFile);
    deps.session(PRINT_PARTITION).webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowWhilePrinting(details.url, folder) }));
    const window = deps.createWindow();
    try {
      await window.loadFile(htmlFile);
      const data = await window.webContents.printToPDF(PDF_OPTIONS);
      await deps.writeFile(pdfFile, data);
    } finally {
      window.destroy();
    }
  };
}
