import type { ComponentPropsWithoutRef, MouseEvent } from 'react';
import type { ExtraProps } from 'react-markdown';
import { decideLink, visibleHost } from './link-policy';
import { useMarkdownSurroundings } from './markdown-context';
import { NoteEmbed } from './NoteEmbed';
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

interface HastLike {
  type: string;
  value?: string;
  children?: HastLike[];
}

function textOf(node: HastLike | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** A link to a note not written yet: planted (created) on click where the page allows it. */
function SeedLink({ href, target, children }: { href: string | undefined; target: string; children: Props['children'] }) {
  const { onFollowSeed } = useMarkdownSurroundings();
  return (
    <a
      href={href}
      className="wikilink seed"
      title={onFollowSeed ? `${SEED_TITLE}: click to plant it` : SEED_TITLE}
      onClick={
        onFollowSeed
          ? (event) => {
              event.preventDefault();
              onFollowSeed(target);
            }
          : undefined
      }
    >
      {children}
    </a>
  );
}

function EmbedBox({ href, target, resolved, heading, children }: { href?: string; target: string; resolved: string; heading: string; children: Props['children'] }) {
  if (resolved && /\.md$/i.test(resolved)) return <NoteEmbed path={resolved} heading={heading || null} label={target} />;
  if (resolved) {
    // Attachments have no route through the door yet: say what is there instead of loading it.
    return (
      <span className="embed-box" data-testid="embed" data-target={target} data-embed-state="attachment">
        <span className="embed-label">Attachment: </span>
        <span>{children}</span>
        <span className="embed-note"> — attachments are not shown inside notes yet.</span>
      </span>
    );
  }
  return (
    <span className="embed-box" data-testid="embed" data-target={target} data-embed-state="seed">
      <span className="embed-label">Embedded note not written yet: </span>
      <SeedLink href={href} target={target}>
        {children}
      </SeedLink>
    </span>
  );
}

export function MarkdownLink({ node, href, children, resolve, title }: Props) {
  const properties = node?.properties ?? {};
  const wikilink = stringProperty(properties.dataWikilink);
  const target = stringProperty(properties.dataTarget);

  if (wikilink === 'embed') {
    return (
      <EmbedBox href={href} target={target} resolved={stringProperty(properties.dataResolved)} heading={stringProperty(properties.dataHeading)}>
        {children}
      </EmbedBox>
    );
  }
  if (wikilink === 'seed') {
    return (
      <SeedLink href={href} target={target}>
        {children}
      </SeedLink>
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
      return (
        <SeedLink href={decision.href} target={decision.target}>
          {children}
        </SeedLink>
      );
    case 'anchor':
      return <a href={`#${decision.id}`} onClick={(event) => scrollToAnchor(event, decision.id)}>{children}</a>;
    case 'external': {
      // The real destination is always visible: in the tooltip, and as a small label when
      // the link text does not already show it.
      const host = visibleHost(decision.href);
      const text = textOf(node as HastLike | undefined);
      const showHost = host !== '' && !text.toLowerCase().includes(host.toLowerCase());
      return (
        <>
          <a href={decision.href} target="_blank" rel="noopener noreferrer" className="external-link" title={title ? `${title} — ${decision.href}` : decision.href}>
            {children}
          </a>
          {showHost && <span className="link-host"> ({host})</span>}
        </>
      );
    }
    case 'inert':
      return <span className="inert-link" title={decision.reason}>{children}</span>;
  }
}
