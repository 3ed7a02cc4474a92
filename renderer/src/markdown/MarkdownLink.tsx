import type { ComponentPropsWithoutRef, MouseEvent } from 'react';
import type { ExtraProps } from 'react-markdown';
import { decideLink } from './link-policy';
import type { TargetIndex } from './resolve-target';
import { SEED_TITLE } from './remark-wikilinks';

type Props = ComponentPropsWithoutRef<'a'> & ExtraProps & { resolve: TargetIndex };

function stringProperty(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function scrollToAnchor(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  // A footnote or heading anchor must not replace the hash route.
  event.preventDefault();
  document.getElementById(id)?.scrollIntoView({ block: 'start' });
}

export function MarkdownLink({ node, href, children, resolve, title }: Props) {
  const properties = node?.properties ?? {};
  const wikilink = stringProperty(properties.dataWikilink);

  if (wikilink === 'embed') {
    return (
      <span className="embed-box" data-testid="embed" data-target={stringProperty(properties.dataTarget)}>
        <span className="embed-label">Embedded: </span>
        {href ? (
          <a href={href} className="wikilink">
            {children}
          </a>
        ) : (
          <span>{children}</span>
        )}
        <span className="embed-note"> — shown as a link for now; embeds appear inline in a later release.</span>
      </span>
    );
  }
  if (wikilink === 'seed') {
    return (
      <a href={href} className="wikilink seed" title={SEED_TITLE}>
        {children}
      </a>
    );
  }
  if (wikilink === 'note') {
    return (
      <a href={href} className="wikilink">
        {children}
      </a>
    );
  }

  const decision = decideLink(href, resolve);
  switch (decision.kind) {
    case 'route':
      return <a href={decision.href} className="wikilink">{children}</a>;
    case 'seed':
      return <a href={decision.href} className="wikilink seed" title={SEED_TITLE}>{children}</a>;
    case 'anchor':
      return <a href={`#${decision.id}`} onClick={(event) => scrollToAnchor(event, decision.id)}>{children}</a>;
    case 'external':
      return (
        <a href={decision.href} target="_blank" rel="noopener noreferrer" className="external-link" title={title ?? decision.href}>
          {children}
        </a>
      );
    case 'inert':
      return <span className="inert-link" title={decision.reason}>{children}</span>;
  }
}
