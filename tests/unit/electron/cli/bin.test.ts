/** The installed `pln` entry point, run as a person runs it: a real process, through a shell pipe. */
import { spawnSync } from 'node:child_process';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../garden/helpers';

const projectRoot = path.resolve(__dirname, '../../../..');

describe('bin/pln.js', () => {
  it('stops quietly, with success, when its reader has closed the pipe (pln water | head)', async () => {
    const garden = path.join(await tempDir(), 'Garden');
    await cp(path.join(projectRoot, 'resources', 'sample-garden'), garden, { recursive: true });
    // `true` exits without reading, long before pln has started, so every write meets a closed pipe.
    const run = spawnSync('bash', ['-c', `node bin/pln.js water "${garden}" | true; echo "exit \${PIPESTATUS[0]}" >&2`], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr.trim()).toBe('exit 0');
  });
});
