/**
 * Default cadence per circle, kept in the garden's own settings (`.garden/state.json`): how
 * often someone is watered when their file sets no `cadence:` of its own. Saving re-assesses
 * everyone at once (the core sends their new health).
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { GardenSettings } from '../../../../shared/api';
import { CIRCLES, type Circle } from '../../../../shared/types';
import { messageOf } from '../../api/client';
import { useClient } from '../../api/ClientContext';
import { Modal } from '../../palette/Modal';
import { CIRCLE_LABELS } from './labels';
import { FormFooter } from '../../components/FormFooter';

export function CadenceDialog({ onClose, onSaved }: { onClose(): void; onSaved(message: string): void }) {
  const client = useClient();
  const id = useId();
  const [settings, setSettings] = useState<GardenSettings | null>(null);
  const [values, setValues] = useState<Record<Circle, string>>({ professional: '', personal: '', both: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    client
      .call('settings.get', {})
      .then((s) => {
        if (!live) return;
        setSettings(s);
        setValues({ professional: String(s.cadenceByCircle.professional), personal: String(s.cadenceByCircle.personal), both: String(s.cadenceByCircle.both) });
      })
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [client]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed: Partial<Record<Circle, number>> = {};
    for (const circle of CIRCLES) {
      const n = Number(values[circle]);
      if (!Number.isInteger(n) || n < 1 || n > 3650) {
        setError(`${CIRCLE_LABELS[circle]}: give a whole number of days from 1 to 3,650.`);
        return;
      }
      parsed[circle] = n;
    }
    setBusy(true);
    setError(null);
    try {
      await client.call('settings.save', { cadenceByCircle: parsed as Record<Circle, number> });
      onSaved(`Default cadences saved: professional ${parsed.professional}, personal ${parsed.personal}, both ${parsed.both} days.`);
      onClose();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal label="Default cadence per circle" onClose={onClose} testId="cadence-dialog" className="modal-form">
      <form className="dialog-body" noValidate onSubmit={(e) => void save(e)}>
        <h2 className="dialog-title">Default cadence per circle</h2>
        <p className="muted small">
          Days between waterings for people whose file has no <code>cadence:</code> of its own. A person&apos;s own cadence always wins.
        </p>
        {settings === null && !error && <p role="status">Reading the settings…</p>}
        {settings && (
          <div className="cadence-grid">
            {CIRCLES.map((circle) => (
              <div className="cadence-row" key={circle}>
                <label htmlFor={`${id}-${circle}`}>{CIRCLE_LABELS[circle]}</label>
                <input
                  id={`${id}-${circle}`}
                  type="number"
                  min={1}
                  max={3650}
                  step={1}
                  value={values[circle]}
                  disabled={!settings.writable}
                  onChange={(e) => setValues({ ...values, [circle]: e.target.value })}
                />
                <span className="muted small">days (default {settings.defaults.cadenceByCircle[circle]})</span>
              </div>
            ))}
          </div>
        )}
        {settings && !settings.writable && <p className="muted small">This garden was opened read-only, so its settings cannot be changed.</p>}
        <FormFooter error={error} onCancel={onClose} submit="Save" busy={busy} disabled={!settings?.writable} />
      </form>
    </Modal>
  );
}
