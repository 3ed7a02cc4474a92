import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from '../../../../electron/main/csp';

/** Parses the header back into directive → sources, the way a browser reads it. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

describe('the Content-Security-Policy', () => {
  const policy = parsePolicy(CONTENT_SECURITY_POLICY);

  it('is exactly the policy of the security checklist', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-src 'none'; " +
        "form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('runs only our own scripts: no inline script, no eval, no remote host', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('*');
  });

  it("allows 'unsafe-inline' for styles only", () => {
    for (const [name, sources] of policy) {
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
    }
  });

  it('shuts plugins, <base>, frames, forms and framing of the app', () => {
    for (const name of ['object-src', 'base-uri', 'frame-src', 'form-action', 'frame-ancestors']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
  });

  it('is built from the directive table, one entry per directive', () => {
    expect([...policy.keys()]).toEqual(Object.keys(CSP_DIRECTIVES));
    expect(Object.isFrozen(CSP_DIRECTIVES)).toBe(true);
  });

  it('lives in a module with no imports, so the HTTP door and the CLI can load it', () => {
    const source = readFileSync(new URL('../../../../electron/main/csp.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/require\(/);
  });
});
