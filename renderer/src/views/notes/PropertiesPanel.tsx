/**
 * The frontmatter as a form for the file's kind. Values are read from the editor's text (so
 * the panel and the YAML never disagree), and every change is a frontmatter edit in place
 * (shared/frontmatter-edit.ts) handed to the page, which puts it into the editor as an
 * undoable change and lets autosave write it. Keys the panel does not know are listed and
 * left alone. "Raw YAML" shows the frontmatter itself at the top of the editor.
 */
import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { PlantSummary } from '../../../../shared/api';
import { localIsoDate } from '../../../../shared/dates';
import { keyInData } from '../../../../shared/entities';
import { appendToList, deleteProperty, readFrontmatter, setProperty } from '../../../../shared/frontmatter-edit';
import type { PlantKind } from '../../../../shared/types';
import { HealthBadges } from '../../components/HealthBadge';
import { RECIPROCITY_LABELS } from '../../components/labels';
import { WebAddressLink } from '../../components/WebAddressLink';
import { displayValue, FIELDS, keyInFile, valueFromInput, type FieldSpec } from './property-fields';

export type FrontmatterEdit = (text: string) => string;

interface Props {
  kind: PlantKind;
  text: string;
  plant: PlantSummary | undefined;
  readOnly: boolean;
  onEdit(edit: FrontmatterEdit): void;
  rawShown: boolean;
  onToggleRaw(): void;
  /** Why the last edit could not be made, if it could not. */
  error: string | null;
}

function commitOnEnter(event: KeyboardEvent<HTMLInputElement>): void {
  if (event.key === 'Enter') {
    event.preventDefault();
    event.currentTarget.blur();
  }
}

/** A one-line input that commits on blur or Enter, and shows the file's value again when that changes. */
function LineInput({ id, value, type = 'text', disabled, placeholder, onCommit, label }: {
  id?: string;
  value: string;
  type?: string;
  disabled: boolean;
  placeholder?: string;
  label?: string;
  onCommit(value: string): void;
}) {
  return (
    <input
      key={value}
      id={id}
      className="property-input"
      type={type}
      defaultValue={value}
      disabled={disabled}
      placeholder={placeholder}
      aria-label={label}
      onKeyDown={commitOnEnter}
      onBlur={(event) => {
        if (event.currentTarget.value !== value) onCommit(event.currentTarget.value);
      }}
    />
  );
}

/** A date picker for dates (and empty dates); a value that is not a date stays editable as text. */
function inputType(spec: FieldSpec, shown: string): string {
  if (spec.type === 'number') return 'number';
  if (spec.type === 'date' && (shown === '' || /^\d{4}-\d{2}-\d{2}$/.test(shown))) return 'date';
  return 'text';
}

function setOrDelete(keyPath: (string | number)[], value: unknown): FrontmatterEdit {
  return (text) => (value === undefined ? deleteProperty(text, keyPath) : setProperty(text, keyPath, value));
}

function Field({ spec, data, disabled, onEdit }: { spec: FieldSpec; data: Record<string, unknown>; disabled: boolean; onEdit(edit: FrontmatterEdit): void }) {
  const id = useId();
  const key = keyInFile(data, spec) ?? spec.key;
  const raw = data[key];
  const shown = displayValue(raw, spec.type);
  let input: ReactNode;
  switch (spec.type) {
    case 'select': {
      const options = spec.options ?? [];
      const current = typeof raw === 'string' ? raw : shown;
      input = (
        <select
          id={id}
          className="property-input"
          value={current}
          disabled={disabled}
          onChange={(event) => {
            const edit = setOrDelete([key], event.target.value === '' ? undefined : event.target.value);
            // The reading list's "age in the current status" reads the day the status changed.
            const stamp = spec.stamp;
            onEdit(stamp ? (text) => setProperty(edit(text), keyInFile(data, { key: stamp, label: '', type: 'date' }) ?? stamp, localIsoDate(new Date())) : edit);
          }}
        >
          <option value="">—</option>
          {current !== '' && !options.includes(current) && <option value={current}>{current}</option>}
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
      break;
    }
    case 'boolean':
      input = (
        <input
          id={id}
          type="checkbox"
          checked={raw === true}
          disabled={disabled}
          onChange={(event) => onEdit(setOrDelete([key], event.target.checked ? true : undefined))}
        />
      );
      break;
    case 'platforms':
      input = <Platforms keyName={key} value={raw} disabled={disabled} onEdit={onEdit} />;
      break;
    default:
      input = (
        <LineInput
          id={id}
          value={shown}
          type={inputType(spec, shown)}
          disabled={disabled}
          placeholder={spec.placeholder}
          onCommit={(value) => onEdit(setOrDelete([key], valueFromInput(spec, value)))}
        />
      );
  }
  return (
    <>
      <dt>{spec.type === 'platforms' ? <span>{spec.label}</span> : <label htmlFor={id}>{spec.label}</label>}</dt>
      <dd>
        {input}
        {spec.type === 'url' && typeof raw === 'string' && raw !== '' && <WebAddressLink url={raw} className="property-hint" refusal="Not an http(s) address: it will not be opened." />}
        {spec.hint && <span className="property-hint">{spec.hint}</span>}
      </dd>
    </>
  );
}

interface PlatformRow {
  platform: string;
  handle: string;
  editable: boolean;
}

function platformRows(value: unknown): PlatformRow[] | null {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return null;
  return value.map((item) => {
    if (typeof item === 'string') return { platform: item, handle: '', editable: false };
    if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      return {
        platform: typeof record.platform === 'string' ? record.platform : '',
        handle: typeof record.handle === 'string' ? record.handle : typeof record.community === 'string' ? record.community : '',
        editable: true,
      };
    }
    return { platform: String(item), handle: '', editable: false };
  });
}

