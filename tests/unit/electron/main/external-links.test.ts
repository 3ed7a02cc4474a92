import { describe, expect, it, vi } from 'vitest';
import {
  externalLinkPrompt, openExternalSafely, parseExternalUrl, type ExternalLinkDeps,
} from '../../../../electron/main/external-links';

describe('parseExternalUrl: hostile URLs are refused with a reason', () => {
  const scheme = /are not opened; only https, http and mailto are/;
  const hidden = /spaces, control or invisible characters/;
  const incomplete = /not a complete address/;
  const network = /Network paths/;
  const credentials = /user name or password/;
  const mailAddress = /does not name a valid address/;
  const hostile: Array<[string, unknown, RegExp]> = [
    ['javascript', 'javascript:alert(1)', scheme],
    ['javascript, mixed case', 'JaVaScRiPt:alert(document.cookie)', scheme],
    ['javascript behind a leading space', ' javascript:alert(1)', hidden],
    ['javascript split by a tab', 'java\tscript:alert(1)', hidden],
    ['javascript split by a newline', 'java\nscript:alert(1)', hidden],
    ['HTML-entity colon (not a URL at all)', 'javascript&colon;alert(1)', incomplete],
    ['data: HTML', 'data:text/html,<script>alert(1)</script>', scheme],
    ['data: base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', scheme],
    ['vbscript', 'vbscript:msgbox(1)', scheme],
    ['file, absolute', 'file:///etc/passwd', scheme],
    ['file, Windows drive', 'file:///C:/Windows/System32/calc.exe', scheme],
    ['file, network host', 'file://server/share/payload.exe', scheme],
    ['UNC path', '\\\\host\\share', network],
    ['UNC path to an executable', '\\\\attacker.example\\share\\setup.exe', network],
    ['protocol-relative', '//evil.example/path', network],
    ['backslashes that WHATWG turns into a host', 'https:\\\\evil.example', /backslash/],
    ['backslash inside the authority', 'https://example.com\\@evil.example', /backslash/],
    ['credentials that disguise the host', 'https://bank.example@evil.example/login', credentials],
    ['user and password', 'https://user:secret@example.com/', credentials],
    ['NUL byte', 'https://example.com/\u0000', hidden],
    ['DEL character', 'https://example.com/\u007f', hidden],
    ['C1 control', 'https://example.com/\u0085', hidden],
    ['right-to-left override', 'https://example.com/\u202Egnp.exe', hidden],
    ['zero-width space in the host', 'https://exa\u200Bmple.com', hidden],
    ['trailing newline', 'https://example.com/\n', hidden],
    ['ftp', 'ftp://example.com/file', scheme],
    ['smb', 'smb://host/share', scheme],
    ['OS settings handler', 'ms-settings:privacy', scheme],
    ['Chromium internal page', 'chrome://settings', scheme],
    ['about:', 'about:blank', scheme],
    ['our own app scheme', 'app://bundle/index.html', scheme],
    ['blob', 'blob:https://example.com/0f5b7c3e', scheme],
    ['no host', 'https://', incomplete],
    ['empty host', 'http:///', incomplete],
    ['relative path', '../notes/secret.md', incomplete],
    ['a sentence', 'not a url', hidden],
    ['empty string', '', /empty/],
    ['a very long URL', `https://example.com/${'a'.repeat(5000)}`, /too long/],
    ['mailto with attach (file exfiltration)', 'mailto:a@example.com?attach=/etc/passwd', /only set subject, body, cc and bcc/],
    ['mailto with a hidden to header', 'mailto:a@example.com?to=b@evil.example', /only set subject, body, cc and bcc/],
    ['mailto with an encoded newline in the address', 'mailto:a@example.com%0ABcc:evil@evil.example', mailAddress],
    ['mailto without an address', 'mailto:', mailAddress],
    ['mailto with no @', 'mailto:nobody', mailAddress],
    ['mailto with broken encoding', 'mailto:%E0%A4%A@example.com', /not encoded correctly/],
    ['not a string: number', 42, /not text/],
    ['not a string: null', null, /not text/],
    ['not a string: object', { href: 'https://example.com' }, /not text/],
  ];

  it.each(hostile)('%s', (_label, raw, reason) => {
    const parsed = parseExternalUrl(raw);
    expect(parsed).toEqual({ ok: false, reason: expect.stringMatching(reason) });
    // A sentence a person can read, not a code.
    if (!parsed.ok) expect(parsed.reason).toMatch(/^[A-Z].+\.$/s);
  });
});

