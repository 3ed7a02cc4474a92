/** The desktop PDF printer over a fake BrowserWindow and session (printToPDF cannot run without Electron). */
import { describe, expect, it } from 'vitest';
import {
  allowWhilePrinting, electronPdfPrinter, PDF_OPTIONS, PRINT_PARTITION, type ElectronPdfDeps, type PrintWindowLike,
} from '../../../../electron/main/portfolio-pdf';

function fakes(options: { failPrint?: boolean } = {}) {
  const calls: string[] = [];
  const written = new Map<string, Uint8Array>();
  let filter: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
  const deps: ElectronPdfDeps = {
    createWindow() {
      const window: PrintWindowLike = {
        loadFile: async (file) => void calls.push(`load ${file}`),
        webContents: {
          printToPDF: async (o2) => {
            calls.push(`print ${JSON.stringify(o2)}`);
            if (options.failPrint) throw new Error('printing failed');
            return new TextEncoder().encode('%PDF-1.7 fake');
          },
        },
        destroy: () => void calls.push('destroy'),
      };
      return window;
    },
    session(partition) {
      calls.push(`session ${partition}`);
      return { webRequest: { onBeforeRequest: (listener) => void (filter = listener) } };
    },
    writeFile: async (file, data) => void written.set(file, data),
  };
  const decide = (url: string) => {
    let cancel: boolean | null = null;
    filter?.({ url }, (r) => (cancel = r.cancel));
    return cancel;
  };
  return { deps, calls, written, decide };
}

describe('Electron printToPDF for the portfolio', () => {
  it('prints print.html in a hidden, script-less, isolated window and writes the PDF', async () => {
    const f = fakes();
    await electronPdfPrinter(f.deps)('/home/u/site/print.html', '/home/u/site/portfolio.pdf');
    expect(f.calls).toEqual([`session ${PRINT_PARTITION}`, 'load /home/u/site/print.html', `print ${JSON.stringify(PDF_OPTIONS)}`, 'destroy']);
    expect(new TextDecoder().decode(f.written.get('/home/u/site/portfolio.pdf'))).toBe('%PDF-1.7 fake');
  });

  it('lets only files of the exported folder load while printing', async () => {
    const f = fakes();
    await electronPdfPrinter(f.deps)('/home/u/site/print.html', '/tmp/p.pdf');
    expect(f.decide('file:///home/u/site/assets/site.css')).toBe(false);
    expect(f.decide('https://tracker.example/pixel.png')).toBe(true);
    expect(f.decide('file:///home/u/other/secret.png')).toBe(true);
    expect(f.decide('file:///home/u/site-evil/x.css')).toBe(true);
    expect(allowWhilePrinting('file:///home/u/site/../x', '/home/u/site')).toBe(false);
  });

  it('closes the window even when printing fails', async () => {
    const f = fakes({ failPrint: true });
    await expect(electronPdfPrinter(f.deps)('/s/print.html', '/s/p.pdf')).rejects.toThrow('printing failed');
    expect(f.calls.at(-1)).toBe('destroy');
    expect(f.written.size).toBe(0);
  });
});
