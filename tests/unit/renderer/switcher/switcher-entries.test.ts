import { describe, expect, it } from 'vitest';
import type { Completion } from '../../../../shared/api';
import { switcherEntries } from '../../../../renderer/src/switcher/switcher-entries';
import { gp, plant } from '../helpers/plants';

const c = (path: string, title: string, extra: Partial<Completion> = {}): Completion => ({ path: gp(path), kind: 'note', title, ...extra });

describe('switcher entries', () => {
  it('lists the recent notes for an empty box', () => {
    const entries = switcherEntries('  ', null, [plant('b.md'), plant('people/a.md', { kind: 'person', title: 'A' })]);
    expect(entries).toEqual([
      { type: 'plant', path: 'b.md', kind: 'note', title: 'b', recent: true },
      { type: 'plant', path: 'people/a.md', kind: 'person', title: 'A', recent: true },
    ]);
  });

  it('lists nothing while the first answer is on its way', () => {
    expect(switcherEntries('scaf', null, [plant('b.md')])).toEqual([]);
  });

  it('lists the completions in the core’s order, once per plant, with the alias that matched', () => {
    const entries = switcherEntries('instr', [c('notes/Scaffolding.md', 'Scaffolding', { alias: 'instructional scaffolding' }), c('notes/Scaffolding.md', 'Scaffolding'), c('notes/Instruction.md', 'Instruction')], []);
    expect(entries.slice(0, 2)).toEqual([
      { type: 'plant', path: 'notes/Scaffolding.md', kind: 'note', title: 'Scaffolding', alias: 'instructional scaffolding' },
      { type: 'plant', path: 'notes/Instruction.md', kind: 'note', title: 'Instruction' },
    ]);
  });

  it('offers to create the note when nothing matches', () => {
    expect(switcherEntries('  Fresh idea ', [], [])).toEqual([{ type: 'create', title: 'Fresh idea' }]);
  });

  it('offers creation last when no plant has exactly that title or alias', () => {
    const entries = switcherEntries('scaf', [c('notes/Scaffolding.md', 'Scaffolding')], []);
    expect(entries.map((e) => e.type)).toEqual(['plant', 'create']);
    expect(switcherEntries('scaffolding', [c('notes/Scaffolding.md', 'Scaffolding')], []).map((e) => e.type)).toEqual(['plant']);
    expect(switcherEntries('Instructional Scaffolding', [c('notes/Scaffolding.md', 'Scaffolding', { alias: 'instructional scaffolding' })], []).map((e) => e.type)).toEqual(['plant']);
  });
});
