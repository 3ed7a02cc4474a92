/** Lets the "Search…" command put the cursor in the search box when the view is already open. */
const listeners = new Set<() => void>();

export function requestSearchFocus(): void {
  listeners.forEach((listener) => listener());
}

export function onSearchFocusRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
