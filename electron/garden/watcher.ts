/**
 * Feeds edits made outside the app into the same update path as in-app edits.
 * chokidar's awaitWriteFinish waits until a file's size stops changing, so a slow,
 * chunked external save is adopted once, whole, never half-written.
 */
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { toGardenPath } from './paths';
import type { Garden } from './garden';

export interface WatchOptions {
  /**
   * How long a file must stay unchanged before it is read (ms). 100 ms by default: long
   * enough for a save written in pieces (an editor streaming a large file, a sync tool), short
   * enough that an outside edit reaches every view within QUALITY.md's 150 ms.
   */
  settleMs?: number;
  onError?: (message: string) => void;
}

export function watchGarden(garden: Garden, options: WatchOptions = {}): FSWatcher {
  const settle = options.settleMs ?? 100;
  const watcher = watch(garden.root, {
    ignoreInitial: true,
    // Hidden folders (.git, .obsidian, .garden) and our own temp files are not the garden.
    ignored: (file) => path.relative(garden.root, file).split(path.sep).some((seg) => seg.startsWith('.')),
    awaitWriteFinish: { stabilityThreshold: settle, pollInterval: Math.max(10, Math.floor(settle / 5)) },
    atomic: true,
    // As in walk.ts: symlinked folders are not followed. Following them watched folders outside
    // the garden and, for a link back to the garden, recursed ~40 levels deep with an ELOOP
    // warning per level (and exponentially with two such links).
    followSymlinks: false,
  });
  const apply = (file: string) => void garden.applyFile(file).catch((error: unknown) => options.onError?.(String(error)));
  watcher.on('add', apply);
  watcher.on('change', apply);
  watcher.on('unlink', (file) => garden.forget(toGardenPath(garden.root, file)));
  watcher.on('unlinkDir', (dir) => garden.forgetFolder(toGardenPath(garden.root, dir)));
  watcher.on('error', (error) => options.onError?.(`Watching the garden failed: ${String(error)}`));
  return watcher;
}
