/**
 * Full-text search (`#/search?q=…`): the query lives in the address, so a search can be
 * bookmarked and Back returns to it. Typing updates the address in place after a short
 * pause; results show title, kind, path and the lines that matched with the matched
 * words marked. ↓ from the box walks the results.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/api';
import { messageOf } from '../api/client';
import { useClient } from '../api/ClientContext';
import { useGarden } from '../app/GardenContext';
import { KindLabel } from '../components/KindIcon';
import { replaceRoute } from '../router/navigate';
import { noteHref, searchHref } from '../router/routes';
import { appendFilter, SEARCH_FILTERS } from './filters';
import { onSearchFocusRequest } from './focus';
import { Highlighted } from './Highlighted';

export const SEARCH_LIMIT = 50;
const TYPING_PAUSE_MS = 250;

type Outcome = { query: string; hits: SearchHit[] } | { query: string; error: string };

function FilterHelp({ onInsert }: { onInsert(filter: string): void }) {
  return (
    <p className="search-help muted small" data-testid="search-help">
      Narrow it down with{' '}
      {SEARCH_FILTERS.map((filter, i) => (
        <span key={filter.prefix}>
          {i > 0 && (i === SEARCH_FILTERS.length - 1 ? ' or ' : ', ')}
          <button type="button" className="filter-chip" title={`Add ${filter.prefix} — ${filter.says}`} onClick={() => onInsert(filter.prefix)}>
            {filter.example}
          </button>
        </span>
      ))}
      ; combine them with words.
    </p>
  );
}

function Result({ hit }: { hit: SearchHit }) {
  return (
    <li className="search-result" data-testid="search-result" data-path={hit.path}>
      <div className="search-result-head">
        <a className="search-result-title" href={noteHref(hit.path)}>
          {hit.title}
        </a>
        <KindLabel kind={hit.kind} />
        <span className="note-path">{hit.path}</span>
      </div>
      {hit.snippets.map((snippet, i) => (
        <p key={i} className="snippet">
          <Highlighted text={snippet.text} highlights={snippet.highlights} />
        </p>
      ))}
    </li>
  );
}

function moveAmongResults(event: KeyboardEvent<HTMLElement>, list: HTMLElement | null, from: 'input' | 'list') {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...(list?.querySelectorAll<HTMLAnchorElement>('a.search-result-title') ?? [])];
  if (links.length === 0) return;
  const at = from === 'input' ? -1 : links.indexOf(document.activeElement as HTMLAnchorElement);
  if (from === 'input' && event.key === 'ArrowUp') return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
  if (next < 0) list?.closest('.search-view')?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  else links[next]?.focus();
}

export function SearchView({ query }: { query: string }) {
  const client = useClient();
  const { snapshot, epoch } = useGarden();
  const [text, setText] = useState(query);
  const [routeQuery, setRouteQuery] = useState(query);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const wanted = query.trim();

  // Back, Forward or a tag link changed the address: the box follows it.
  if (routeQuery !== query) {
    setRouteQuery(query);
    setText(query);
  }

  useEffect(() => {
    if (text === query) return;
    const timer = setTimeout(() => replaceRoute(searchHref(text)), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, query]);

  useEffect(() => {
    if (wanted === '') return;
    let live = true;
    client.call('search.query', { query: wanted, limit: SEARCH_LIMIT }).then(
      (hits) => live && setOutcome({ query: wanted, hits }),
      (error: unknown) => live && setOutcome({ query: wanted, error: messageOf(error) }),
    );
    return () => {
      live = false;
    };
    // A changed garden (snapshot) or a reopened one (epoch) may change the answer.
  }, [client, wanted, snapshot, epoch]);

  useEffect(() => onSearchFocusRequest(() => input.current?.focus()), []);

  const current = outcome?.query === wanted ? outcome : null;
  const hits = current && 'hits' in current ? current.hits : null;

  return (
    <section className="view search-view">
      <header className="view-header">
        <h1>Search</h1>
      </header>
      <form
        role="search"
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          replaceRoute(searchHref(text));
        }}
      >
        <input
          ref={input}
          type="search"
          className="search-input"
          data-testid="search-input"
          aria-label="Search the garden"
          placeholder="Words, a phrase, tag:…, kind:…, path:…"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => moveAmongResults(event, list.current, 'input')}
          autoFocus
          spellCheck={false}
          autoComplete="off"
        />
      </form>
      <FilterHelp
        onInsert={(filter) => {
          setText((t) => appendFilter(t, filter));
          input.current?.focus();
        }}
      />
      <div className="search-outcome" aria-live="polite">
        {wanted === '' ? null : current === null ? (
          <p className="muted small" role="status">Searching…</p>
        ) : 'error' in current ? (
          <div className="banner banner-error inline-banner" role="alert" data-testid="search-error">
            <span className="banner-icon" aria-hidden="true">!</span>
            <p className="banner-text">{current.error}</p>
          </div>
        ) : hits && hits.length === 0 ? (
          <p className="empty">Nothing in the garden matches “{wanted}”. Try fewer words, or check a filter’s spelling.</p>
        ) : (
          <p className="muted small search-count" role="status">
            {hits!.length === SEARCH_LIMIT ? `The best ${SEARCH_LIMIT} results` : `${hits!.length} ${hits!.length === 1 ? 'result' : 'results'}`} for “{wanted}”
          </p>
        )}
      </div>
      {hits && hits.length > 0 && (
        <ol className="search-results" ref={list} onKeyDown={(event) => moveAmongResults(event, list.current, 'list')}>
          {hits.map((hit) => (
            <Result key={hit.path} hit={hit} />
          ))}
        </ol>
      )}
    </section>
  );
}
