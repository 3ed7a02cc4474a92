/**
 * Hands an exported file to the person. Browser mode: a download (a Blob URL on an `<a download>`,
 * revoked afterwards). The desktop app gets the same download for now; a native Save dialog
 * is not built yet, and the export buttons say so there.
 */
import type { ExportFile } from '../../../shared/api';

export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: `${file.mimeType};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked on a later turn: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
