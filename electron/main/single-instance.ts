/**
 * One app instance: a second launch quits at once and the first comes to the front (its
 * window restored if minimised), so two processes never write the same garden. Electron's
 * objects are passed in, so this is tested with fakes (tests/unit/electron/main).
 */
export interface InstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** True when this process holds the lock; otherwise it has been asked to quit. */
export function claimSingleInstance(app: InstanceApp, onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', onSecondInstance);
  return true;
}

/** Brings `window` to the front; with no window open (yet), `open` makes one. */
export function bringToFront(window: FocusableWindow | undefined, open: () => void): void {
  if (!window) {
    open();
    return;
  }
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
