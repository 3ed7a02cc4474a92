/**
 * Paths: turning what the API receives into absolute paths that provably stay inside the
 * garden, and turning titles into file names every OS accepts.
 */
import { mkdir, readlink, realpath, stat } from './disk';
import path from 'node:path';
import { GardenError } from '../../shared/api';
import { gardenPath, type GardenPath } from '../../shared/types';

/** A folder whose name starts with a dot (.git, .obsidian, .garden, .trash) is not part of the garden. */
export function isHiddenSegment(name: string): boolean {
  return name.startsWith('.');
}

/** True when `child` is `parent` or lies below it (decided with path.relative, never by prefix). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  // Only a first segment of exactly '..' leaves the parent; a name such as '..notes' is inside.
  return rel === '' || (rel.split(path.sep)[0] !== '..' && !path.isAbsolute(rel));
}

export function toGardenPath(root: string, absolute: string): GardenPath {
  // Fast path for what the walker produces (root + sep + rest, already normalised): it runs
  // once per file at open, and path.relative costs microseconds each.
  if (absolute.length > root.length + 1 && absolute.startsWith(root) && absolute[root.length] === path.sep && !absolute.includes(`${path.sep}.`)) {
    const rest = absolute.slice(root.length + 1);
    return gardenPath(path.sep === '/' ? rest : rest.split(path.sep).join('/'));
  }
  return gardenPath(path.relative(root, absolute).split(path.sep).join('/'));
}

/**
 * Resolves a garden-relative path from the outside world to an absolute path inside the
 * garden, or throws a readable error. Checks the text (no absolute paths, no `..`, no
 * hidden folders) and then the real location on disk, so a symlink cannot lead out.
 */
export async function resolveInside(root: string, relative: string, options: { allowHidden?: boolean } = {}): Promise<string> {
  if (relative.includes('\0')) throw new GardenError('bad-input', 'A path cannot contain a NUL character.');
  const normalised = relative.replace(/\\/g, '/');
  if (normalised.startsWith('/') || /^[a-zA-Z]:/.test(normalised)) {
    throw new GardenError('outside-garden', `"${relative}" is an absolute path; only paths inside the garden are allowed.`);
  }
  const segments = normalised.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) {
    throw new GardenError('outside-garden', `"${relative}" points outside the garden.`);
  }
  if (!options.allowHidden && segments.some(isHiddenSegment)) {
    throw new GardenError('outside-garden', `"${relative}" is inside a hidden folder, which is not part of the garden.`);
  }
  if (segments.length === 0) throw new GardenError('bad-input', 'A path inside the garden is required.');
  const absolute = path.join(root, ...segments);
  if (!isInside(root, absolute)) throw new GardenError('outside-garden', `"${relative}" points outside the garden.`);
  await assertRealInside(root, absolute);
  return absolute;
}

/** What every write says once the garden's folder has been moved, renamed or deleted under the app. */
export function gardenGoneMessage(root: string): string {
  return `The garden folder ${root} is no longer there (moved, renamed or deleted), so nothing was written to it. Open it again from where it is now.`;
}

/** True when `root` is still a folder on disk. */
export async function gardenStillThere(root: string): Promise<boolean> {
  return (await stat(root).catch(() => null))?.isDirectory() ?? false;
}

/**
 * Creates `dir` and the folders above it inside the garden, but never the garden itself: a
 * garden moved away while the app runs must not reappear, half empty, where it was.
 */
export async function ensureFolderInside(root: string, dir: string): Promise<void> {
  if (!(await gardenStillThere(root))) throw new GardenError('not-found', gardenGoneMessage(root));
  if (!isInside(root, dir)) throw new GardenError('outside-garden', `"${dir}" is outside the garden.`);
  await mkdir(dir, { recursive: true });
}

/**
 * Follows symlinks of the deepest existing ancestor (the file itself may not exist yet) and
 * checks the real location is still inside the garden's real location.
 */
export async function assertRealInside(root: string, absolute: string, depth = 0): Promise<void> {
  if (depth > 40) throw new GardenError('bad-input', 'That path is a symlink loop.');
  const realRoot = await realpath(root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new GardenError('not-found', gardenGoneMessage(root));
    throw error;
  });
  let probe = absolute;
  for (;;) {
    try {
      const real = await realpath(probe);
      const rest = path.relative(probe, absolute);
      if (!isInside(realRoot, path.join(real, rest))) {
        throw new GardenError('outside-garden', 'That file is a link to a place outside the garden, so the app will not touch it.');
      }
      return;
    } catch (error) {
      if (error instanceof GardenError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') throw new GardenError('bad-input', 'That path is a symlink loop.');
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      // A dangling symlink: judge it by where it would lead once its target exists.
      const link = await readlink(probe).catch(() => null);
      if (link !== null) {
        const target = path.resolve(await realpath(path.dirname(probe)), link);
        return assertRealInside(root, path.join(target, path.relative(probe, absolute)), depth + 1);
      }
      const parent = path.dirname(probe);
      if (parent === probe) return;
      probe = parent;
    }
  }
}

// Windows treats a name as the device when the part before the first dot, trailing spaces
// ignored, is reserved: `NUL.txt`, `nul .md` and `COM1.tar.gz` are all devices.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])\s*(?=\.|$)/i;
// Characters some OS refuses in a file name, plus '#', '^', '[', ']' and '|', which would
// break a wikilink to the file (Obsidian refuses them in names for the same reason).
const FORBIDDEN_CHARS = /[<>:"/\\|?*#^[\]\p{Cc}]/gu;
const MAX_NAME_BYTES = 200;

/**
 * Maps a title to a safe file-name stem (no extension). Never returns an empty string,
 * a reserved name, `.`/`..`, or a name with a leading dot (which would hide the file).
 */
export function safeFileStem(title: string): string {
  let stem = title.normalize('NFC').replace(FORBIDDEN_CHARS, ' ').replace(/\s+/g, ' ').trim();
  stem = stem.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (stem === '') stem = 'Untitled';
  if (WINDOWS_RESERVED.test(stem)) stem = stem.replace(WINDOWS_RESERVED, '$1 (note)');
  while (Buffer.byteLength(stem, 'utf8') > MAX_NAME_BYTES) stem = Array.from(stem).slice(0, -1).join('').replace(/[.\s]+$/, '');
  return stem;
}
