import { useMemo } from 'react';
import Markdown, { type Components, type Options } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import type { OutgoingLink } from '../../../shared/api';
import { MarkdownImage } from './MarkdownImage';
import { MarkdownLink } from './MarkdownLink';
import { remarkWikilinks } from './remark-wikilinks';
import { indexOutgoing } from './resolve-target';

interface Props {
  /** The body to render, frontmatter already removed. */
  markdown: string;
  outgoing: readonly OutgoingLink[];
  currentPath: string;
}

/**
 * One note rendered read-only. No rehype-raw: HTML written in a note stays visible text,
 * and every link goes through MarkdownLink's policy.
 */
export function MarkdownView({ markdown, outgoing, currentPath }: Props) {
  const resolve = useMemo(() => indexOutgoing(outgoing), [outgoing]);
  const remarkPlugins = useMemo<Options['remarkPlugins']>(
    () => [remarkGfm, [remarkWikilinks, { resolve, currentPath }]],
    [resolve, currentPath],
  );
  const components = useMemo<Components>(
    () => ({
      a: (props) => <MarkdownLink {...props} resolve={resolve} />,
      img: MarkdownImage,
    }),
    [resolve],
  );
  return (
    <div className="markdown">
      <Markdown remarkPlugins={remarkPlugins} components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
