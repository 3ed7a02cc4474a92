/**
 * Where a window may go. Our windows only ever show our own renderer: any attempt to
 * navigate elsewhere or open a new window is refused, and a link the user clicked that
 * leads to the web or to a mail address is handed to the external-link wrapper instead
 * (which asks first). Pure decisions, so they are tested without Electron.
 */
import { parseExternalUrl } from './external-links';
import { isSameOrigin } from './origin';

/** Navigation stays inside the app origin (`app://bundle`, or the dev server in dev). */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  return isSameOrigin(url, appOrigin);
}

export type NavigationDecision = { allow: true } | { allow: false; openExternally: boolean };

/** For `will-navigate`: stay if ours; otherwise stop, and offer web/mail links outside. */
export function decideNavigation(url: string, appOrigin: string): NavigationDecision {
  if (isAllowedNavigation(url, appOrigin)) return { allow: true };
  return { allow: false, openExternally: parseExternalUrl(url).ok };
}

export interface WindowOpenDecision {
  /** New windows are never created: the app has exactly the windows it makes itself. */
  action: 'deny';
  openExternally: boolean;
}

/**
 * For `setWindowOpenHandler` (`target="_blank"`, `window.open`). Always deny; a web or
 * mail link goes to the external-link wrapper, unless it points back into the app (then
 * there is nothing to open outside).
 */
export function decideWindowOpen(url: string, appOrigin?: string): WindowOpenDecision {
  if (appOrigin !== undefined && isSameOrigin(url, appOrigin)) return { action: 'deny', openExternally: false };
  return { action: 'deny', openExternally: parseExternalUrl(url).ok };
}
