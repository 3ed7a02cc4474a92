/**
 * Moving between routes from code. `navigate` adds a history entry, as following a link
 * does; `replaceRoute` changes the address in place (a search box typing its query into
 * the address must not leave one history entry per keystroke). replaceState fires no
 * `hashchange`, so it announces one itself for useRoute to follow.
 */
export function navigate(href: string): void {
  if (window.location.hash === href) return;
  window.location.hash = href;
}

export function replaceRoute(href: string): void {
  if (window.location.hash === href) return;
  const url = new URL(window.location.href);
  url.hash = href;
  window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
