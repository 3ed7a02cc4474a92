/** One instance per user: a second launch quits and the first one comes to the front. */
import { describe, expect, it } from 'vitest';
import { bringToFront, claimSingleInstance, type FocusableWindow, type InstanceApp } from '../../../../electron/main/single-instance';

function fakeApp(lockFree: boolean) {
  const calls: string[] = [];
  let listener: (() => void) | null = null;
  const app: InstanceApp = {
    requestSingleInstanceLock: () => lockFree,
    quit: () => void calls.push('quit'),
    on: (_event, l) => (listener = l),
  };
  return { app, calls, secondLaunch: () => listener?.() };
}

function fakeWindow(minimised: boolean) {
  const calls: string[] = [];
  const window: FocusableWindow = {
    isMinimized: () => minimised,
    restore: () => void calls.push('restore'),
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
  };
  return { window, calls };
}

describe('single instance', () => {
  it('a second launch quits before doing anything', () => {
    const second = fakeApp(false);
    let focused = 0;
    expect(claimSingleInstance(second.app, () => (focused += 1))).toBe(false);
    expect(second.calls).toEqual(['quit']);
    second.secondLaunch();
    expect(focused).toBe(0);
  });

  it('the first instance keeps running and comes to the front when another is launched', () => {
    const first = fakeApp(true);
    const { window, calls } = fakeWindow(true);
    expect(claimSingleInstance(first.app, () => bringToFront(window, () => calls.push('open')))).toBe(true);
    expect(first.calls).toEqual([]);
    first.secondLaunch();
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });

  it('opens a window when none is open yet', () => {
    const opened: string[] = [];
    bringToFront(undefined, () => opened.push('open'));
    expect(opened).toEqual(['open']);
  });
});
