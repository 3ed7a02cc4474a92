/**
 * Named views of the map, saved in the garden (`views.*`): choosing one brings back its
 * filters, colours, search, local focus and forces; "Save view" keeps the current ones.
 */
import { useEffect, useState } from 'react';
import type { ForceSettings, GraphOptions } from '../../../../shared/graph/model';
import { applySavedView, viewFromOptions, type SavedView } from '../../../../shared/graph/saved-view';
import { ClientError } from '../../api/client';
import { useClient } from '../../api/ClientContext';
import { useNotices } from '../../app/notices';

interface Props {
  options: GraphOptions;
  forces: ForceSettings;
  onApply(options: GraphOptions, forces: ForceSettings, name: string): void;
  current: string | null;
}

export function SavedViews({ options, forces, onApply, current }: Props) {
  const client = useClient();
  const { report, warn } = useNotices();
  const [views, setViews] = useState<SavedView[]>([]);
  const [naming, setNaming] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    client.call('views.list', {}).then((list) => live && setViews(list), () => undefined);
    return () => {
      live = false;
    };
  }, [client]);

  const failed = (error: unknown) => {
    if (error instanceof ClientError && error.code === 'read-only') warn('This garden opened read-only, so views cannot be saved.');
    else report(error);
  };

  const save = (name: string) => {
    const trimmed = name.trim();
    if (!trimmed) return;
    client.call('views.save', viewFromOptions(trimmed, options, forces)).then((list) => {
      setViews(list);
      setNaming(null);
      onApply(options, forces, list.find((v) => v.name.toLowerCase() === trimmed.toLowerCase())?.name ?? trimmed);
    }, failed);
  };

  return (
    <span className="graph-views" role="group" aria-label="Saved views">
      <label>
        View
        <select
          data-testid="graph-view-select"
          value={current ?? ''}
          onChange={(e) => {
            const view = views.find((v) => v.name === e.target.value);
            if (!view) return;
            const { options: o, forces: f } = applySavedView(view);
            onApply(o, f, view.name);
          }}
        >
          <option value="" disabled>
            {views.length ? 'Choose…' : 'None saved'}
          </option>
          {views.map((v) => (
            <option key={v.name} value={v.name}>
              {v.name}
            </option>
          ))}
        </select>
      </label>
      {naming === null ? (
        <button type="button" className="graph-button" data-testid="graph-view-save" onClick={() => setNaming(current ?? '')}>
          Save view…
        </button>
      ) : (
        <form
          className="graph-view-name"
          onSubmit={(e) => {
            e.preventDefault();
            save(naming);
          }}
        >
          <input
            type="text"
            aria-label="Name of the view"
            data-testid="graph-view-name"
            value={naming}
            maxLength={80}
            autoFocus
            onChange={(e) => setNaming(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setNaming(null)}
          />
          <button type="submit" className="graph-button" disabled={!naming.trim()}>
            Save
          </button>
        </form>
      )}
      {current && naming === null && (
        <button
          type="button"
          className="graph-button"
          aria-label={`Delete the view ${current}`}
          onClick={() => client.call('views.delete', { name: current }).then((list) => setViews(list), failed)}
        >
          Delete
        </button>
      )}
    </span>
  );
}
