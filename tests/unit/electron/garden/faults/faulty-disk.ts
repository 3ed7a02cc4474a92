/**
 * A disk that fails on purpose: wraps the real one (electron/garden/disk.ts) and throws the
 * error a real disk would (same `code`, `syscall`, `path`) for the calls a test names.
 * A full disk can fail half-way through a write: `partial` writes half the bytes first.
 */
import { writeFile } from 'node:fs/promises';
import { afterEach } from 'vitest';
import { nodeDisk, useDisk, type Disk } from '../../../../../electron/garden/disk';

export type DiskCall = keyof Disk;

export interface Fault {
  call: DiskCall;
  code: 'ENOSPC' | 'EACCES' | 'EPERM' | 'EBUSY' | 'EIO' | 'ENOENT' | 'EROFS';
  /** Only calls whose first argument (a path) passes; default all. */
  when?: (file: string) => boolean;
  /** How many calls fail before the disk works again; default every one. */
  times?: number;
  /** writeNewFile only: write half the bytes before failing, as a disk filling up does. */
  partial?: boolean;
}

const SYNC = new Set<DiskCall>(['readFileSync', 'readdirSync', 'statSync', 'realpathSync']);

export function diskError(code: string, syscall: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated failure, ${syscall} '${file}'`), { code, syscall, path: file });
}

export class FaultyDisk {
  private faults: (Fault & { left: number })[] = [];
  /** Every call that failed on purpose: `call path`. */
  readonly failed: string[] = [];
  readonly disk: Disk;

  constructor() {
    const disk: Partial<Record<DiskCall, unknown>> = {};
    for (const name of Object.keys(nodeDisk) as DiskCall[]) {
      const real = nodeDisk[name] as unknown as (...args: unknown[]) => unknown;
      disk[name] = SYNC.has(name)
        ? (...args: unknown[]) => {
            const fault = this.take(name, args[0]);
            if (fault) throw diskError(fault.code, name, String(args[0]));
            return real(...args);
          }
        : async (...args: unknown[]) => {
            const fault = this.take(name, args[0]);
            if (!fault) return real(...args);
            if (fault.partial && name === 'writeNewFile') {
              const data = args[1] as string | Uint8Array;
              const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
              await writeFile(String(args[0]), bytes.subarray(0, Math.floor(bytes.length / 2)), { flag: 'wx' });
            }
            throw diskError(fault.code, name, String(args[0]));
          };
    }
    this.disk = disk as Disk;
  }

  inject(fault: Fault): this {
    this.faults.push({ ...fault, left: fault.times ?? Number.POSITIVE_INFINITY });
    return this;
  }

  /** The disk works again (space freed, lock released, permission given back). */
  heal(): void {
    this.faults = [];
  }

  private take(name: DiskCall, file: unknown): Fault | null {
    const fault = this.faults.find((f) => f.call === name && f.left > 0 && (!f.when || f.when(String(file))));
    if (!fault) return null;
    fault.left -= 1;
    this.failed.push(`${name} ${String(file)}`);
    return fault;
  }
}

/** Puts a FaultyDisk under the core for the current test; the real disk comes back after it. */
export function faultyDisk(): FaultyDisk {
  const faulty = new FaultyDisk();
  restores.push(useDisk(faulty.disk));
  return faulty;
}

const restores: (() => void)[] = [];
afterEach(() => {
  for (const restore of restores.splice(0).reverse()) restore();
});
