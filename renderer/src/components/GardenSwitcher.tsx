/**
 * Shows the open garden and switches gardens: the recent list, and a folder path field
 * that opens an existing folder or makes an empty/new one a garden. A page has no native
 * folder dialog; in Electron the File menu offers one (File › Open Garden…), and this is
 * where a dialog button would go if the contract grows a method for it.
 */
import { useId, useState, type FormEvent } from 'react';
import { useClient } from '../api/ClientContext';
import { useGarden } from '../app/GardenContext';

export function GardenSwitcher() {
  const garden = useGarden();
  const client = useClient();
  const [expanded, setExpanded] = useState(false);
  const [folder, setFolder] = useState('');
  const fieldId = useId();
  const hintId = useId();
  const showMenu = expanded || garden.noGarden;
  // The snapshot follows live changes; GardenInfo's count is from when the garden opened.
  const plantCount = garden.snapshot?.plants.length ?? garden.info?.plantCount;

  async function open(root: string, create = false) {
    if (await garden.openGarden(root, create)) {
      setExpanded(false);
      setFolder('');
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const root = folder.trim();
    if (root) void open(root);
  }

  return (
    <section
      className="garden-switcher"
      aria-label="Garden"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && expanded) setExpanded(false);
      }}
    >
      <button type="button" className="garden-current" aria-expanded={showMenu} onClick={() => setExpanded((e) => !e)}>
        <span className="garden-mark" aria-hidden="true">❀</span>
        <span className="garden-text">
          <span className="garden-name" data-testid="garden-name">{garden.info?.name ?? (garden.noGarden ? 'No garden open' : 'Opening…')}</span>
          {garden.info && plantCount !== undefined && <span className="garden-meta">{plantCount.toLocaleString()} plants</span>}
        </span>
        <span className="chevron" aria-hidden="true">{showMenu ? '▴' : '▾'}</span>
      </button>
      {showMenu && (
        <div className="garden-menu">
          {garden.info && <p className="garden-root" title={garden.info.root}>{garden.info.root}</p>}
          <h2 className="menu-heading">Recent gardens</h2>
          {garden.recent.length === 0 ? (
            <p className="muted small">No recent gardens yet.</p>
          ) : (
            <ul className="recent-list">
              {garden.recent.map((recent) => (
                <li key={recent.root}>
                  <button
                    type="button"
                    className="recent-item"
                    disabled={garden.opening}
                    aria-current={recent.root === garden.info?.root ? 'true' : undefined}
                    onClick={() => void open(recent.root)}
                    title={recent.root}
                  >
                    <span className="recent-name">{recent.name}</span>
                    <span className="recent-root">{recent.root}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form className="open-folder" onSubmit={submit}>
            <label htmlFor={fieldId} className="menu-heading">Open folder… or create a new garden</label>
            <input
              id={fieldId}
              type="text"
              value={folder}
              onChange={(event) => setFolder(event.target.value)}
              placeholder="/home/you/My Garden"
              aria-describedby={hintId}
              spellCheck={false}
              autoComplete="off"
            />
            <div className="open-folder-actions">
              <button type="submit" className="button primary" disabled={garden.opening || folder.trim() === ''}>
                {garden.opening ? 'Opening…' : 'Open folder'}
              </button>
              <button
                type="button"
                className="button"
                disabled={garden.opening || folder.trim() === ''}
                onClick={() => void open(folder.trim(), true)}
              >
                Create new garden
              </button>
            </div>
            <p id={hintId} className="muted small">
              The full path of a folder. A folder of notes (an Obsidian vault works as it is) opens as a garden;
              Create new garden makes the folder if it does not exist yet.
              {client.kind === 'electron' && ' The File menu (Open Garden…) also offers the system folder dialog.'}
            </p>
          </form>
        </div>
      )}
    </section>
  );
}
