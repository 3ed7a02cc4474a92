/**
 * Find a plant and fly to it: a combobox over the map's plants, best matches first. Typing
 * also brings the matches forward on the map.
 */
import { useId, useMemo, useState, type RefObject } from 'react';
import { KindIcon } from '../../components/KindIcon';
import type { GraphData, GraphNode, GraphView } from '../../../../shared/graph/model';
import { searchNodes } from '../../../../shared/graph/view-model';

interface Props {
  data: GraphData;
  view: GraphView;
  value: string;
  onChange(value: string): void;
  onChoose(node: GraphNode): void;
  inputRef: RefObject<HTMLInputElement | null>;
}

export function MapSearch({ data, view, value, onChange, onChoose, inputRef }: Props) {
  const listId = useId();
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = useMemo(() => searchNodes(data, view, value, 8), [data, view, value]);
  const shown = open && results.length > 0;
  const choose = (node: GraphNode | undefined) => {
    if (!node) return;
    setOpen(false);
    onChoose(node);
  };
  return (
    <div className="graph-search">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label="Find a plant on the map"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown ? `${listId}-${active}` : undefined}
        placeholder="Find a plant…  ( / )"
        data-testid="graph-search"
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && results.length) {
            e.preventDefault();
            setOpen(true);
            setActive((a) => (a + 1) % results.length);
          } else if (e.key === 'ArrowUp' && results.length) {
            e.preventDefault();
            setActive((a) => (a - 1 + results.length) % results.length);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(results[Math.min(active, results.length - 1)]);
          } else if (e.key === 'Escape') {
            if (value !== '') {
              e.preventDefault();
              onChange('');
            }
            setOpen(false);
          }
        }}
      />
      <ul id={listId} role="listbox" className="graph-search-results" hidden={!shown} aria-label="Plants found">
        {results.map((node, i) => (
          <li
            key={node.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            data-testid="graph-search-result"
            // Chosen on mousedown, before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(node);
            }}
          >
            {node.kind === 'person' || node.kind === 'note' || node.kind === 'source' || node.kind === 'goal' ? <KindIcon kind={node.kind} /> : null}
            <span>{node.label}</span>
            {!view.visible[node.index] && <span className="muted">(hidden by filters)</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
