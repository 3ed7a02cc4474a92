// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GardenError, type NoteDocument } from '../../../../../shared/api';
import { change, gardenInfo, gp, noteDoc, plant, snapshot } from '../../helpers/plants';
import { renderApp } from '../../helpers/render-app';

afterEach(cleanup);

const PATH = 'notes/Zone of proximal development.md';
const HASH = '#/note/notes/Zone%20of%20proximal%20development.md';

function zpd(overrides: Partial<NoteDocument> = {}): NoteDocument {
  return noteDoc(PATH, {
    title: 'Zone of proximal development',
    text: '---\naliases: [ZPD]\nsecret_key: hidden-value\n---\n# Zone of proximal development\n\nSee [[Scaffolding]] and [[Nowhere]].\n',
    backlinks: [
      { from: gp('people/Helen.md'), title: 'Helen', line: 0, context: '(in its properties)' },
      { from: gp('notes/Scaffolding.md'), title: 'Scaffolding', line: 3, context: 'Works inside the [[Zone of proximal development|ZPD]].' },
      { from: gp('notes/Scaffolding.md'), title: 'Scaffolding', line: 9, context: 'Again: [[Zone of proximal development]]' },
    ],
    outgoing: [
      { target: 'Scaffolding', resolved: gp('notes/Scaffolding.md'), embed: false },
      { target: 'Nowhere', resolved: null, embed: false },
    ],
    ...overrides,
  });
}

const garden = snapshot([plant(PATH, { title: 'Zone of proximal development', aliases: ['ZPD'], tags: ['vygotsky'], created: '2026-09-14' as never })]);

describe('NoteView', () => {
  it('shows title, properties, the body without frontmatter, backlinks and outgoing links', async () => {
    renderApp({ 'note.read': () => zpd(), 'garden.snapshot': () => garden }, HASH);
    expect((await screen.findByTestId('note-title')).textContent).toBe('Zone of proximal development');
    const body = screen.getByTestId('note-body');
    expect(body.textContent).not.toContain('secret_key');
    expect(body.textContent).not.toContain('---');
    // The repeated `# Title` is dropped: the page already shows it.
    expect(body.querySelector('h1')).toBeNull();
    expect(within(body).getByRole('link', { name: 'Scaffolding' }).getAttribute('href')).toBe('#/note/notes/Scaffolding.md');
    expect(within(body).getByRole('link', { name: 'Nowhere' }).getAttribute('title')).toBe('Not written yet');

    const properties = screen.getByLabelText('Properties');
    expect(properties.textContent).toContain('ZPD');
    expect(properties.textContent).toContain('2026-09-14');
    expect(properties.textContent).toContain('#vygotsky');

    // One entry per linking plant, with each line where it links here.
    const backlinks = screen.getAllByTestId('backlink');
    expect(backlinks).toHaveLength(2);
    expect(backlinks[0]?.textContent).toContain('(in its properties)');
    expect(backlinks[1]?.textContent).toContain('Works inside the ZPD.');
    expect(backlinks[1]?.textContent).toContain('Again: Zone of proximal development');
    expect(within(backlinks[1]!).getByRole('link', { name: 'Scaffolding' }).getAttribute('href')).toBe('#/note/notes/Scaffolding.md');
    expect(within(screen.getByTestId('backlinks')).getByText('2')).toBeTruthy();
    expect(within(screen.getByTestId('outgoing')).getByRole('link', { name: /Nowhere/ }).className).toContain('seed');
  });

  it('shows problems as a visible warning', async () => {
    renderApp(
      {
        'note.read': () => zpd({ problems: [{ kind: 'yaml', message: 'The properties (YAML frontmatter) cannot be read: bad indentation.' }], readOnly: true }),
      },
      HASH,
    );
    const banner = await screen.findByTestId('note-problems');
    expect(banner.textContent).toContain('cannot be read: bad indentation');
    expect(banner.textContent).toContain('will not change this file');
  });

  it('says when the note does not exist, in words', async () => {
    renderApp(
      {
        'note.read': () => {
          throw new GardenError('not-found', '"notes/x.md" does not exist (it may have been moved or deleted).');
        },
      },
      '#/note/notes/x.md',
    );
    expect(await screen.findByText('This note is not in the garden')).toBeTruthy();
    expect(screen.getByText(/does not exist/)).toBeTruthy();
  });

  it('reads the note again when it changes outside the app', async () => {
    let text = 'First version.';
    const { transport } = renderApp({ 'note.read': () => zpd({ text }), 'garden.snapshot': () => garden }, HASH);
    await screen.findByText('First version.');
    text = 'Second version.';
    act(() => transport.emit('garden.changed', change({ changed: [gp(PATH)], plants: [plant(PATH)] })));
    expect(await screen.findByText('Second version.')).toBeTruthy();
  });

  it('reads again when a new backlink appears, not for unrelated changes', async () => {
    const { transport } = renderApp({ 'note.read': () => zpd(), 'garden.snapshot': () => garden }, HASH);
    await screen.findByTestId('note-title');
    const reads = () => transport.calls.filter((c) => c.name === 'note.read').length;
    const before = reads();
    act(() => transport.emit('garden.changed', change({ changed: [gp('notes/unrelated.md')], links: [{ from: gp('notes/unrelated.md'), to: [gp('notes/x.md')] }] })));
    act(() => transport.emit('garden.changed', change({ changed: [gp('notes/new.md')], links: [{ from: gp('notes/new.md'), to: [gp(PATH)] }] })));
    await waitFor(() => expect(reads()).toBe(before + 1));
  });

  it('says the note was deleted when it is removed outside the app, and keeps what was shown', async () => {
    const { transport } = renderApp({ 'note.read': () => zpd({ text: 'Still here.' }) }, HASH);
    await screen.findByText('Still here.');
    act(() => transport.emit('garden.changed', change({ removed: [gp(PATH)] })));
    expect((await screen.findByTestId('note-deleted')).textContent).toContain('This note was deleted outside the app');
    expect(screen.getByText('Still here.')).toBeTruthy();
    // Other changes do not make it come back…
    act(() => transport.emit('garden.changed', change({ changed: [gp('notes/other.md')], links: [{ from: gp('notes/other.md'), to: [gp(PATH)] }] })));
    await waitFor(() => expect(screen.getByTestId('note-deleted')).toBeTruthy());
  });

  it('reads the note again when a garden is opened', async () => {
    let name = 'A';
    const { transport } = renderApp({ 'note.read': () => zpd({ text: `From garden ${name}.` }) }, HASH);
    await screen.findByText('From garden A.');
    name = 'B';
    act(() => transport.emit('garden.opened', gardenInfo({ name: 'B' })));
    expect(await screen.findByText('From garden B.')).toBeTruthy();
    expect((await screen.findByTestId('garden-name')).textContent).toBe('B');
  });
});
