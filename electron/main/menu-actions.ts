/**
 * What the menu items do, with dialogs and the sample copy injected: choose a folder,
 * ask the service to open it, and tell the user in words when that fails. The service
 * then announces `garden.opened`, which refreshes every window and the Recent menu.
 * Menu clicks have no caller to catch an error, so every action reports its own.
 */
import type { GardenService } from '../garden/service';
import type { MenuActions } from './menu';

export interface MenuActionDeps {
  service: Pick<GardenService, 'call'>;
  /** A folder dialog (`openDirectory` + `createDirectory`); undefined when cancelled. */
  chooseFolder(purpose: 'open' | 'new'): Promise<string | undefined>;
  warn(message: string, detail: string): Promise<void>;
  showAbout(): Promise<void>;
  /** Makes sure the user's copy of the sample garden exists; returns its folder. */
  prepareSampleGarden(): Promise<string>;
}

export function createMenuActions(deps: MenuActionDeps): MenuActions {
  const openAt = async (root: string): Promise<void> => {
    const result = await deps.service.call('garden.open', { root });
    if (!result.ok) await deps.warn('The garden could not be opened', result.error.message);
  };
  const pickAndOpen = async (purpose: 'open' | 'new'): Promise<void> => {
    const root = await deps.chooseFolder(purpose);
    if (root !== undefined) await openAt(root);
  };
  const report = (task: () => Promise<void>): void => {
    task().catch((error: unknown) =>
      deps.warn('Something went wrong', error instanceof Error ? error.message : String(error)).catch(() => undefined),
    );
  };
  return {
    openGarden: () => report(() => pickAndOpen('open')),
    newGarden: () => report(() => pickAndOpen('new')),
    openRecent: (root) => report(() => openAt(root)),
    openSampleGarden: () => report(async () => openAt(await deps.prepareSampleGarden())),
    showAbout: () => report(() => deps.showAbout()),
  };
}
