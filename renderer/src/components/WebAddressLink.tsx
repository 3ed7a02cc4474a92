/**
 * "Open on example.org" for an address kept as data (a source's `url`): only an http(s)
 * address becomes a link, parsed as the core parses it (shared/entities.ts `parseWebUrl`),
 * with the real host as its name. Anything else says it will not be opened. The link leaves
 * the app as every link out does (the desktop app's window handler asks first).
 */
import { parseWebUrl } from '../../../shared/entities';
import { visibleHost } from '../markdown/link-policy';

export function WebAddressLink({ url, className, refusal }: { url: string | null; className?: string; refusal?: string }) {
  const href = url === null ? null : parseWebUrl(url);
  if (href === null) return refusal && url ? <span className="property-hint">{refusal}</span> : null;
  return (
    <a className={`external-link${className ? ` ${className}` : ''}`} href={href} target="_blank" rel="noopener noreferrer" title={href}>
      Open on {visibleHost(href)}
    </a>
  );
}
