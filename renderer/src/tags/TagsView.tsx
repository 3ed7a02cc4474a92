/**
 * The tag browser (`#/tags`): every tag in the garden as a tree of nested tags with how
 * many plants carry each; choosing one searches for `tag:<tag>`.
 */
import { useEffect, useMemo, useState } from 'react';
import type { TagCount } from '../../../shared/api';
import { messageOf } from '../api/client';
import { useClient } from '../api/ClientContext';
import { useGarden } from '../app/GardenContext';
import { searchHref } from '../router/routes';
import { EmptyGarden } from '../views/EmptyGarden';
import { buildTagTree, countTags, filterTagTree, type TagNode } from './tag-tree';

type Loaded = { tags: TagCount[] } | { error: string };

function TagBranch({ node, collapsed, toggle, forceOpen }: { node: TagNode; collapsed: ReadonlySet<string>; toggle(tag: string): void; forceOpen: boolean }) {
  const open = forceOpen || !collapsed.has(node.tag);
  const hasChildren = node.children.length > 0;
  return (
    <li>
      <div className="tag-row" data-testid="tag-row" data-tag={node.tag}>
        {hasChildren ? (
          <button type="button" className="tag-toggle" aria-expanded={open} aria-label={`${open ? 'Collapse' : 'Expand'} #${node.tag}`} onClick={() => toggle(node.tag)}>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="tag-toggle-space" aria-hidden="true" />
        )}
        <a className="tag-link" href={searchHref(`tag:${node.tag}`)} title={`Search for tag:${node.tag}`}>
          <span className="tag-hash" aria-hidden="true">#</span>
          {node.name}
        </a>
        {node.count > 0 && (
          <span className="nav-count" aria-label={`${node.count} ${node.count === 1 ? 'plant' : 'plants'}`}>
            {node.count}
          </span>
        )}
      </div>
      {hasChildren && open && (
        <ul className="tag-children">
          {node.children.map((child) => (
            <TagBranch key={child.tag} node={child} collapsed={collapsed} toggle={toggle} forceOpen={forceOpen} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function TagsView() {
  const client = useClient();
  const { snapshot, epoch } = useGarden();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [filter, setFilter] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (!snapshot) return;
    let live = true;
    client.call('tags.list', {}).then(
      (tags) => live && setLoaded({ tags }),
      (error: unknown) => live && setLoaded({ error: messageOf(error) }),
    );
    return () => {
      live = false;
    };
    // Tags change with the garden: ask again when the snapshot does.
  }, [client, snapshot, epoch]);

  const tree = useMemo(() => (loaded && 'tags' in loaded ? buildTagTree(loaded.tags) : []), [loaded]);
  const shown = useMemo(() => filterTagTree(tree, filter), [tree, filter]);

  if (!snapshot) return <EmptyGarden />;
  const toggle = (tag: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(tag)) next.add(tag);
      return next;
    });

  return (
    <section className="view tags-view">
      <header className="view-header">
        <h1>
          Tags {loaded && 'tags' in loaded && <span className="count">{countTags(tree)}</span>}
        </h1>
        <p className="muted">Tags from frontmatter and #tags in the text. Nested tags (a/b) fold under their parent. Choose one to see its plants.</p>
      </header>
      {loaded === null ? (
        <p className="muted" role="status">Loading tags…</p>
      ) : 'error' in loaded ? (
        <div className="banner banner-error inline-banner" role="alert">
          <span className="banner-icon" aria-hidden="true">!</span>
          <p className="banner-text">{loaded.error}</p>
        </div>
      ) : tree.length === 0 ? (
        <p className="empty">No tags yet. Add `tags: [idea]` to a note’s frontmatter, or write #idea in its text.</p>
      ) : (
        <>
          <div className="toolbar">
            <input type="search" className="filter-input" aria-label="Filter tags" placeholder="Filter tags" value={filter} onChange={(event) => setFilter(event.target.value)} />
          </div>
          {shown.length === 0 ? (
            <p className="empty">No tag contains “{filter.trim()}”.</p>
          ) : (
            <ul className="tag-tree" data-testid="tag-tree" aria-label="Tags">
              {shown.map((node) => (
                <TagBranch key={node.tag} node={node} collapsed={collapsed} toggle={toggle} forceOpen={filter.trim() !== ''} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
