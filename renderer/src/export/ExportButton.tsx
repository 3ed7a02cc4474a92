/** One export (people as vCard, sources as BibTeX or CSL-JSON) as a button: asks the core, downloads, says how many. */
import { useState } from 'react';
import type { ExportFile } from '../../../shared/api';
import { messageOf } from '../api/client';
import { useClient } from '../api/ClientContext';
import { downloadFile } from './download';

export function ExportButton({ label, what, run }: { label: string; what: string; run: () => Promise<ExportFile> }) {
  const client = useClient();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const desktop = client.kind === 'electron';
  return (
    <span className="export-button">
      <button
        type="button"
        className="button small"
        disabled={busy}
        title={desktop ? 'Downloads the file; a Save dialog in the desktop app is not built yet.' : 'Downloads the file'}
        onClick={() => {
          setBusy(true);
          run()
            .then((file) => {
              downloadFile(file);
              setStatus({ text: `${file.fileName}: ${file.count} ${what}${desktop ? ' (downloaded; a Save dialog comes later)' : ''}`, error: false });
            })
            .catch((error: unknown) => setStatus({ text: messageOf(error), error: true }))
            .finally(() => setBusy(false));
        }}
      >
        {label}
      </button>
      {status && (
        <span className={status.error ? 'export-status form-error' : 'export-status muted small'} role="status">
          {status.text}
        </span>
      )}
    </span>
  );
}
