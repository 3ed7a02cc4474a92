/**
 * The file-system calls the garden core makes, behind one small replaceable layer, so tests
 * can make the disk fail the way real disks do (full, permission denied, locked, read errors,
 * the garden folder gone) at exactly the call they choose. Each export has the signature of
 * the Node function of the same name, so a module switches by changing its import only.
 * Production never replaces it: `useDisk` is for tests (tests/unit/electron/garden/faults).
 */
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';

export interface Disk {
  readFile: typeof fsp.readFile;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
  stat: typeof fsp.stat;
  lstat: typeof fsp.lstat;
  mkdir: typeof fsp.mkdir;
  readdir: typeof fsp.readdir;
  realpath: typeof fsp.realpath;
  readlink: typeof fsp.readlink;
  link: typeof fsp.link;
  unlink: typeof fsp.unlink;
  rmdir: typeof fsp.rmdir;
  /** Creates `file` (failing if it exists), writes `data`, flushes it to disk and closes it. */
  writeNewFile(file: string, data: string | Uint8Array, mode?: number): Promise<void>;
  /** Flushes a folder's entries (a rename) to disk. */
  syncFolder(dir: string): Promise<void>;
  readFileSync: typeof fs.readFileSync;
  readdirSync: typeof fs.readdirSync;
  statSync: typeof fs.statSync;
  realpathSync: typeof fs.realpathSync;
}

export const nodeDisk: Disk = {
  readFile: fsp.readFile,
  rename: fsp.rename,
  rm: fsp.rm,
  stat: fsp.stat,
  lstat: fsp.lstat,
  mkdir: fsp.mkdir,
  readdir: fsp.readdir,
  realpath: fsp.realpath,
  readlink: fsp.readlink,
  link: fsp.link,
  unlink: fsp.unlink,
  rmdir: fsp.rmdir,
  async writeNewFile(file, data, mode) {
    const handle = await fsp.open(file, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  async syncFolder(dir) {
    const handle = await fsp.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  readFileSync: fs.readFileSync,
  readdirSync: fs.readdirSync,
  statSync: fs.statSync,
  realpathSync: fs.realpathSync,
};

let current: Disk = nodeDisk;

/** Makes the core use `disk` until the returned function is called (tests only). */
export function useDisk(disk: Disk): () => void {
  const previous = current;
  current = disk;
  return () => {
    current = previous;
  };
}

// Each export reads `current` at call time, so a module may import them by name.
function delegate<K extends keyof Disk>(name: K): Disk[K] {
  return ((...args: unknown[]) => (current[name] as unknown as (...a: unknown[]) => unknown)(...args)) as unknown as Disk[K];
}
export const readFile = delegate('readFile');
export const rename = delegate('rename');
export const rm = delegate('rm');
export const stat = delegate('stat');
export const lstat = delegate('lstat');
export const mkdir = delegate('mkdir');
export const readdir = delegate('readdir');
export const realpath = delegate('realpath');
export const readlink = delegate('readlink');
export const link = delegate('link');
export const unlink = delegate('unlink');
export const rmdir = delegate('rmdir');
export const writeNewFile = delegate('writeNewFile');
export const syncFolder = delegate('syncFolder');
export const readFileSync = delegate('readFileSync');
export const readdirSync = delegate('readdirSync');
export const statSync = delegate('statSync');
export const realpathSync = delegate('realpathSync');
