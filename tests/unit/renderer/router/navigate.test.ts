// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { navigate, replaceRoute } from '../../../../renderer/src/router/navigate';

afterEach(() => {
  window.location.hash = '';
});

describe('navigate and replaceRoute', () => {
  it('navigate adds a history entry and announces the change', async () => {
    window.location.hash = '#/plants';
    const before = window.history.length;
    const heard = new Promise<void>((resolve) => window.addEventListener('hashchange', () => resolve(), { once: true }));
    navigate('#/tags');
    await heard;
    expect(window.location.hash).toBe('#/tags');
    expect(window.history.length).toBe(before + 1);
  });

  it('replaceRoute changes the address in place and fires hashchange itself', () => {
    window.location.hash = '#/search';
    const before = window.history.length;
    const listener = vi.fn();
    window.addEventListener('hashchange', listener);
    replaceRoute('#/search?q=scaf');
    expect(window.location.hash).toBe('#/search?q=scaf');
    expect(window.history.length).toBe(before);
    expect(listener).toHaveBeenCalledTimes(1);
    replaceRoute('#/search?q=scaf');
    expect(listener).toHaveBeenCalledTimes(1);
    window.removeEventListener('hashchange', listener);
  });
});
