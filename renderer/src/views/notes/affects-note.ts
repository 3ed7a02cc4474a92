/**
 * Whether a `garden.changed` delta can change what the open note shows: its own text, its
 * backlinks (a plant that linked here changed or went, or a plant now links here), or the
 * resolution of its links (the core lists this note's links again when they resolve anew).
 */
import type { ChangedEvent, NoteDocument } from '../../../../shared/api';

export function affectsNote(change: ChangedEvent, doc: NoteDocument): boolean {
  const here = doc.path;
  if (change.changed.includes(here) || change.removed.includes(here)) return true;
  if (change.links.some((l) => l.from === here || l.to.includes(here))) return true;
  const linkingHere = new Set(doc.backlinks.map((b) => b.from));
  return change.changed.some((p) => linkingHere.has(p)) || change.removed.some((p) => linkingHere.has(p));
}
