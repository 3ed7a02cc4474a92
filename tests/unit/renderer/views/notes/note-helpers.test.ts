import { describe, expect, it } from 'vitest';
import type { SaveState } from '../../../../../renderer/src/editor/autosave';
import { displayValue, FIELDS, keyInFile, parseList, valueFromInput } from '../../../../../renderer/src/views/notes/property-fields';
import { normaliseNewPath } from '../../../../../renderer/src/views/notes/RenameDialog';
import { saveStateText } from '../../../../../renderer/src/views/notes/SaveStatus';
import { createInput } from '../../../../../renderer/src/views/notes/useNoteActions';
import { readOnlyReason } from '../../../../../renderer/src/views/notes/useNoteSaving';
import { toggledMode } from '../../../../../renderer/src/views/notes/view-mode';
import { noteDoc } from '../../helpers/plants';

const spec = (kind: keyof typeof FIELDS, key: string) => FIELDS[kind].find((f) => f.key === key)!;

describe('property fields', () => {
  it('lists the fields of each kind', () => {
    expect(FIELDS.person.map((f) => f.key)).toEqual(['name', 'aliases', 'circle', 'cadence', 'platforms', 'tags', 'emails']);
    expect(FIELDS.source.map((f) => f.key)).toEqual(['title', 'url', 'kind', 'platform', 'shared_by', 'status', 'added', 'tags']);
    expect(FIELDS.goal.map((f) => f.key)).toEqual(['horizon', 'due', 'status']);
    expect(FIELDS.note.map((f) => f.key)).toEqual(['tags', 'aliases', 'created', 'portfolio']);
  });

  it('finds the key the file uses, as the core reads it', () => {
    expect(keyInFile({ 'Shared By': 'x' }, spec('source', 'shared_by'))).toBe('Shared By');
    expect(keyInFile({ email: 'a@b' }, spec('person', 'emails'))).toBe('email');
    expect(keyInFile({ tags: [] }, spec('person', 'tags'))).toBe('tags');
    expect(keyInFile({}, spec('person', 'tags'))).toBeNull();
  });

  it('turns input into YAML values, and empty into "remove"', () => {
    expect(valueFromInput(spec('person', 'cadence'), ' 14 ')).toBe(14);
    expect(valueFromInput(spec('person', 'cadence'), 'soon')).toBe('soon');
    expect(valueFromInput(spec('person', 'tags'), '#reading, phonics , ,#zpd')).toEqual(['reading', 'phonics', 'zpd']);
    expect(valueFromInput(spec('note', 'aliases'), 'ZPD, #not-a-tag')).toEqual(['ZPD', '#not-a-tag']);
    expect(valueFromInput(spec('person', 'name'), '   ')).toBeUndefined();
    expect(parseList('a,b')).toEqual(['a', 'b']);
  });

  it('shows values on one line', () => {
    expect(displayValue(['a', 'b'], 'list')).toBe('a, b');
    expect(displayValue('solo', 'list')).toBe('solo');
    expect(displayValue(30, 'number')).toBe('30');
    expect(displayValue(null, 'text')).toBe('');
  });
});

describe('small rules of the note page', () => {
  it('normalises a new path', () => {
    expect(normaliseNewPath(' notes/New name ')).toBe('notes/New name.md');
    expect(normaliseNewPath('/x.MD')).toBe('x.MD');
    expect(normaliseNewPath('a\\b')).toBe('a/b.md');
    expect(normaliseNewPath('  ')).toBe('');
  });

  it('plants a link target with a folder in that folder', () => {
    expect(createInput('B')).toEqual({ title: 'B' });
    expect(createInput('ideas/B.md')).toEqual({ title: 'B', folder: 'ideas' });
  });

  it('says why a file is read-only', () => {
    expect(readOnlyReason(noteDoc('a.md'))).toBeNull();
    expect(readOnlyReason(noteDoc('a.md', { readOnly: true, problems: [{ kind: 'yaml', message: 'Bad YAML.' }] }))).toBe('Bad YAML.');
    expect(readOnlyReason(noteDoc('a.md', { readOnly: true }))).toMatch(/could not be read cleanly/);
  });

  it('names every save state in words', () => {
    const states: [SaveState, string][] = [
      [{ kind: 'saved' }, 'Saved'],
      [{ kind: 'dirty' }, 'Unsaved changes'],
      [{ kind: 'saving' }, 'Saving…'],
      [{ kind: 'failed', reason: 'the disk is full' }, 'Not saved: the disk is full'],
      [{ kind: 'conflict', theirs: '', diskHash: 'h' }, 'Not saved: the file changed on disk'],
    ];
    for (const [state, text] of states) expect(saveStateText(state)).toBe(text);
  });

  it('toggles preview and back to the editing mode used last', () => {
    expect(toggledMode('edit', 'edit')).toBe('preview');
    expect(toggledMode('split', 'split')).toBe('preview');
    expect(toggledMode('preview', 'split')).toBe('split');
    expect(toggledMode('preview', 'preview')).toBe('edit');
  });
});
