/**
 * Each test gets a fresh copy of the sample garden and the app opened on it, through the
 * door the project names: the HTTP door in Chromium (browser mode), or the Electron app
 * itself where its binary exists. Specs only use `page`, `gardenRoot` and `shot`, so the
 * same spec runs against both.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, _electron, chromium, type Browser, type Page } from '@playwright/test';
import { chromiumPath } from './chromium';
import { electronBinary } from './electron-binary';
import { copySampleGarden } from '../../../electron/garden/sample';
import { createGardenService } from '../../../electron/garden/service';
import { startHttpDoor } from '../../../electron/server/http-door';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');


interface WorkerFixtures {
  /** Launches Chromium on first use only, so the Electron project never starts it. */
  lazyBrowser: () => Promise<Browser>;
}

interface Fixtures {
  gardenRoot: string;
  /** Saves a screenshot under tests/e2e/screenshots/<name>-<project>.png. */
  shot: (name: string) => Promise<void>;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  lazyBrowser: [
    async ({}, use) => {
      const launched: { browser?: Promise<Browser> } = {};
      await use(() => (launched.browser ??= chromium.launch({
        executablePath: chromiumPath(),
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      })));
      if (launched.browser) await (await launched.browser).close();
    },
    { scope: 'worker' },
  ],
  gardenRoot: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pln-e2e-'));
    const root = path.join(dir, 'Sample Garden');
    await copySampleGarden(path.join(projectRoot, 'resources'), root, new Date());
    await use(root);
    await rm(dir, { recursive: true, force: true });
  },
  page: async ({ lazyBrowser, gardenRoot }, use, testInfo) => {
    const userData = path.join(path.dirname(gardenRoot), 'user-data');
    if (testInfo.project.name === 'electron') {
      const binary = electronBinary();
      if (!binary) throw new Error('The electron project needs an Electron binary.');
      const app = await _electron.launch({
        executablePath: binary as string,
        args: [projectRoot, gardenRoot],
        env: { ...process.env, PLN_USER_DATA: userData },
      });
      const window = await app.firstWindow();
      await use(window);
      await app.close();
      return;
    }
    const service = await createGardenService({ userDataDir: userData, resourcesDir: path.join(projectRoot, 'resources'), initialRoot: gardenRoot });
    const door = await startHttpDoor({ service, rendererDir: path.join(projectRoot, 'out', 'renderer') });
    const context = await (await lazyBrowser()).newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(door.url);
    await use(page);
    await context.close();
    await door.close();
    await service.close();
  },
  shot: async ({ page }, use, testInfo) => {
    await use(async (name: string) => {
      await page.screenshot({ path: path.join(projectRoot, 'tests', 'e2e', 'screenshots', `${name}-${testInfo.project.name}.png`), fullPage: false });
    });
  },
});

export const expect = test.expect;
export type { Page };
