/**
 * The app-wide data folder, the same one Electron's app.getPath('userData') gives for the
 * product name, so the desktop app, browser mode and the CLI share recent gardens and the
 * sample copy. PLN_USER_DATA overrides it (tests, portable installs).
 */
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'PLN Garden';

export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.PLN_USER_DATA) return path.resolve(env.PLN_USER_DATA);
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}
