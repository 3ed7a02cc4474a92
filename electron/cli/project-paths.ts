/** Where the bundled resources and the built renderer are, relative to this checkout. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function projectPaths(): { resourcesDir: string; rendererDir: string } {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  return { resourcesDir: path.join(root, 'resources'), rendererDir: path.join(root, 'out', 'renderer') };
}
