import { startTransition, useEffect, useMemo, useState } from 'react';
import { parseHash, type Route } from './routes';

const getHash = () => window.location.hash;

/**
 * The current route, following the address bar (back, forward and bookmarks work).
 *
 * A route change is a transition, not a synchronous update (as useSyncExternalStore's
 * always is): React renders the next view in slices, yielding to the browser, and runs its
 * effects after the frame. Opening the map at 1k plants was one 60-80 ms task the other way.
 */
export function useRoute(): Route {
  const [hash, setHash] = useState(getHash);
  useEffect(() => {
    const follow = () => startTransition(() => setHash(getHash()));
    window.addEventListener('hashchange', follow);
    follow(); // a change between the first render and this subscription
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return useMemo(() => parseHash(hash), [hash]);
}
