// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPlan } from '../../../../shared/api';
import { GardenError } from '../../../../shared/api';
import { snapshot } from '../helpers/plants';
import { renderApp } from '../helpers/render-app';

afterEach(cleanup);

// jsdom's Blob has no text() (every browser the app runs in has); read it as browsers do.
if (!('text' in Blob.prototype)) {
  Object.defineProperty(Blob.prototype, 'text', {
    value(this: Blob) {
      return new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsText(this);
      });
    },
  });
}

const plan: ImportPlan = {
  format: 'linkedin-csv',
  items: [
    { action: 'create', kind: 'person', title: 'Tomás Ribeiro', path: 'people/Tomás Ribeiro.md' as never, reason: 'no one in the garden has this email or name' },
    { action: 'merge', kind: 'person', title: 'Maya Chen', path: 'people/Maya Chen.md' as never, reason: 'same profile address as people/Maya Chen.md; adds platforms' },
    { action: 'skip', kind: 'person', title: 'Omar', path: null, reason: 'repeats the record on line 9 of this file' },
  ],
  problems: [{ line: 8, message: 'The date "31 Feb 2024" is not a real day; the connection date was left out.' }],
};

async function choose(name: string, content: string) {
  const dialog = await screen.findByTestId('import-dialog');
  fireEvent.change(within(dialog).getByTestId('import-file'), { target: { files: [new File([content], name, { type: 'text/csv' })] } });
  return dialog;
}

describe('ImportDialog', () => {
  it('shows the dry run (create, merge, skip with reasons; problems with their lines), and writes only on Apply', async () => {
    const { transport } = renderApp({ 'garden.snapshot': () => snapshot([]), 'import.plan': () => plan, 'import.apply': () => plan }, '#/people');
    fireEvent.click(await screen.findByRole('button', { name: 'Import…' }));
    const dialog = await choose('Connections.csv', 'First Name,Last Name\nTomás,Ribeiro\n');
    const summary = await within(dialog).findByTestId('import-summary');
    expect(summary.textContent).toBe('LinkedIn connections: would create 1, merge 1, skip 1; 1 record could not be read.');
    expect(within(dialog).getByTestId('import-problem').textContent).toBe('Line 8 The date "31 Feb 2024" is not a real day; the connection date was left out.');
    expect(within(dialog).getAllByTestId('import-item').map((i) => i.dataset.action)).toEqual(['create', 'merge', 'skip']);
    expect(within(dialog).getByText('repeats the record on line 9 of this file')).toBeTruthy();
    expect(transport.calls.filter((c) => c.name === 'import.apply')).toHaveLength(0);
    expect(transport.calls.find((c) => c.name === 'import.plan')?.input).toEqual({ fileName: 'Connections.csv', content: 'First Name,Last Name\nTomás,Ribeiro\n' });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply: create 1, merge 1' }));
    await waitFor(() => expect(within(dialog).getByTestId('import-summary').textContent).toBe('LinkedIn connections: created 1, merged 1, skipped 1; 1 record could not be read.'));
    expect(transport.calls.filter((c) => c.name === 'import.apply')).toHaveLength(1);
    expect(within(dialog).getByRole('link', { name: 'Tomás Ribeiro' }).getAttribute('href')).toBe('#/note/people/Tom%C3%A1s%20Ribeiro.md');
  });

  it('says why a file cannot be imported, and offers no Apply when nothing would change', async () => {
    renderApp({
      'garden.snapshot': () => snapshot([]),
      'import.plan': ({ fileName }) => {
        if (fileName.endsWith('.docx')) throw new GardenError('bad-input', '"notes.docx" is not a file pln can import.');
        return { format: 'vcard', items: [{ action: 'skip', kind: 'person', title: 'Maya', path: null, reason: 'already in people/Maya.md; nothing new to add' }], problems: [] };
      },
    }, '#/people');
    fireEvent.click(await screen.findByRole('button', { name: 'Import…' }));
    let dialog = await choose('notes.docx', 'PK');
    expect((await within(dialog).findByRole('alert')).textContent).toBe('"notes.docx" is not a file pln can import.');
    dialog = await choose('contacts.vcf', 'BEGIN:VCARD');
    await within(dialog).findByTestId('import-summary');
    expect((within(dialog).getByRole('button', { name: /^Apply/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});
