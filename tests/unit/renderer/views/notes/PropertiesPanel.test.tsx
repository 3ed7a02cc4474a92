// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../../../shared/dates';
import type { PlantKind } from '../../../../../shared/types';
import { PropertiesPanel, type FrontmatterEdit } from '../../../../../renderer/src/views/notes/PropertiesPanel';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

/** The panel over a text it edits, as the page does through the editor. */
function Harness({ kind, initial, readOnly = false, onText }: { kind: PlantKind; initial: string; readOnly?: boolean; onText(text: string): void }) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const onEdit = (edit: FrontmatterEdit) => {
    try {
      const next = edit(text);
      setText(next);
      onText(next);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return <PropertiesPanel kind={kind} text={text} plant={undefined} readOnly={readOnly} onEdit={onEdit} rawShown={false} onToggleRaw={() => undefined} error={error} />;
}

function mount(kind: PlantKind, initial: string, readOnly = false) {
  const texts: string[] = [];
  render(<Harness kind={kind} initial={initial} readOnly={readOnly} onText={(t) => texts.push(t)} />);
  return { texts, panel: screen.getByTestId('properties-panel'), last: () => texts.at(-1) };
}

const PERSON = `---
type: person
name: Maya Chen
circle: professional
platforms:
  - { platform: linkedin, handle: mayachen }
# kept
custom: value
---
Body
`;

describe('PropertiesPanel', () => {
  it('edits platforms: a handle, a new one, a removal — other lines untouched', () => {
    const { panel, last } = mount('person', PERSON);
    const handle = within(panel).getByLabelText('Handle on linkedin') as HTMLInputElement;
    expect(handle.value).toBe('mayachen');
    fireEvent.change(handle, { target: { value: 'maya-chen' } });
    fireEvent.blur(handle);
    expect(last()).toBe(PERSON.replace('handle: mayachen', 'handle: maya-chen'));
    fireEvent.change(within(panel).getByLabelText('New platform'), { target: { value: 'reddit' } });
    fireEvent.change(within(panel).getByLabelText('New handle'), { target: { value: 'u/mchen' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Add' }));
    expect(last()).toContain('  - { platform: linkedin, handle: maya-chen }\n  - { platform: reddit, handle: u/mchen }\n# kept\ncustom: value\n');
    fireEvent.click(within(panel).getByRole('button', { name: 'Remove linkedin' }));
    expect(last()).toContain('platforms:\n  - { platform: reddit, handle: u/mchen }\n# kept');
  });

  it('removes a key when its input is emptied, and lists the keys it does not know', () => {
    const { panel, last } = mount('person', PERSON);
    expect(panel.textContent).toContain('Also in the YAML, kept as written: custom');
    const name = within(panel).getByLabelText('Name');
    fireEvent.change(name, { target: { value: '' } });
    fireEvent.blur(name);
    expect(last()).toBe(PERSON.replace('name: Maya Chen\n', ''));
  });

  it('writes a tag list and a checkbox for notes, creating the frontmatter when there is none', () => {
    const { panel, last } = mount('note', 'Just text.\n');
    const tags = within(panel).getByLabelText('Tags');
    fireEvent.change(tags, { target: { value: '#a, b' } });
    fireEvent.keyDown(tags, { key: 'Enter' });
    fireEvent.blur(tags);
    expect(last()).toBe('---\ntags:\n  - a\n  - b\n---\nJust text.\n');
    fireEvent.click(within(panel).getByLabelText('In portfolio'));
    expect(last()).toBe('---\ntags:\n  - a\n  - b\nportfolio: true\n---\nJust text.\n');
  });

  it('selects from the allowed values, keeping an unknown one the file has', () => {
    const { panel, last } = mount('source', '---\nstatus: To Read\n---\n');
    const status = within(panel).getByLabelText('Status') as HTMLSelectElement;
    expect(status.value).toBe('To Read');
    fireEvent.change(status, { target: { value: 'read' } });
    // The day the status changed goes with it: the reading list's age in the status reads it.
    expect(last()).toBe(`---\nstatus: read\nstatus_since: ${localIsoDate(new Date())}\n---\n`);
    const url = within(panel).getByLabelText('Address');
    fireEvent.change(url, { target: { value: 'javascript:alert(1)' } });
    fireEvent.blur(url);
    expect(panel.textContent).toContain('Not an http(s) address');
    // Only http(s) opens: a mailto: address is not a source's web address (the core ignores it).
    const again = within(panel).getByLabelText('Address');
    fireEvent.change(again, { target: { value: 'mailto:maya@example.org' } });
    fireEvent.blur(again);
    expect(last()).toContain('url: mailto:maya@example.org');
    expect(panel.textContent).toContain('Not an http(s) address');
    expect(within(panel).queryByRole('link', { name: /^Open on/ })).toBeNull();
  });

  it('is disabled for a read-only file and when the YAML does not parse, saying why', () => {
    mount('goal', '---\ndue: [\n---\n');
    const panel = screen.getByTestId('properties-panel');
    expect(within(panel).getByRole('alert').textContent).toMatch(/cannot be read/);
    expect((within(panel).getByLabelText('Status') as HTMLSelectElement).disabled).toBe(true);
  });

  it('folds away, remembered', () => {
    mount('goal', '---\nstatus: active\n---\n');
    fireEvent.click(screen.getByRole('button', { name: /Properties/ }));
    expect(screen.getByRole('button', { name: /Properties/ }).getAttribute('aria-expanded')).toBe('false');
    expect(window.localStorage.getItem('pln.note.propertiesCollapsed')).toBe('true');
  });
});
