import { describe, expect, it, vi } from 'vitest';
import type { CallResult, MethodName } from '../../../../shared/api';
import type { GardenService } from '../../../../electron/garden/service';
import { createMenuActions, type MenuActionDeps } from '../../../../electron/main/menu-actions';

function setup(overrides: Partial<MenuActionDeps> = {}, answer: CallResult<unknown> = { ok: true, value: {} }) {
  const call = vi.fn(async (_name: MethodName, _input: unknown) => answer);
  const deps = {
    service: { call } as unknown as Pick<GardenService, 'call'>,
    chooseFolder: vi.fn(async (_purpose: 'open' | 'new'): Promise<string | undefined> => '/gardens/chosen'),
    warn: vi.fn(async (_message: string, _detail: string) => undefined),
    showAbout: vi.fn(async () => undefined),
    prepareSampleGarden: vi.fn(async () => '/user-data/Sample Garden'),
    ...overrides,
  };
  return { actions: createMenuActions(deps), deps, call };
}

/** Menu actions are fire-and-forget; let their promises settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createMenuActions', () => {
  it.each([
    ['openGarden', 'open'],
    ['newGarden', 'new'],
  ] as const)('%s asks for a folder (%s) and opens it through the service', async (action, purpose) => {
    const { actions, deps, call } = setup();
    actions[action]();
    await settle();
    expect(deps.chooseFolder).toHaveBeenCalledExactlyOnceWith(purpose);
    expect(call).toHaveBeenCalledExactlyOnceWith('garden.open', { root: '/gardens/chosen' });
    expect(deps.warn).not.toHaveBeenCalled();
  });

  it('does nothing when the folder dialog is cancelled', async () => {
    const { actions, call, deps } = setup({ chooseFolder: vi.fn(async () => undefined) });
    actions.openGarden();
    await settle();
    expect(call).not.toHaveBeenCalled();
    expect(deps.warn).not.toHaveBeenCalled();
  });

  it("shows the service's readable message when the garden does not open", async () => {
    const { actions, deps } = setup({}, { ok: false, error: { code: 'not-found', message: 'There is no folder at /gone.' } });
    actions.openRecent('/gone');
    await settle();
    expect(deps.warn).toHaveBeenCalledExactlyOnceWith('The garden could not be opened', 'There is no folder at /gone.');
  });

  it('opens the sample garden after making sure the copy exists', async () => {
    const { actions, deps, call } = setup();
    actions.openSampleGarden();
    await settle();
    expect(deps.prepareSampleGarden).toHaveBeenCalledTimes(1);
    expect(call).toHaveBeenCalledExactlyOnceWith('garden.open', { root: '/user-data/Sample Garden' });
  });

  it('reports an unexpected failure instead of leaving an unhandled rejection', async () => {
    const { actions, deps, call } = setup({
      prepareSampleGarden: vi.fn(async () => Promise.reject(new Error('resources/sample-garden is missing'))),
    });
    actions.openSampleGarden();
    await settle();
    expect(call).not.toHaveBeenCalled();
    expect(deps.warn).toHaveBeenCalledExactlyOnceWith('Something went wrong', 'resources/sample-garden is missing');
  });

  it('shows About', async () => {
    const { actions, deps } = setup();
    actions.showAbout();
    await settle();
    expect(deps.showAbout).toHaveBeenCalledTimes(1);
  });
});
