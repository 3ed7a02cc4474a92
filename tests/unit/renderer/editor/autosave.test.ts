import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WriteResult } from '../../../../shared/api';
import { SaveController, type SaveDeps, type SaveState } from '../../../../renderer/src/editor/autosave';
import { MERGE_MINE, MERGE_THEIRS } from '../../../../renderer/src/editor/text-change';

/** A fake editor and disk around one controller. */
function setup(options: { text?: string; hash?: string; readOnly?: string; check?: SaveDeps['check'] } = {}) {
  const editor = { text: options.text ?? 'start' };
  const disk = { text: options.text ?? 'start', hash: options.hash ?? 'h0', n: 0 };
  const writes: { text: string; base: string }[] = [];
  const states: SaveState[] = [];
  const adopted: string[] = [];
  let failNext: Error | null = null;
  let hold: Promise<void> | null = null;
  const write = vi.fn(async (text: string, base: string): Promise<WriteResult> => {
    writes.push({ text, base });
    if (hold) await hold;
    if (failNext) {
      const error = failNext;
      failNext = null;
      throw error;
    }
    if (base !== disk.hash) return { status: 'conflict', diskText: disk.text, diskHash: disk.hash };
    disk.text = text;
    disk.hash = `w${++disk.n}`;
    return { status: 'saved', hash: disk.hash };
  });
  const controller = new SaveController(
    { text: editor.text, hash: disk.hash, readOnlyReason: options.readOnly ?? null },
    {
      write,
      getText: () => editor.text,
      adopt: (text) => {
        adopted.push(text);
        editor.text = text;
      },
      replace: (text) => {
        editor.text = text;
      },
      onState: (state) => states.push(state),
      check: options.check,
      describeError: (error) => (error instanceof Error ? error.message : 'unknown'),
    },
  );
  return {
    controller,
    editor,
    disk,
    writes,
    states,
    adopted,
    type(text: string) {
      editor.text = text;
      controller.edited();
    },
    /** Someone else writes the file. */
    outsideWrite(text: string) {
      disk.text = text;
      disk.hash = `o${++disk.n}`;
      return { text, hash: disk.hash };
    },
    failNextWrite(error: Error) {
      failNext = error;
    },
    holdWrites() {
      let release!: () => void;
      hold = new Promise((resolve) => {
        release = () => {
          hold = null;
          resolve();
        };
      });
      return release;
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves ~600 ms after typing stops, once, with the base hash', async () => {
    const t = setup();
    t.type('a');
    await vi.advanceTimersByTimeAsync(300);
    t.type('ab');
    await vi.advanceTimersByTimeAsync(300);
    expect(t.writes).toHaveLength(0);
    expect(t.controller.current.kind).toBe('dirty');
    await vi.advanceTimersByTimeAsync(300);
    expect(t.writes).toEqual([{ text: 'ab', base: 'h0' }]);
    expect(t.controller.current.kind).toBe('saved');
    expect(t.states.map((s) => s.kind)).toEqual(['dirty', 'saving', 'saved']);
    expect(t.controller.baseHash).toBe('w1');
  });

  it('saves at once on flush (blur, leaving the note) and not again for the same text', async () => {
    const t = setup();
    t.type('typed');
    await t.controller.flush();
    expect(t.writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.writes).toHaveLength(1);
    await t.controller.flush();
    expect(t.writes).toHaveLength(1);
  });

  it('does not write when the text went back to what is saved (undo)', async () => {
    const t = setup();
    t.type('changed');
    t.type('start');
    await vi.advanceTimersByTimeAsync(700);
    expect(t.writes).toHaveLength(0);
    expect(t.controller.current.kind).toBe('saved');
  });

  it('saves edits made during a write after it, based on the new hash', async () => {
    const t = setup();
    const release = t.holdWrites();
    t.type('one');
    const first = t.controller.flush();
    t.type('one two');
    release();
    await first;
    await vi.advanceTimersByTimeAsync(700);
    expect(t.writes).toEqual([
      { text: 'one', base: 'h0' },
      { text: 'one two', base: 'w1' },
    ]);
    expect(t.disk.text).toBe('one two');
    expect(t.controller.current.kind).toBe('saved');
  });

  it('ignores the echo of its own save and versions it was based on', async () => {
    const t = setup();
    t.type('mine');
    await t.controller.flush();
    t.controller.outside('mine', 'w1');
    t.controller.outside('start', 'h0'); // a read that started before the save
    expect(t.adopted).toEqual([]);
    expect(t.controller.current.kind).toBe('saved');
  });

  it('adopts an outside change when nothing is unsaved', () => {
    const t = setup();
    const v = t.outsideWrite('from another editor');
    t.controller.outside(v.text, v.hash);
    expect(t.adopted).toEqual(['from another editor']);
    expect(t.controller.baseHash).toBe(v.hash);
    expect(t.controller.current.kind).toBe('saved');
  });

  it('turns an outside change under unsaved edits into a conflict, writing nothing', async () => {
    const t = setup();
    t.type('my edit');
    const v = t.outsideWrite('their edit');
    t.controller.outside(v.text, v.hash);
    expect(t.controller.current).toEqual({ kind: 'conflict', theirs: 'their edit', diskHash: v.hash });
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.writes).toHaveLength(0);
    expect(t.editor.text).toBe('my edit');
    t.type('my edit, more');
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.writes).toHaveLength(0);
  });

  it('shows a conflict when the write finds the file changed, keeping both', async () => {
    const t = setup();
    t.outsideWrite('theirs on disk');
    t.type('mine');
    await t.controller.flush();
    expect(t.controller.current).toMatchObject({ kind: 'conflict', theirs: 'theirs on disk' });
    expect(t.disk.text).toBe('theirs on disk');
    expect(t.editor.text).toBe('mine');
  });

  it('keep mine: writes over the version on disk now that it has been seen', async () => {
    const t = setup();
    t.type('mine');
    const v = t.outsideWrite('theirs');
    t.controller.outside(v.text, v.hash);
    await t.controller.keepMine();
    expect(t.writes.at(-1)).toEqual({ text: 'mine', base: v.hash });
    expect(t.disk.text).toBe('mine');
    expect(t.controller.current.kind).toBe('saved');
  });

  it('take theirs: loads the disk version into the editor, saved', async () => {
    const t = setup();
    t.type('mine');
    const v = t.outsideWrite('theirs');
    t.controller.outside(v.text, v.hash);
    t.controller.takeTheirs();
    expect(t.adopted).toEqual(['theirs']);
    expect(t.controller.current.kind).toBe('saved');
    // Undo in the editor brings mine back: an edit like any other, saved over theirs.
    t.type('mine');
    await vi.advanceTimersByTimeAsync(700);
    expect(t.writes.at(-1)).toEqual({ text: 'mine', base: v.hash });
  });

  it('merge by hand: both in the editor between markers, saved only when done', async () => {
    const t = setup({ text: 'shared\nold' });
    t.type('shared\nmine');
    const v = t.outsideWrite('shared\ntheirs');
    t.controller.outside(v.text, v.hash);
    t.controller.startMerge();
    expect(t.editor.text).toContain(MERGE_MINE);
    expect(t.editor.text).toContain('mine');
    expect(t.editor.text).toContain('theirs');
    expect(t.editor.text).toContain(MERGE_THEIRS);
    expect(t.controller.current.kind).toBe('merging');
    t.type('shared\nmine and theirs');
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.writes).toHaveLength(0);
    await t.controller.finishMerge();
    expect(t.disk.text).toBe('shared\nmine and theirs');
    expect(t.writes.at(-1)?.base).toBe(v.hash);
  });

  it('a disk change during a merge is a new conflict with the newest version', () => {
    const t = setup();
    t.type('mine');
    const first = t.outsideWrite('theirs 1');
    t.controller.outside(first.text, first.hash);
    t.controller.startMerge();
    const second = t.outsideWrite('theirs 2');
    t.controller.outside(second.text, second.hash);
    expect(t.controller.current).toEqual({ kind: 'conflict', theirs: 'theirs 2', diskHash: second.hash });
  });

  it('says why a write failed, keeps the text, and retries on the next edit', async () => {
    const t = setup();
    t.failNextWrite(new Error('the disk is full'));
    t.type('precious');
    await t.controller.flush();
    expect(t.controller.current).toEqual({ kind: 'failed', reason: 'the disk is full' });
    expect(t.editor.text).toBe('precious');
    t.type('precious words');
    await vi.advanceTimersByTimeAsync(700);
    expect(t.disk.text).toBe('precious words');
    expect(t.controller.current.kind).toBe('saved');
  });

  it('refuses to save text its check rejects (YAML that does not parse)', async () => {
    const t = setup({ check: (text) => (text.includes('[') ? 'The properties cannot be read.' : null) });
    t.type('tags: [a');
    await vi.advanceTimersByTimeAsync(700);
    expect(t.writes).toHaveLength(0);
    expect(t.controller.current).toEqual({ kind: 'failed', reason: 'The properties cannot be read.' });
    t.type('tags: a');
    await vi.advanceTimersByTimeAsync(700);
    expect(t.writes).toHaveLength(1);
  });

  it('never writes a read-only file, and still follows it from disk', async () => {
    const t = setup({ readOnly: 'The YAML cannot be read.' });
    expect(t.controller.current.kind).toBe('read-only');
    t.controller.edited(); // the editor is read-only too; even so, nothing is scheduled
    await vi.advanceTimersByTimeAsync(2000);
    await t.controller.flush();
    expect(t.controller.current.kind).toBe('read-only');
    expect(t.writes).toHaveLength(0);
    const v = t.outsideWrite('fixed elsewhere');
    t.controller.outside(v.text, v.hash);
    expect(t.adopted).toEqual(['fixed elsewhere']);
    t.controller.setReadOnly(null);
    expect(t.controller.current.kind).toBe('saved');
  });

  it('stops saving when stopped (deleted), and can write the text back as a new file', async () => {
    const t = setup();
    t.type('kept');
    t.controller.setStopped('Deleted outside the app');
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.writes).toHaveLength(0);
    t.disk.hash = '';
    t.disk.text = '';
    await t.controller.writeBack();
    expect(t.writes).toEqual([{ text: 'kept', base: '' }]);
    expect(t.disk.text).toBe('kept');
  });

  it('decides about a version read during a write after the write answers', async () => {
    const t = setup();
    const release = t.holdWrites();
    t.type('mine');
    const saving = t.controller.flush();
    // The core re-reads the old version while our write is out: not a conflict.
    t.controller.outside('start', 'h0');
    t.controller.outside('mine', 'w1');
    release();
    await saving;
    expect(t.controller.current.kind).toBe('saved');
    expect(t.adopted).toEqual([]);
  });

  it('a write that finds exactly our text on disk is not a conflict', async () => {
    const t = setup();
    t.outsideWrite('same words');
    t.type('same words');
    await t.controller.flush();
    expect(t.controller.current.kind).toBe('saved');
  });

  it('dispose saves what is unsaved', async () => {
    const t = setup();
    t.type('last words');
    await t.controller.dispose();
    expect(t.disk.text).toBe('last words');
  });
});
