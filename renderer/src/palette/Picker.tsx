/**
 * A search box over a list to choose from (the quick switcher and the command palette):
 * the ARIA combobox pattern, so a screen reader follows the active option while focus
 * stays in the box. ↑/↓ move (wrapping), Page Up/Down jump, Enter chooses, the mouse
 * works too. While the list is still being fetched for what was just typed, Enter waits
 * for it instead of choosing from the answer to an older query.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface PickerItem {
  key: string;
  content: ReactNode;
  /** Accessible name of the option when its content is not plain enough. */
  label?: string;
  /** Extra data attributes for tests and styling, e.g. { kind: 'create' }. */
  data?: Record<string, string>;
  /** A heading shown above this item (groups: "Recent notes"). */
  group?: string;
  choose(): void;
}

const PAGE = 8;

export function Picker({ label, placeholder, query, onQuery, items, busy = false, itemTestId, status, footer }: {
  label: string;
  placeholder: string;
  query: string;
  onQuery(query: string): void;
  items: readonly PickerItem[];
  /** True while `items` does not yet answer `query`. */
  busy?: boolean;
  itemTestId: string;
  /** A line under the box: no results, an error, loading. */
  status?: ReactNode;
  footer?: ReactNode;
}) {
  const listId = useId();
  const [active, setActive] = useState(0);
  const [shownFor, setShownFor] = useState({ query, items });
  const enterPending = useRef(false);
  const list = useRef<HTMLUListElement>(null);

  // A new query or a new answer starts again at the top (adjusting state while rendering).
  if (shownFor.query !== query || shownFor.items !== items) {
    setShownFor({ query, items });
    setActive(0);
  }
  const current = items.length === 0 ? -1 : Math.min(active, items.length - 1);

  useEffect(() => {
    if (!busy && enterPending.current) {
      enterPending.current = false;
      items[0]?.choose();
    }
  }, [busy, items]);

  useEffect(() => {
    list.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = items.length;
    const move = (to: number) => {
      event.preventDefault();
      if (count > 0) setActive(((to % count) + count) % count);
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(current + 1);
      case 'ArrowUp':
        return move(current - 1);
      case 'PageDown':
        return move(Math.min(current + PAGE, count - 1));
      case 'PageUp':
        return move(Math.max(current - PAGE, 0));
      case 'Enter': {
        if (event.nativeEvent.isComposing) return;
        event.preventDefault();
        if (busy) enterPending.current = true;
        else if (current >= 0) items[current]?.choose();
        return;
      }
    }
  }

  return (
    <div className="picker">
      <input
        className="picker-input"
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? `${listId}-${current}` : undefined}
        placeholder={placeholder}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={onKeyDown}
        spellCheck={false}
        autoComplete="off"
        data-autofocus
      />
      {status && (
        <p className="picker-status" role="status">
          {status}
        </p>
      )}
      <ul className="picker-list" id={listId} role="listbox" aria-label={label} ref={list} hidden={items.length === 0}>
        {items.map((item, index) => (
          <li key={item.key} role="presentation">
            {item.group && index === items.findIndex((i) => i.group === item.group) && (
              <div className="picker-group" aria-hidden="true">
                {item.group}
              </div>
            )}
            <div
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              aria-label={item.label}
              className="picker-item"
              data-testid={itemTestId}
              {...Object.fromEntries(Object.entries(item.data ?? {}).map(([k, v]) => [`data-${k}`, v]))}
              onMouseMove={() => {
                if (index !== current) setActive(index);
              }}
              // Keep focus in the box: the click chooses, it does not move focus.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => item.choose()}
            >
              {item.content}
            </div>
          </li>
        ))}
      </ul>
      {footer && <div className="picker-footer">{footer}</div>}
    </div>
  );
}
