import { useEffect, useState } from 'react';
import type { GardenLayout } from '../../../../shared/api';
import { useClient } from '../../api/ClientContext';

/** The garden's saved map layout (`layout.get`), fetched again for each `epoch`; null until it arrives. */
export function useSavedLayout(epoch: number): GardenLayout | null {
  const client = useClient();
  const [layout, setLayout] = useState<{ epoch: number; layout: GardenLayout } | null>(null);
  useEffect(() => {
    let live = true;
    client.call('layout.get', {}).then(
      (value) => live && setLayout({ epoch, layout: value }),
      // No saved layout to be had: the map lays itself out afresh.
      () => live && setLayout({ epoch, layout: { positions: {}, pinned: [] } }),
    );
    return () => {
      live = false;
    };
  }, [client, epoch]);
  return layout && layout.epoch === epoch ? layout.layout : null;
}
