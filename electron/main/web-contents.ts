/**
 * Locks down every web contents the app creates (attached from `web-contents-created`,
 * so no window can be forgotten): no new windows, no navigation or redirect away from
 * our origin, no <webview>. The contents is passed in with only the members used, so
 * tests drive it with a small fake instead of mocking Electron.
 */
import { decideNavigation, decideWindowOpen, isAllowedNavigation } from './navigation';

interface Preventable {
  preventDefault(): void;
}
type NavigationEvent = Preventable & { url: string };

/** The part of Electron's `WebContents` this module touches. */
export interface HardenableContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
}

export interface HardeningDeps {
  /** `app://bundle`, or the dev server's origin in development. */
  appOrigin: string;
  /** The external-link wrapper (asks the user, then opens). Fire and forget. */
  openExternal(url: string): void;
}

export function hardenWebContents(contents: HardenableContents, deps: HardeningDeps): void {
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url, deps.appOrigin);
    if (decision.openExternally) deps.openExternal(url);
    return { action: 'deny' };
  });

  // A clicked link without target=_blank arrives here: keep the app, offer the link outside.
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url, deps.appOrigin);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternally) deps.openExternal(event.url);
  });

  // Subframes (there should be none: CSP frame-src 'none') and redirects are never a
  // user's choice of link, so they are stopped without offering anything.
  const stayHome = (event: NavigationEvent): void => {
    if (!isAllowedNavigation(event.url, deps.appOrigin)) event.preventDefault();
  };
  contents.on('will-frame-navigate', stayHome);
  contents.on('will-redirect', stayHome);

  contents.on('will-attach-webview', (event) => event.preventDefault());
}
