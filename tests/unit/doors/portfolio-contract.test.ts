/**
 * The portfolio methods through both doors (IPC through the real preload bridge, HTTP on
 * 127.0.0.1): the dry run, the export with its progress events, and readable refusals.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlnBridge } from '../../../shared/api';
import type { PortfolioProgressEvent } from '../../../shared/portfolio';
import { createGardenService, type GardenService } from '../../../electron/garden/service';
import { startHttpDoor } from '../../../electron/server/http-door';
import { connectIpcDoor } from '../electron/main/fakes';
import { connectHttp } from './http-bridge';

const resourcesDir = path.resolve(__dirname, '../../../resources');

const doors: Record<string, (service: GardenService) => Promise<{ bridge: PlnBridge; dispose(): Promise<void> }>> = {
  ipc: async (service) => {
    const door = connectIpcDoor(service);
    return { bridge: door.ours.bridge, dispose: async () => door.dispose() };
  },
  http: async (service) => {
    const door = await startHttpDoor({ service, rendererDir: path.join(os.tmpdir(), 'no-renderer-here') });
    const session = await connectHttp(door.url);
    return { bridge: session.bridge, dispose: async () => { session.close(); await door.close(); } };
  },
};

describe.each(Object.keys(doors))('portfolio through the %s door', (kind) => {
  let dir: string;
  let service: GardenService;
  let door: { bridge: PlnBridge; dispose(): Promise<void> };

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), `pln-portfolio-door-${kind}-`));
    // A printer that cannot print, so these tests never need a browser.
    service = await createGardenService({ userDataDir: dir, resourcesDir, watch: false, printPdf: async () => { throw new Error('no printer in this test'); } });
    door = await (doors[kind] as (s: GardenService) => Promise<typeof door>)(service);
  });

  afterEach(async () => {
    await door.dispose();
    await service.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('plans without writing, naming every person as they will appear', async () => {
    const result = await door.bridge.call('portfolio.plan', {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.notes.map((n) => n.title)).toContain('Scaffolding');
    expect(result.value.personalData).toContain('Sam Whitford: an anonymous role (“a colleague in research methods”); no handle, email, address, phone or interaction note.');
    expect(existsSync(path.join(dir, 'Sample Garden', '.garden', 'exports'))).toBe(false);
  });

  it('exports under the garden with progress events', async () => {
    const events: PortfolioProgressEvent[] = [];
    const stop = door.bridge.on('portfolio.progress', (event) => events.push(event));
    const result = await door.bridge.call('portfolio.export', { choices: { style: 'harvard1' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.folder).toMatch(/[/\\]\.garden[/\\]exports[/\\]\d{4}-\d{2}-\d{2}$/);
    expect(existsSync(result.value.index)).toBe(true);
    await expect.poll(() => events.map((e) => e.phase).at(-1)).toBe('done');
    expect(new Set(events.map((e) => e.phase))).toEqual(new Set(['collecting', 'rendering', 'writing', 'done']));
    stop();
  });

  it('refuses a relative folder, a folder holding other files, and an unknown style, in words', async () => {
    const relative = await door.bridge.call('portfolio.export', { out: 'site' });
    expect(relative).toEqual({ ok: false, error: { code: 'bad-input', message: 'Give the folder\'s full path, not "site".' } });
    await writeFile(path.join(dir, 'notes.txt'), 'mine');
    const busy = await door.bridge.call('portfolio.export', { out: dir });
    expect(busy.ok).toBe(false);
    if (!busy.ok) expect(busy.error.message).toBe(`${dir} is not empty and holds no earlier portfolio; choose an empty or new folder.`);
    const style = await door.bridge.call('portfolio.plan', { choices: { style: 'mla' as never } });
    expect(style.ok).toBe(false);
    if (!style.ok) expect(style.error.code).toBe('bad-input');
  });
});
