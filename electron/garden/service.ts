/**
 * The garden service: what both doors call. It validates every input against the
 * contract, dispatches to the open garden, and turns every failure into a CallResult
 * with a readable message. Doors add only the caller check and the transport.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { FSWatcher } from 'chokidar';
import {
  api, describeInputError, GardenError, type CallResult, type EventName, type Events, type GardenInfo, type MethodName, type Output, type ParsedInput,
} from '../../shared/api';
import { Garden } from './garden';
import { gardenGoneMessage, gardenStillThere } from './paths';
import { ensureSampleGarden } from './sample';
import { editingHandlers } from './handlers/editing';
import { exportHandlers } from './handlers/exports';
import { networkHandlers } from './handlers/network';
import type { PageFetcher } from './network/page-meta';
import { importHandlers } from './handlers/imports';
import { layoutHandlers } from './handlers/layout';
import { portfolioHandlers } from './handlers/portfolio';
import { chromiumPrinter, findChromium, NO_CHROMIUM, type PdfPrinter } from './export/portfolio/pdf-chromium';
import { viewHandlers } from './handlers/views';
import { noteHandlers } from './handlers/notes';
import { searchHandlers } from './handlers/search';
import { buildSnapshot } from './snapshot';
import { openStateFile, type OpenedState } from './state-file';
import { appStateSchema, defaultAppState, type AppState } from './state-schemas';
import { watchGarden } from './watcher';

export type EventListener = <E extends EventName>(event: E, payload: Events[E]) => void;

export interface GardenService {
  /** Validates `rawInput` with the method's schema, then runs it. Never throws. */
  call<K extends MethodName>(name: K, rawInput: unknown): Promise<CallResult<Output<K>>>;
  subscribe(listener: EventListener): () => void;
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** Where app-wide state (recent gardens) and the first-run sample copy live. */
  userDataDir: string;
  /** Folder holding `sample-garden/` and `sample-garden.json`. */
  resourcesDir: string;
  /** A garden to open now; otherwise the most recent one, else a fresh sample copy. */
  initialRoot?: string;
  /** Injected clock, so tests are exact. */
  now?: () => Date;
  /** Watch for outside edits (off in one-shot uses such as the CLI). */
  watch?: boolean;
  /**
   * Fetches a page's title and description for a source added by address. Only the desktop
   * app passes one; without it (browser mode, the CLI, tests) the core never uses the network.
   */
  fetchPage?: PageFetcher | null;
  /** Prints the portfolio to PDF (Electron's printToPDF in the desktop app); else a local Chromium, where one is found. */
  printPdf?: PdfPrinter;
}

type Handlers = { [K in MethodName]: (input: ParsedInput<K>) => Promise<Output<K>> | Output<K> };

const MAX_RECENT = 10;

export async function createGardenService(options: ServiceOptions): Promise<GardenService> {
  const now = options.now ?? (() => new Date());
  const listeners = new Set<EventListener>();
  const emit: EventListener = (event, payload) => {
    for (const listener of listeners) listener(event, payload);
  };
  await mkdir(options.userDataDir, { recursive: true });
  const appState: OpenedState<AppState> = await openStateFile(path.join(options.userDataDir, 'state.json'), appStateSchema, defaultAppState, now);

  let garden: Garden | null = null;
  let watcher: FSWatcher | null = null;

  const info = (g: Garden): GardenInfo => ({
    root: g.root,
    name: g.name,
    plantCount: g.index.plantCount,
    warnings: [...(appState.warning ? [appState.warning] : []), ...g.warnings],
  });

  async function open(root: string): Promise<GardenInfo> {
    const next = await Garden.open(root, {
      now,
      onProgress: (event) => emit('index.progress', event),
      onChange: (event) => emit('garden.changed', event),
    });
    await closeGarden();
    garden = next;
    if (options.watch !== false) watcher = watchGarden(next, { onError: (message) => next.warnings.push(message) });
    const recent = appState.db.data.recent.filter((r) => r.root !== next.root);
    appState.db.data.recent = [{ root: next.root, name: next.name, openedAt: now().toISOString() }, ...recent].slice(0, MAX_RECENT);
    await appState.db.write().catch(() => undefined);
    const opened = info(next);
    emit('garden.opened', opened);
    return opened;
  }

  async function closeGarden(): Promise<void> {
    await watcher?.close();
    watcher = null;
    await garden?.saveCache().catch(() => undefined);
    garden = null;
  }

  function current(): Garden {
    if (!garden) throw new GardenError('no-garden', 'No garden is open. Open a folder or the sample garden.');
    return garden;
  }

  const context = { current };
  const handlers: Handlers = {
    'garden.info': () => info(current()),
    'garden.recent': () => appState.db.data.recent,
    'garden.open': async ({ root, create }) => {
      if (!path.isAbsolute(root)) throw new GardenError('bad-input', `Type the folder's full path, for example ${path.join(options.userDataDir, 'My Garden')}.`);
      if (create) {
        await mkdir(root, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
          throw new GardenError('io', `Could not create the folder ${root}: ${error.code === 'EACCES' ? 'permission was denied' : error.message}.`);
        });
      }
      return open(root);
    },
    'garden.snapshot': () => {
      const g = current();
      return buildSnapshot(g.index, g.name, g.today(), g.healthSettings());
    },
    ...noteHandlers(context),
    ...editingHandlers(context),
    ...searchHandlers(context),
    ...importHandlers(context),
    ...layoutHandlers(context),
    ...networkHandlers(context, options.fetchPage ?? null),
    ...exportHandlers(context),
    ...portfolioHandlers(context, {
      onProgress: (event) => emit('portfolio.progress', event),
      pdf: () => {
        if (options.printPdf) return { printPdf: options.printPdf };
        const chromium = findChromium();
        return chromium ? { printPdf: chromiumPrinter(chromium) } : { printPdf: null, noPdfReason: NO_CHROMIUM };
      },
    }),
    ...viewHandlers(context),
  };

  // First run: the given garden, else the most recent that still opens, else a sample copy.
  const candidates = [options.initialRoot, ...appState.db.data.recent.map((r) => r.root)].filter((r): r is string => Boolean(r));
  for (const root of candidates) {
    try {
      await open(root);
      break;
    } catch {
      if (root === options.initialRoot) throw new GardenError('not-found', `Could not open the garden at ${root}.`);
    }
  }
  if (!garden) {
    await open(await ensureSampleGarden(options.userDataDir, options.resourcesDir, now()));
  }

  return {
    async call(name, rawInput) {
      // hasOwn, not `in`: a name such as "__proto__" or "constructor" must not reach a handler.
      if (typeof name !== 'string' || !Object.hasOwn(api, name)) return { ok: false, error: { code: 'bad-input', message: `Unknown request "${String(name)}".` } };
      const parsed = api[name].input.safeParse(rawInput ?? {});
      if (!parsed.success) return { ok: false, error: { code: 'bad-input', message: describeInputError(parsed.error) } };
      try {
        const handler = handlers[name] as (input: unknown) => unknown;
        return { ok: true, value: (await handler(parsed.data)) as Output<typeof name> };
      } catch (error) {
        if (error instanceof GardenError) return { ok: false, error: { code: error.code, message: error.message } };
        // Whatever failed (a settings write, a listing), a garden moved away is the reason to give.
        if (garden && !(await gardenStillThere(garden.root))) return { ok: false, error: { code: 'not-found', message: gardenGoneMessage(garden.root) } };
        return { ok: false, error: { code: 'internal', message: `Something went wrong: ${error instanceof Error ? error.message : String(error)}` } };
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: closeGarden,
  };
}
