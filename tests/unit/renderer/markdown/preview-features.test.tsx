// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GardenError, type NoteDocument, type OutgoingLink } from '../../../../shared/api';
import { calloutLabel } from '../../../../renderer/src/markdown/remark-callouts';
import { MarkdownView } from '../../../../renderer/src/markdown/MarkdownView';
import { fakeTransport, type Handlers } from '../helpers/fake-transport';
import { change, gp, noteDoc } from '../helpers/plants';
import { withClient } from '../helpers/render-app';

afterEach(cleanup);

const link = (target: string, resolved: string | null, embed = false): OutgoingLink => ({ target, resolved: resolved ? gp(resolved) : null, embed });

function show(markdown: string, options: { outgoing?: OutgoingLink[]; handlers?: Handlers; currentPath?: string; onFollowSeed?: (t: string) => void } = {}) {
  const transport = fakeTransport(options.handlers ?? {});
  const result = render(
    withClient(
      transport,
      <MarkdownView
        markdown={markdown}
        outgoing={options.outgoing ?? []}
        currentPath={options.currentPath ?? 'notes/Here.md'}
        surroundings={options.onFollowSeed ? { onFollowSeed: options.onFollowSeed } : undefined}
      />,
    ),
  );
  return { ...result, transport };
}

describe('callouts', () => {
  it('turns > [!type] Title into a box of that type with its title', () => {
    const { container } = show('> [!warning] Mind the gap\n> Keep **support** temporary.\n\n> a plain quote');
    const callout = container.querySelector('.callout');
    expect(callout?.className).toContain('callout-warning');
    expect(callout?.getAttribute('data-callout')).toBe('warning');
    expect(callout?.getAttribute('role')).toBe('note');
    expect(callout?.getAttribute('aria-label')).toBe('Warning');
    expect(callout?.querySelector('.callout-title')?.textContent).toBe('Mind the gap');
    expect(callout?.querySelector('strong')?.textContent).toBe('support');
    expect(container.querySelectorAll('blockquote')).toHaveLength(1);
  });

  it('uses the type as the title when none is given, and accepts fold markers', () => {
    const { container } = show('> [!tip]-\n> Hidden by default in Obsidian, shown here.');
    expect(container.querySelector('.callout-tip .callout-title')?.textContent).toBe('Tip');
    expect(container.querySelector('.callout-tip')?.textContent).toContain('shown here');
    expect(calloutLabel('to-do')).toBe('To do');
  });

  it('keeps raw HTML in a callout as text', () => {
    const { container } = show('> [!note] <img src=x onerror=alert(1)>\n> <script>alert(1)</script>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('.callout-title')?.textContent).toContain('<img');
  });
});

describe('GFM in the preview', () => {
  it('renders task lists, tables, strikethrough and code', () => {
    const { container } = show('- [x] done\n- [ ] to do\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~\n\n```js\nconst x = 1;\n```');
    const boxes = container.querySelectorAll('input[type=checkbox]');
    expect(boxes).toHaveLength(2);
    expect((boxes[0] as HTMLInputElement).checked).toBe(true);
    expect(container.querySelector('table td')?.textContent).toBe('1');
    expect(container.querySelector('del')?.textContent).toBe('old');
    expect(container.querySelector('pre code')?.textContent).toBe('const x = 1;\n');
  });
});

describe('embedded notes', () => {
  const docs: Record<string, NoteDocument> = {
    'notes/ZPD.md': noteDoc('notes/ZPD.md', {
      title: 'ZPD',
      text: '---\ntags: [x]\n---\n# ZPD\n\nIntro.\n\n## Definition\n\nThe distance between what a learner can do alone and with help.\n\n## Other\n\nNot this. ^block-1\n',
    }),
    'notes/A.md': noteDoc('notes/A.md', { title: 'A', text: 'A embeds B: ![[B]]', outgoing: [link('B', 'notes/B.md', true)] }),
    'notes/B.md': noteDoc('notes/B.md', { title: 'B', text: 'B embeds A: ![[A]]', outgoing: [link('A', 'notes/A.md', true)] }),
    'notes/D1.md': noteDoc('notes/D1.md', { title: 'D1', text: 'one ![[D2]]', outgoing: [link('D2', 'notes/D2.md', true)] }),
    'notes/D2.md': noteDoc('notes/D2.md', { title: 'D2', text: 'two ![[D3]]', outgoing: [link('D3', 'notes/D3.md', true)] }),
    'notes/D3.md': noteDoc('notes/D3.md', { title: 'D3', text: 'three ![[D4]]', outgoing: [link('D4', 'notes/D4.md', true)] }),
    'notes/D4.md': noteDoc('notes/D4.md', { title: 'D4', text: 'four' }),
  };
  const handlers: Handlers = {
    'note.read': ({ path }) => {
      const doc = docs[path];
      if (!doc) throw new GardenError('not-found', `"${path}" does not exist.`);
      return doc;
    },
  };

  it('shows the embedded note inline, or just the section a heading names', async () => {
    const { container } = show('![[ZPD#Definition]]\n\nand\n\n![[ZPD#^block-1]]', {
      outgoing: [link('ZPD', 'notes/ZPD.md', true)],
      handlers,
    });
    await waitFor(() => expect(container.querySelectorAll('[data-embed-state="shown"]')).toHaveLength(2));
    const [section, block] = [...container.querySelectorAll('[data-embed-state="shown"]')];
    expect(section?.textContent).toContain('The distance between what a learner can do');
    expect(section?.textContent).not.toContain('Intro.');
    expect(section?.textContent).not.toContain('Not this');
    expect(section?.textContent).not.toContain('tags');
    expect(within(section as HTMLElement).getByRole('link', { name: 'ZPD › Definition' }).getAttribute('href')).toBe('#/note/notes/ZPD.md');
    expect(block?.textContent).toContain('Not this.');
    expect(block?.textContent).not.toContain('^block-1');
    // An embed is block content: never a div inside a paragraph.
    expect(container.querySelector('p [data-embed-state]')).toBeNull();
  });

  it('shows a placeholder for a self-embed', () => {
    show('Me: ![[Here]]', { outgoing: [link('Here', 'notes/Here.md', true)], handlers });
    expect(screen.getByTestId('embed').textContent).toContain('Embedded note refers back to itself');
  });

  it('stops a cycle with a placeholder instead of looping', async () => {
    const { container } = show('![[A]]', { outgoing: [link('A', 'notes/A.md', true)], handlers, currentPath: 'notes/Start.md' });
    await waitFor(() => expect(container.querySelector('[data-embed-state="placeholder"]')).not.toBeNull());
    expect(container.querySelectorAll('[data-embed-state="shown"]')).toHaveLength(2); // A, then B inside it
    expect(container.querySelector('[data-embed-state="placeholder"]')?.textContent).toContain('a cycle');
  });

  it('goes at most three embeds deep', async () => {
    const { container } = show('![[D1]]', { outgoing: [link('D1', 'notes/D1.md', true)], handlers });
    await waitFor(() => expect(container.querySelector('[data-embed-state="placeholder"]')).not.toBeNull());
    expect(container.querySelectorAll('[data-embed-state="shown"]')).toHaveLength(3);
    expect(container.textContent).toContain('three');
    expect(container.textContent).not.toContain('four');
    expect(container.querySelector('[data-embed-state="placeholder"]')?.textContent).toContain('more than 3 deep');
  });

  it('says when the embedded note cannot be read, and follows its changes', async () => {
    let text = 'First.';
    const { container, transport } = show('![[Moving]]\n\n![[ZPD#Missing]]', {
      outgoing: [link('Moving', 'notes/Moving.md', true), link('ZPD', 'notes/ZPD.md', true)],
      handlers: { 'note.read': ({ path }) => (path === 'notes/Moving.md' ? noteDoc(path, { text }) : docs['notes/ZPD.md']!) },
    });
    await waitFor(() => expect(container.textContent).toContain('First.'));
    expect(container.textContent).toContain('The section “Missing” is not in ZPD.');
    text = 'Second.';
    act(() => transport.emit('garden.changed', change({ changed: [gp('notes/Moving.md')] })));
    await waitFor(() => expect(container.textContent).toContain('Second.'));
    const broken = show('![[Gone]]', { outgoing: [link('Gone', 'notes/Gone.md', true)], handlers });
    await waitFor(() => expect(broken.container.textContent).toContain('could not be read'));
  });
});

describe('seeds', () => {
  it('plants a seed on click when the page offers it', () => {
    const onFollowSeed = vi.fn();
    show('A [[New idea]] and [an md link](New%20page.md).', { outgoing: [link('New idea', null)], onFollowSeed });
    fireEvent.click(screen.getByRole('link', { name: 'New idea' }));
    expect(onFollowSeed).toHaveBeenCalledWith('New idea');
    fireEvent.click(screen.getByRole('link', { name: 'an md link' }));
    expect(onFollowSeed).toHaveBeenLastCalledWith('New page.md');
  });

  it('is a plain link to the seed view otherwise', () => {
    show('A [[New idea]].', { outgoing: [link('New idea', null)] });
    const seed = screen.getByRole('link', { name: 'New idea' });
    expect(seed.getAttribute('href')).toBe('#/seed/New%20idea');
    expect(seed.getAttribute('title')).toBe('Not written yet');
  });
});
