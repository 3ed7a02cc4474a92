import { useEffect } from 'react';
import type { Route } from '../router/routes';
import { recentNotes, type RecentNotesStore } from './recent-notes';

/** Each note route visited goes to the front of the garden's recent notes. */
export function useRecordVisit(route: Route, root: string | undefined, store: RecentNotesStore = recentNotes): void {
  useEffect(() => {
    if (route.name === 'note' && root) store.visit(root, route.path);
  }, [route, root, store]);
}
