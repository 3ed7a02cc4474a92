/**
 * The garden needs no camera, microphone, location, notifications, MIDI, HID, serial,
 * clipboard-read or HTML fullscreen, so every permission is refused, both when a page
 * asks (request) and when Chromium checks silently (check); Electron's default is to
 * grant most of them. Typing, copy and paste, and the menu's full-screen toggle need
 * none of these.
 *
 * One request is not simply dropped: a `mailto:` (or other non-web) link clicked in a
 * note reaches Chromium's external-protocol handler as an "openExternal" permission
 * request. It is still denied, and its URL is handed to the external-link wrapper, which
 * applies its own allow-list and asks the user.
 */

/** The two `Session` setters used; a real `session.defaultSession` fits. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler:
      | ((webContents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void)
      | null,
  ): void;
  setPermissionCheckHandler(handler: ((webContents: unknown, permission: string) => boolean) | null): void;
}

export interface PermissionDeps {
  /** The external-link wrapper; fire and forget. */
  openExternal(url: string): void;
}

function externalUrlOf(details: unknown): string | null {
  if (typeof details !== 'object' || details === null) return null;
  const url = (details as { externalURL?: unknown }).externalURL;
  return typeof url === 'string' ? url : null;
}

export function denyAllPermissions(session: PermissionSession, deps: PermissionDeps): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(false);
    const externalUrl = permission === 'openExternal' ? externalUrlOf(details) : null;
    if (externalUrl !== null) deps.openExternal(externalUrl);
  });
  session.setPermissionCheckHandler(() => false);
}
