// @vitest-environment jsdom
/** The local graph beside a note follows edits a moment behind, so typing never waits for a whole-garden rebuild. */
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GardenSnapshot } from '../../../../../shared/api';
import { QUIET_MS, takeAtOnce, useSettledSnapshot } from '../../../../../renderer/src/views/graph/useSettledSnapshot';
import { plant, snapshot } from '../../helpers/plants';

const first = snapshot([plant('notes/A.md'), plant('notes/B.md')]);
const edited = (from: GardenSnapshot, title: string) => ({ ...from, plants: from.plants.map((p) => (p.path === 'notes/A.md' ? { ...p, title } : p)) });

describe('useSettledSnapshot', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps the drawn snapshot while edits keep coming, and takes the newest once they pause', () => {
    const { result, rerender } = renderHook(({ s }) => useSettledSnapshot(s, 'notes/A.md'), { initialProps: { s: first } });
    expect(result.current).toBe(first);
    let latest = first;
    for (let i = 0; i < 5; i += 1) {
      latest = edited(latest, `A, edit ${i}`);
      rerender({ s: latest });
      act(() => vi.advanceTimersByTime(QUIET_MS / 2));
      expect(result.current).toBe(first);
    }
    act(() => vi.advanceTimersByTime(QUIET_MS));
    expect(result.current).toBe(latest);
  });

  it('takes a snapshot at once when the drawn one does not have the open note, or is another garden', () => {
    const withC = snapshot([...first.plants, plant('notes/C.md')]);
    const { result, rerender } = renderHook(({ s, path }) => useSettledSnapshot(s, path), { initialProps: { s: first, path: 'notes/A.md' } });
    rerender({ s: withC, path: 'notes/C.md' });
    expect(result.current).toBe(withC);
    const other = snapshot([plant('notes/C.md')], 'Another Garden');
    rerender({ s: other, path: 'notes/C.md' });
    expect(result.current).toBe(other);
  });

  it('decides what cannot wait', () => {
    expect(takeAtOnce(null, first, 'notes/A.md')).toBe(true);
    expect(takeAtOnce(first, edited(first, 'A2'), 'notes/A.md')).toBe(false);
    expect(takeAtOnce(first, first, 'notes/Missing.md')).toBe(true);
  });
});
