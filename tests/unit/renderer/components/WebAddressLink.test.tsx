// @vitest-environment jsdom
/** A source's address opens only when it is http(s), named by its real host; the rest stays text. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WebAddressLink } from '../../../../renderer/src/components/WebAddressLink';

afterEach(cleanup);

describe('WebAddressLink', () => {
  it('links an http(s) address, parsed, under its real host', () => {
    render(<WebAddressLink url="  https://www.reddit.com/r/Teachers/?utm_source=x " />);
    const link = screen.getByRole('link');
    expect(link.textContent).toBe('Open on www.reddit.com');
    expect(link.getAttribute('href')).toBe('https://www.reddit.com/r/Teachers/?utm_source=x');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('never links anything else, mailto included: the core ignores those addresses too', () => {
    for (const url of ['mailto:maya@example.org', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', '\\\\host\\share', 'vbscript:msgbox', 'not a url', '']) {
      const { container, unmount } = render(<WebAddressLink url={url} refusal="Not an http(s) address: it will not be opened." />);
      expect(container.querySelector('a'), url).toBeNull();
      expect(container.textContent, url).toBe(url ? 'Not an http(s) address: it will not be opened.' : '');
      unmount();
    }
    const { container } = render(<WebAddressLink url={null} />);
    expect(container.textContent).toBe('');
  });

  it('names the host, not a user name put before it', () => {
    render(<WebAddressLink url="https://youtube.com@evil.example/watch" />);
    expect(screen.getByRole('link').textContent).toBe('Open on evil.example');
  });
});