function Platforms({ keyName, value, disabled, onEdit }: { keyName: string; value: unknown; disabled: boolean; onEdit(edit: FrontmatterEdit): void }) {
  const rows = platformRows(value);
  const [adding, setAdding] = useState({ platform: '', handle: '' });
  if (rows === null) return <span className="property-hint">Written in another form; edit it in the raw YAML.</span>;
  const add = () => {
    const platform = adding.platform.trim();
    if (!platform) return;
    const handle = adding.handle.trim();
    onEdit((text) => appendToList(text, keyName, handle ? { platform, handle } : { platform }));
    setAdding({ platform: '', handle: '' });
  };
  return (
    <div className="platforms">
      {rows.map((row, i) => (
        <div className="platform-row" key={`${i}:${row.platform}`}>
          <LineInput
            value={row.platform}
            label={`Platform ${i + 1}`}
            disabled={disabled || !row.editable}
            onCommit={(v) => v.trim() !== '' && onEdit(setOrDelete([keyName, i, 'platform'], v.trim()))}
          />
          <LineInput
            value={row.handle}
            label={`Handle on ${row.platform || `platform ${i + 1}`}`}
            placeholder="handle"
            disabled={disabled || !row.editable}
            onCommit={(v) => onEdit(setOrDelete([keyName, i, 'handle'], v.trim() === '' ? undefined : v.trim()))}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove ${row.platform || `platform ${i + 1}`}`}
            disabled={disabled}
            onClick={() => onEdit((text) => deleteProperty(text, [keyName, i]))}
          >
            ×
          </button>
        </div>
      ))}
      {!disabled && (
        <div className="platform-row platform-add">
          <input
            className="property-input"
            aria-label="New platform"
            placeholder="platform"
            value={adding.platform}
            onChange={(e) => setAdding({ ...adding, platform: e.target.value })}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
          <input
            className="property-input"
            aria-label="New handle"
            placeholder="handle"
            value={adding.handle}
            onChange={(e) => setAdding({ ...adding, handle: e.target.value })}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
          <button type="button" className="button small" onClick={add} disabled={adding.platform.trim() === ''}>
            Add
          </button>
        </div>
      )}
    </div>
  );
}

const COLLAPSED_KEY = 'pln.note.propertiesCollapsed';

function readCollapsed(): boolean {
  try {
    return window.localStorage.getItem(COLLAPSED_KEY) === 'true';
  } catch {
    return false;
  }
}

/** Folded or open, remembered for every note. */
function useCollapsed(): [boolean, () => void] {
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const toggle = () =>
    setCollapsed((current) => {
      try {
        window.localStorage.setItem(COLLAPSED_KEY, String(!current));
      } catch {
        // not remembered this time
      }
      return !current;
    });
  return [collapsed, toggle];
}

export function PropertiesPanel({ kind, text, plant, readOnly, onEdit, rawShown, onToggleRaw, error }: Props) {
  const [collapsed, toggleCollapsed] = useCollapsed();
  const listId = useId();
  const frontmatter = useMemo(() => readFrontmatter(text), [text]);
  const fields = FIELDS[kind];
  const data = frontmatter.status === 'ok' ? frontmatter.data : {};
  const known = new Set(fields.map((spec) => keyInFile(data, spec)).filter((k): k is string => k !== null));
  known.add('type');
  // A person's interactions are shown (and added to) by the watering log above the properties.
  const interactionsKey = kind === 'person' ? keyInData(data, ['interactions']) : null;
  if (interactionsKey !== null) known.add(interactionsKey);
  const others = Object.keys(data).filter((key) => !known.has(key));
  const disabled = readOnly || frontmatter.status === 'error';
  const health = plant?.health;

  return (
    <section className="properties-panel" data-testid="properties-panel" aria-labelledby="properties-heading">
      <header className="properties-head">
        <h2 id="properties-heading">
          <button type="button" className="properties-toggle" aria-expanded={!collapsed} aria-controls={listId} onClick={toggleCollapsed}>
            <span className="properties-chevron" aria-hidden="true">{collapsed ? '▸' : '▾'}</span> Properties
          </button>
        </h2>
        <button type="button" className="button small" aria-pressed={rawShown} onClick={onToggleRaw} title="Show the YAML at the top of the editor">
          Raw YAML
        </button>
      </header>
      {frontmatter.status === 'error' && (
        <p className="properties-error" role="alert">
          {frontmatter.message}
        </p>
      )}
      {error && (
        <p className="properties-error" role="alert">
          {error}
        </p>
      )}
      <dl className="properties" aria-label="Properties" id={listId} hidden={collapsed}>
        {health && (
          <>
            <dt>Health</dt>
            <dd>
              <HealthBadges health={health} /> <span className="reason">{health.reason}</span>
            </dd>
          </>
        )}
        {plant?.person && health?.reciprocity && (
          <>
            <dt>Give and take</dt>
            <dd>
              {RECIPROCITY_LABELS[health.reciprocity]} · {plant.person.interactions.length} interactions
            </dd>
          </>
        )}
        {fields.map((spec) => (
          <Field key={spec.key} spec={spec} data={data} disabled={disabled} onEdit={onEdit} />
        ))}
        {plant && (
          <>
            <dt>Modified</dt>
            <dd>{plant.modified}</dd>
          </>
        )}
      </dl>
      {others.length > 0 && !collapsed && (
        <p className="property-hint properties-others">
          Also in the YAML, kept as written: {others.join(', ')}
        </p>
      )}
    </section>
  );
}
