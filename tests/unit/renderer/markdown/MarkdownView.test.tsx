// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutgoingLink } from '../../../../shared/api';
import type { GardenPath } from '../../../../shared/types';
import { MarkdownView } from '../../../../renderer/src/markdown/MarkdownView';

const p = (s: string) => s as GardenPath;
const outgoing: OutgoingLink[] = [
  { target: 'Scaffolding', resolved: p('notes/Scaffolding.md'), embed: false },
  { target: 'Piaget vs Vygotsky', resolved: p('notes/Piaget vs Vygotsky.md'), embed: false },
  { target: 'Maya Chen', resolved: p('people/Maya Chen.md'), embed: false },
  { target: 'More knowledgeable other', resolved: null, embed: false },
  { target: 'zpd-diagram.png', resolved: p('attachments/zpd-diagram.png'), embed: true },
  { target: 'Scaffolding', resolved: p('notes/Scaffolding.md'), embed: true },
];

function show(markdown: string) {
  return render(<MarkdownView markdown={markdown} outgoing={outgoing} currentPath="notes/ZPD.md" />).container;
}

afterEach(cleanup);

describe('MarkdownView wikilinks', () => {
  it('links [[Target]] to the resolved note, URI-encoded per segment', () => {
    show('See [[Scaffolding]] now.');
    const link = screen.getByRole('link', { name: 'Scaffolding' });
    expect(link.getAttribute('href')).toBe('#/note/notes/Scaffolding.md');
    expect(link.className).toContain('wikilink');
    expect(link.className).not.toContain('seed');
  });

  it('uses the label of [[Target|label]] and encodes spaces', () => {
    show('Read [[Piaget vs Vygotsky|the debate]].');
    const link = screen.getByRole('link', { name: 'the debate' });
    expect(link.getAttribute('href')).toBe('#/note/notes/Piaget%20vs%20Vygotsky.md');
  });

  it('resolves [[Target#Heading]] to the note and names the heading', () => {
    show('[[Maya Chen#Interactions]]');
    const link = screen.getByRole('link', { name: 'Maya Chen › Interactions' });
    expect(link.getAttribute('href')).toBe('#/note/people/Maya%20Chen.md');
  });

  it('matches targets loosely (case, .md) when the core recorded them differently', () => {
    show('[[scaffolding.md]]');
    expect(screen.getByRole('link', { name: 'scaffolding.md' }).getAttribute('href')).toBe('#/note/notes/Scaffolding.md');
  });

  it('renders an unresolved link as a seed titled "Not written yet"', () => {
    show('The [[More knowledgeable other]] idea.');
    const seed = screen.getByRole('link', { name: 'More knowledgeable other' });
    expect(seed.className).toContain('seed');
    expect(seed.getAttribute('title')).toBe('Not written yet');
    expect(seed.getAttribute('href')).toBe('#/seed/More%20knowledgeable%20other');
  });

  it('shows an attachment embed as a labelled box, honestly, and a missing one as a seed', () => {
    show('![[zpd-diagram.png]]\n\n![[Not written]]');
    const boxes = screen.getAllByTestId('embed');
    expect(boxes).toHaveLength(2);
    expect(boxes[0]?.textContent).toContain('Attachment: zpd-diagram.png');
    expect(boxes[0]?.textContent).toMatch(/not shown inside notes yet/);
    expect(boxes[0]?.querySelector('a')).toBeNull();
    expect(boxes[1]?.textContent).toContain('not written yet');
    expect(boxes[1]?.querySelector('a')?.className).toContain('seed');
  });

  it('leaves wikilinks in code spans and code blocks as text', () => {
    const container = show('Inline `[[Scaffolding]]` here.\n\n```\n[[Scaffolding]]\n![[Scaffolding]]\n```\n');
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('p code')?.textContent).toBe('[[Scaffolding]]');
    expect(container.querySelector('pre code')?.textContent).toContain('![[Scaffolding]]');
  });

  it('transforms wikilinks inside emphasis, lists and tables', () => {
    show('*see [[Scaffolding]]*\n\n- [[Maya Chen]]\n\n| a | b |\n|---|---|\n| [[Piaget vs Vygotsky\\|PvV]] | x |\n');
    expect(screen.getByRole('link', { name: 'Scaffolding' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Maya Chen' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'PvV' }).getAttribute('href')).toBe('#/note/notes/Piaget%20vs%20Vygotsky.md');
  });

  it('links [[#Heading]] to the note itself', () => {
    show('[[#Definition]]');
    expect(screen.getByRole('link', { name: 'Definition' }).getAttribute('href')).toBe('#/note/notes/ZPD.md');
  });
});

describe('MarkdownView link safety', () => {
  it('shows the real host of an external link beside it and in its title', () => {
    const container = show('[a harmless name](https://evil.example.net/x) and https://plain.example.org/ and [mail](mailto:a@example.org)');
    const link = screen.getByRole('link', { name: 'a harmless name' });
    expect(link.getAttribute('title')).toBe('https://evil.example.net/x');
    expect(link.nextElementSibling?.textContent).toBe(' (evil.example.net)');
    // A link whose text already shows its host needs no label.
    expect(screen.getByRole('link', { name: 'https://plain.example.org/' }).nextElementSibling?.className).not.toBe('link-host');
    expect(screen.getByRole('link', { name: 'mail' }).nextElementSibling?.textContent).toBe(' (a@example.org)');
    expect(container.querySelectorAll('.link-host')).toHaveLength(2);
  });

  it('opens http, https and mailto links in a new window without opener or referrer', () => {
    show('[site](https://example.org/a) and [mail](mailto:a@example.org) and https://auto.example.org');
    for (const name of ['site', 'mail', 'https://auto.example.org']) {
      const link = screen.getByRole('link', { name });
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['vbscript:msgbox(1)'],
    ['data:text/html;base64,PHNjcmlwdD4='],
    ['file:///etc/passwd'],
    ['\\\\host\\share'],
  ])('renders [x](%s) as inert text', (href) => {
    const container = show(`[click me](<${href}>)`);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('click me').tagName).toBe('SPAN');
    const attributes = [...container.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));
    expect(attributes.join(' ')).not.toMatch(/javascript:|vbscript:|data:text|file:|host/i);
  });

  it('keeps raw HTML as text', () => {
    const container = show('<script>alert(1)</script>\n\nHello <img src=x onerror=alert(1)> <b>bold</b>');
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<b>bold</b>');
  });

  it('links a markdown link to a local .md note through the outgoing links', () => {
    show('[the scaffolding note](Scaffolding.md) and [missing](Nowhere.md)');
    expect(screen.getByRole('link', { name: 'the scaffolding note' }).getAttribute('href')).toBe('#/note/notes/Scaffolding.md');
    expect(screen.getByRole('link', { name: 'missing' }).className).toContain('seed');
  });

  it('does not load images', () => {
    const container = show('![a diagram](https://tracker.example/pixel.png)');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('image-placeholder').textContent).toContain('a diagram');
  });
});
