// @vitest-environment jsdom
/**
 * Notes that would crash or freeze the preview (5,000-deep quotes or lists, runs of thousands of
 * delimiters, 10 MB of text) get a sentence in its place; a render error costs only the preview.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkdownView } from '../../../../renderer/src/markdown/MarkdownView';
import { PreviewBoundary } from '../../../../renderer/src/markdown/PreviewBoundary';
import { whyNotPreviewed } from '../../../../renderer/src/markdown/preview-limits';

afterEach(cleanup);

const view = (markdown: string) => render(<MarkdownView markdown={markdown} outgoing={[]} currentPath="notes/a.md" />);

describe('notes the preview refuses, with the reason', () => {
  it.each([
    ['a 5,000-deep blockquote', `${'>'.repeat(5000)} deep`, 'This note nests 5,000 levels deep, too deep to preview (the preview goes to 32). All of its text is in the editor.'],
    ['a 5,000-deep list', Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i * 100)}- item`).join('\n'), 'This note nests 4,900 levels deep, too deep to preview (the preview goes to 32). All of its text is in the editor.'],
    ['5,000 asterisks around a word', `${'*'.repeat(5000)}x${'*'.repeat(5000)}`, 'This note repeats "*" 5,000 times in a row, too many to preview (the preview allows 199). All of its text is in the editor.'],
    ['5,000 nested brackets', `${'['.repeat(5000)}x${']'.repeat(5000)}`, 'This note repeats "[" 5,000 times in a row, too many to preview (the preview allows 199). All of its text is in the editor.'],
    ['a 10 MB note', 'A line of an enormous note, with [[a link]].\n'.repeat(240_000), 'This note is too long to preview (10,800,000 characters; the preview shows up to 262,144). All of its text is in the editor.'],
  ])('%s', (_label, markdown, message) => {
    expect(whyNotPreviewed(markdown)).toBe(message);
    view(markdown);
    expect(screen.getByTestId('preview-refused').textContent).toBe(message);
  });

  it('renders ordinary notes, including nesting and runs within the limits', () => {
    const markdown = `${'>'.repeat(32)} quoted\n\n${'*'.repeat(3)}bold italic${'*'.repeat(3)}\n\n${Array.from({ length: 10 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`;
    expect(whyNotPreviewed(markdown)).toBeNull();
    const { container } = view(markdown);
    expect(screen.queryByTestId('preview-refused')).toBeNull();
    expect(container.querySelectorAll('blockquote')).toHaveLength(32);
    expect(container.querySelector('strong em, em strong')?.textContent).toBe('bold italic');
    expect(container.textContent).toContain('level 9');
  });
});

describe('PreviewBoundary', () => {
  function Boom(): never {
    throw new RangeError('Maximum call stack size exceeded');
  }

  it('shows what failed instead of taking the page down, and tries again on a new text', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <div>
        <p>the editor stays</p>
        <PreviewBoundary markdown="one">
          <Boom />
        </PreviewBoundary>
      </div>,
    );
    expect(screen.getByText('the editor stays')).toBeTruthy();
    expect(screen.getByTestId('preview-refused').textContent).toBe('The preview could not show this note (Maximum call stack size exceeded). Its text is in the editor, unchanged.');
    rerender(
      <div>
        <p>the editor stays</p>
        <PreviewBoundary markdown="two">
          <p>rendered again</p>
        </PreviewBoundary>
      </div>,
    );
    expect(screen.getByText('rendered again')).toBeTruthy();
    expect(screen.queryByTestId('preview-refused')).toBeNull();
    quiet.mockRestore();
  });
});
