/**
 * The garden as the page knows it: which garden is open, its snapshot, the recent list
 * and indexing progress, kept live from the core's events.
 * - `garden.changed` → merge the delta into the snapshot (apply-change.ts); while a
 *   snapshot request is in flight, ask again instead (its answer may predate the change);
 * - `garden.opened`  → adopt the new garden: info, snapshot, recent, and bump `epoch`
 *   so open views read their data again;
 * - `index.progress` → progress, shown while the phase is not `ready`;
 * - a new calendar day (the app left open past midnight, a laptop woken the next morning) →
 *   a fresh snapshot: every plant's health and the snapshot's `today` are as of the day it
 *   was made, and a change event refreshes only the plants it names.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChangedEvent, GardenInfo, GardenSnapshot, ProgressEvent, RecentGarden } from '../../../shared/api';
import { localIsoDate } from '../../../shared/dates';
import { ClientError, type Client } from '../api/client';
import { applyChange } from './apply-change';

/** How often the page looks whether the day has changed (also on focus and when shown again). */
export const DAY_CHECK_MS = 60_000;

export interface GardenState {
  /** null until known; `noGarden` says whether none is open. */
  info: GardenInfo | null;
  noGarden: boolean;
  snapshot: GardenSnapshot | null;
  recent: readonly RecentGarden[];
  progress: ProgressEvent | null;
  /** Grows each time a garden is (re)opened, so views re-read what they show. */
  epoch: number;
  opening: boolean;
  /** Opens (or creates, for an empty folder) the garden at an absolute path. True on success. */
  /** Opens a folder as the garden; with `create`, makes the folder first. */
  openGarden(root: string, create?: boolean): Promise<boolean>;
}

interface Effects {
  report(error: unknown): void;
  warn(message: string): void;
}

const isNoGarden = (error: unknown) => error instanceof ClientError && error.code === 'no-garden';

export function useGardenState(client: Client, { report, warn }: Effects): GardenState {
  const [info, setInfo] = useState<GardenInfo | null>(null);
  const [noGarden, setNoGarden] = useState(false);
  const [snapshot, setSnapshot] = useState<GardenSnapshot | null>(null);
  const [recent, setRecent] = useState<readonly RecentGarden[]>([]);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [epoch, setEpoch] = useState(0);
  const [opening, setOpening] = useState(false);
  const snapshotRequest = useRef(0);
  const snapshotLoading = useRef(false);

  const loadSnapshot = useCallback(async () => {
    const request = ++snapshotRequest.current;
    snapshotLoading.current = true;
    try {
      const next = await client.call('garden.snapshot', {});
      if (request === snapshotRequest.current) setSnapshot(next);
    } catch (error) {
      if (request !== snapshotRequest.current) return;
      if (isNoGarden(error)) setSnapshot(null);
      else report(error);
    } finally {
      if (request === snapshotRequest.current) snapshotLoading.current = false;
    }
  }, [client, report]);

  const onChanged = useCallback(
    (change: ChangedEvent) => {
      if (snapshotLoading.current) void loadSnapshot();
      else setSnapshot((current) => (current ? applyChange(current, change) : current));
    },
    [loadSnapshot],
  );

  const loadRecent = useCallback(async () => {
    try {
      setRecent(await client.call('garden.recent', {}));
    } catch (error) {
      report(error);
    }
  }, [client, report]);

  const adopt = useCallback(
    (opened: GardenInfo) => {
      setInfo(opened);
      setNoGarden(false);
      setEpoch((e) => e + 1);
      for (const warning of opened.warnings) warn(warning);
      void loadSnapshot();
      void loadRecent();
    },
    [loadSnapshot, loadRecent, warn],
  );

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const current = await client.call('garden.info', {});
        if (live) adopt(current);
      } catch (error) {
        if (!live) return;
        if (isNoGarden(error)) {
          setNoGarden(true);
          void loadRecent();
        } else report(error);
      }
    })();
    return () => {
      live = false;
    };
  }, [client, adopt, loadRecent, report]);

  useEffect(() => {
    const offs = [
      client.on('index.progress', setProgress),
      client.on('garden.changed', onChanged),
      client.on('garden.opened', adopt),
    ];
    return () => offs.forEach((off) => off());
  }, [client, onChanged, adopt]);

  // The page's own clock decides that a day has passed (not a comparison with the snapshot's
  // `today`, which would ask forever if the page and the core ever disagreed on the zone).
  const hasSnapshot = snapshot !== null;
  useEffect(() => {
    if (!hasSnapshot) return;
    let seen = localIsoDate(new Date());
    const check = () => {
      const now = localIsoDate(new Date());
      if (now === seen) return;
      seen = now;
      void loadSnapshot();
    };
    const timer = setInterval(check, DAY_CHECK_MS);
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, [hasSnapshot, loadSnapshot]);

  const openGarden = useCallback(
    async (root: string, create = false) => {
      setOpening(true);
      try {
        adopt(await client.call('garden.open', create ? { root, create } : { root }));
        return true;
      } catch (error) {
        report(error);
        setProgress(null);
        return false;
      } finally {
        setOpening(false);
      }
    },
    [client, adopt, report],
  );

  return useMemo(
    () => ({ info, noGarden, snapshot, recent, progress, epoch, opening, openGarden }),
    [info, noGarden, snapshot, recent, progress, epoch, opening, openGarden],
  );
}
