/**
 * The names that may cross the IPC door, and the channels they travel on. Shared by the
 * preload and the main process. This file must stay free of runtime imports: the preload
 * is bundled into one sandboxed CommonJS file, and importing `api` from shared/api.ts
 * would drag zod into it. So the method names are listed by hand, and both the type
 * checks below and a unit test prove the list equals the contract exactly.
 */
import type { EventName, MethodName } from '../../shared/api';

export const METHOD_NAMES = [
  'garden.info',
  'garden.recent',
  'garden.open',
  'garden.snapshot',
  'note.read',
  'note.write',
  'note.create',
  'note.delete',
  'link.resolve',
  'note.rename',
  'trash.list',
  'trash.restore',
  'search.query',
  'search.complete',
  'note.headings',
  'tags.list',
  'note.mentions',
  'import.plan',
  'import.apply',
  'layout.get',
  'layout.save',
  'views.list',
  'views.save',
  'views.delete',
  'note.daily',
  'person.log',
  'person.suggest',
  'settings.get',
  'settings.save',
  'source.add',
  'source.status',
  'export.people',
  'export.sources',
  'portfolio.plan',
  'portfolio.export',
] as const satisfies readonly MethodName[];

export const BRIDGE_EVENT_NAMES = ['garden.changed', 'garden.opened', 'index.progress', 'portfolio.progress'] as const satisfies readonly EventName[];

// Compile-time half of the drift check: a method or event added to the contract but not
// listed here makes these lines fail to type-check (the unit test covers order and extras).
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
const _allMethodsListed: Missing<MethodName, (typeof METHOD_NAMES)[number]> = true;
const _allEventsListed: Missing<EventName, (typeof BRIDGE_EVENT_NAMES)[number]> = true;

/** `pln:garden.open` — one invoke channel per method. */
export function methodChannel(name: MethodName): string {
  return `pln:${name}`;
}

/** `pln:event:garden.changed` — one push channel per event. */
export function eventChannel(name: EventName): string {
  return `pln:event:${name}`;
}
