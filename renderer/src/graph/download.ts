/** The map's exports: file names, and the SVG drawn as PNG (the download itself is ../export/download.ts). */
/** A file name from the garden's name: letters, digits, dashes. */
export function exportName(garden: string, suffix: string, extension: string): string {
  const base = garden.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'garden';
  return `${base}-${suffix}.${extension}`;
}

/**
 * An SVG drawn onto a canvas, as PNG: the same picture as the SVG export, at `scale` times
 * its size for sharp text. The image is a blob URL (allowed by the page's CSP, img-src blob:).
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2, doc: Document = document): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The picture could not be drawn as PNG.'));
    });
    image.src = url;
    await loaded;
    const canvas = doc.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This page cannot draw a PNG.');
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
