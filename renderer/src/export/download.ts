/**
 * Hands a file the app made to the person: a download (a Blob URL on an `<a download>`),
 * in browser mode and in the desktop app alike (Electron shows its own save dialog for a
 * download). Used by the people/sources exports and the map's SVG and PNG.
 */
import type { ExportFile } from '../../../shared/api';

export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked on a later turn: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadFile(file: ExportFile, doc: Document = document): void {
  downloadBlob(new Blob([file.content], { type: `${file.mimeType};charset=utf-8` }), file.fileName, doc);
}
