import { memo, useMemo } from 'react';
import Markdown, { type Components, type Options } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import type { OutgoingLink } from '../../../shared/api';
import { MarkdownContext, type MarkdownSurroundings } from './markdown-context';
import { MarkdownImage } from './MarkdownImage';
import { MarkdownLink } from './MarkdownLink';
import { remarkCallouts } from './remark-callouts';
import { remarkWikilinks } from './remark-wikilinks';
import { indexOutgoing } from './resolve-target';
import { sectionKeys, splitSections } from './sections';
import '../styles/editor.css';

interface Props {
  /** The body to render, frontmatter already removed. */
  markdown: string;
  outgoing: readonly OutgoingLink[];
  currentPath: string;
  /** Where this rendering sits (inside embeds, what a seed click does); the note itself by default. */
  surroundings?: Partial<MarkdownSurroundings>;
}

/**
 * One section of a note (see sections.ts), memoised: while typing, only the section that
 * changed is parsed and rendered again.
 */
const MarkdownSection = memo(function MarkdownSection({ markdown, remarkPlugins, components }: { markdown: string; remarkPlugins: Options['remarkPlugins']; components: Components }) {
  return (
    <Markdown remarkPlugins={remarkPlugins} components={components}>
      {markdown}
    </Markdown>
  );
});

/**
 * One note rendered. No rehype-raw: HTML written in a note stays visible text, and every
 * link goes through MarkdownLink's policy. GFM (tables, task lists, strikethrough,
 * autolinks, footnotes), wikilinks with inline embeds, and Obsidian callouts.
 * Memoised, so a deferred preview (useDeferredValue) does not re-render the old text.
 */
export const MarkdownView = memo(function MarkdownView({ markdown, outgoing, currentPath, surroundings }: Props) {
  const resolve = useMemo(() => indexOutgoing(outgoing), [outgoing]);
  const remarkPlugins = useMemo<Options['remarkPlugins']>(
    () => [remarkGfm, remarkCallouts, [remarkWikilinks, { resolve, currentPath }]],
    [resolve, currentPath],
  );
  const components = useMemo<Components>(
    () => ({
      a: (props) => <MarkdownLink {...props} resolve={resolve} />,
      img: MarkdownImage,
    }),
    [resolve],
  );
  const depth = surroundings?.depth ?? 0;
  const ancestors = surroundings?.ancestors;
  const onFollowSeed = surroundings?.onFollowSeed;
  const context = useMemo<MarkdownSurroundings>(
    () => ({ depth, ancestors: ancestors ?? [currentPath], onFollowSeed }),
    [depth, ancestors, currentPath, onFollowSeed],
  );
  const sections = useMemo(() => splitSections(markdown), [markdown]);
  const keys = useMemo(() => sectionKeys(sections), [sections]);
  return (
    <MarkdownContext.Provider value={context}>
      <div className="markdown">
        {sections.map((section, i) => (
          <MarkdownSection key={keys[i]} markdown={section} remarkPlugins={remarkPlugins} components={components} />
        ))}
      </div>
    </MarkdownContext.Provider>
  );
});