describe('parseExternalUrl: web and mail links pass with their real host', () => {
  const allowed: Array<[string, string, string]> = [
    ['https://example.com/page?q=1#part', 'example.com', 'https://example.com/page?q=1#part'],
    ['http://example.com:8080/', 'example.com:8080', 'http://example.com:8080/'],
    ['HTTPS://Example.COM', 'example.com', 'https://example.com/'],
    // A look-alike (Cyrillic "а") is shown as what it is: punycode.
    ['https://ex\u0430mple.com/', 'xn--exmple-4nf.com', 'https://xn--exmple-4nf.com/'],
    ['https://[::1]:3000/x', '[::1]:3000', 'https://[::1]:3000/x'],
    ['mailto:someone@example.com?subject=Hi&body=Hello%0Athere', 'someone@example.com',
      'mailto:someone@example.com?subject=Hi&body=Hello%0Athere'],
    ['mailto:a@x.example,%20b@y.example', 'a@x.example, b@y.example', 'mailto:a@x.example,%20b@y.example'],
  ];

  it.each(allowed)('%s', (raw, host, href) => {
    const parsed = parseExternalUrl(raw);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.host).toBe(host);
      expect(parsed.url.href).toBe(href);
    }
  });
});

function fakeDeps(answer: boolean, openExternal = vi.fn(async (_url: string) => undefined)) {
  const steps: string[] = [];
  const deps: ExternalLinkDeps = {
    confirm: vi.fn(async (host: string, url: string) => {
      steps.push(`confirm ${host} ${url}`);
      return answer;
    }),
    openExternal: async (url: string) => {
      steps.push(`open ${url}`);
      await openExternal(url);
    },
  };
  return { deps, steps };
}

describe('openExternalSafely', () => {
  it('shows the real host first, then opens the normalised URL', async () => {
    const { deps, steps } = fakeDeps(true);
    const outcome = await openExternalSafely('HTTPS://Example.COM/a?b=1', deps);
    expect(outcome).toEqual({ opened: true, url: 'https://example.com/a?b=1' });
    expect(steps).toEqual(['confirm example.com https://example.com/a?b=1', 'open https://example.com/a?b=1']);
  });

  it('opens nothing when the user declines', async () => {
    const { deps, steps } = fakeDeps(false);
    const outcome = await openExternalSafely('https://example.com/', deps);
    expect(outcome).toMatchObject({ opened: false, why: 'cancelled' });
    expect(steps).toEqual(['confirm example.com https://example.com/']);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', '\\\\host\\share', 'https://bank.example@evil.example/'])(
    'never asks about, nor opens, %s',
    async (raw) => {
      const { deps, steps } = fakeDeps(true);
      const outcome = await openExternalSafely(raw, deps);
      expect(outcome).toMatchObject({ opened: false, why: 'refused' });
      expect(steps).toEqual([]);
    },
  );

  it('reports a failure of the OS as data instead of throwing', async () => {
    const { deps } = fakeDeps(true, vi.fn(async () => Promise.reject(new Error('no browser installed'))));
    await expect(openExternalSafely('https://example.com/', deps)).resolves.toEqual({
      opened: false,
      why: 'failed',
      reason: 'The link could not be opened: no browser installed',
    });
  });

  it('does not throw when the confirmation itself fails', async () => {
    const deps: ExternalLinkDeps = {
      confirm: async () => Promise.reject(new Error('window closed')),
      openExternal: vi.fn(async () => undefined),
    };
    await expect(openExternalSafely('https://example.com/', deps)).resolves.toMatchObject({ opened: false, why: 'failed' });
    expect(deps.openExternal).not.toHaveBeenCalled();
  });
});

describe('externalLinkPrompt', () => {
  it('puts the host in the headline and the full URL in the detail, Cancel as the escape', () => {
    const prompt = externalLinkPrompt('evil.example', 'https://evil.example/login');
    expect(prompt.message).toBe('Open evil.example?');
    expect(prompt.detail).toContain('https://evil.example/login');
    expect(prompt.buttons).toEqual(['Open in browser', 'Cancel']);
    expect(prompt.cancelId).toBe(1);
  });

  it('speaks of writing an email for mailto links', () => {
    const prompt = externalLinkPrompt('a@example.com', 'mailto:a@example.com');
    expect(prompt.message).toBe('Write to a@example.com?');
    expect(prompt.buttons?.[0]).toBe('Write email');
  });
});
