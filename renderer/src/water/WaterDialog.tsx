/** The one Water action, as a dialog: the same form from the People view, the map's panel and a person's page. */
import { useMemo } from 'react';
import type { PlantSummary } from '../../../shared/api';
import { useGarden } from '../app/GardenContext';
import { Modal } from '../palette/Modal';
import { LogInteractionForm } from './LogInteractionForm';
import { useSuggestions } from './useSuggestions';

export function WaterDialog({ person, prepare, onClose, onWatered }: {
  person: PlantSummary;
  prepare?: () => Promise<string | undefined>;
  onClose(): void;
  /** After the interaction is written; `message` says what was logged. */
  onWatered(message: string): void;
}) {
  const { snapshot } = useGarden();
  const gift = useSuggestions([person.path], 1)[person.path]?.[0] ?? null;
  const choices = useMemo(
    () => (snapshot?.plants ?? []).filter((p) => p.kind !== 'person').map((p) => p.title).sort((a, b) => a.localeCompare(b)),
    [snapshot],
  );
  return (
    <Modal label={`Water ${person.title}`} onClose={onClose} testId="water-dialog" className="water-dialog">
      <div className="dialog-body">
        <h2 className="dialog-title">Water {person.title}</h2>
        <p className="muted small">{person.health.reason}</p>
        <LogInteractionForm
          person={person}
          aboutChoices={choices}
          gift={gift}
          {...(prepare ? { prepare } : {})}
          onCancel={onClose}
          onDone={(message) => {
            onWatered(message);
            onClose();
          }}
        />
      </div>
    </Modal>
  );
}
