import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, type PermissionSession } from '../../../../electron/main/permissions';

type RequestHandler = NonNullable<Parameters<PermissionSession['setPermissionRequestHandler']>[0]>;
type CheckHandler = NonNullable<Parameters<PermissionSession['setPermissionCheckHandler']>[0]>;

function install() {
  const installed: { request?: RequestHandler | null; check?: CheckHandler | null } = {};
  const session: PermissionSession = {
    setPermissionRequestHandler: (handler) => (installed.request = handler),
    setPermissionCheckHandler: (handler) => (installed.check = handler),
  };
  const openExternal = vi.fn<(url: string) => void>();
  denyAllPermissions(session, { openExternal });
  const { request, check } = installed;
  if (!request || !check) throw new Error('both handlers must be installed');
  return { request, check, openExternal };
}

const PERMISSIONS = [
  'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fullscreen', 'geolocation', 'idle-detection',
  'media', 'mediaKeySystem', 'midi', 'midiSysex', 'notifications', 'pointerLock', 'keyboardLock', 'openExternal',
  'speaker-selection', 'storage-access', 'top-level-storage-access', 'window-management', 'unknown', 'fileSystem',
  'hid', 'serial', 'usb',
];

describe('denyAllPermissions', () => {
  it.each(PERMISSIONS)('refuses a request for %s', (permission) => {
    const { request } = install();
    const callback = vi.fn();
    request(null, permission, callback, {});
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it.each(PERMISSIONS)('answers no to a check for %s', (permission) => {
    const { check } = install();
    expect(check(null, permission)).toBe(false);
  });

  it('hands an external-protocol request (a clicked mailto: link) to the wrapper, still denying it', () => {
    const { request, openExternal } = install();
    const callback = vi.fn();
    request(null, 'openExternal', callback, { externalURL: 'mailto:a@example.com' });
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('mailto:a@example.com');
  });

  it('forwards nothing for other permissions or without a URL', () => {
    const { request, openExternal } = install();
    request(null, 'media', vi.fn(), { externalURL: 'https://example.com/' });
    request(null, 'openExternal', vi.fn(), {});
    request(null, 'openExternal', vi.fn(), null);
    request(null, 'openExternal', vi.fn(), { externalURL: 42 });
    expect(openExternal).not.toHaveBeenCalled();
  });
});
