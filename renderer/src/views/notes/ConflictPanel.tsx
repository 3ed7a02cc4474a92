/**
 * Both versions of a note that changed on disk while it had unsaved edits here. Nothing is
 * lost whatever the choice: "Take theirs" is an undoable change in the editor, "Keep mine"
 * writes over the disk version only now that it has been seen, and "Merge by hand" puts both
 * into the editor between markers.
 */
import { useEffect, useRef } from 'react';
import type { SaveState } from '../../editor/autosave';
import { differingLines, hasMergeMarkers } from '../../editor/text-change';

/** One whole version, the lines that differ from the other marked, scrolled to the first of them. */
function Version({ lines, start, end, testId }: { lines: string[]; start: number; end: number; testId: string }) {
  const box = useRef<HTMLPreElement>(null);
  const first = useRef<HTMLElement>(null);
  useEffect(() => {
    const pre = box.current;
    const mark = first.current;
    if (pre && mark) pre.scrollTop = Math.max(0, mark.offsetTop - pre.offsetTop - 40);
  }, [start]);
  // The marked lines are a block of their own, so the text around them needs no line breaks at the joins.
  return (
    <pre data-testid={testId} tabIndex={0} ref={box}>
      {lines.slice(0, start).join('\n')}
      <mark className="conflict-diff" ref={first}>
        {end > start ? lines.slice(start, end).join('\n') : '(nothing here)'}
      </mark>
      {lines.slice(end).join('\n')}
    </pre>
  );
}

interface Props {
  state: Extract<SaveState, { kind: 'conflict' | 'merging' }>;
  mine: string;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onMerge(): void;
  onFinishMerge(): void;
}

export function ConflictPanel({ state, mine, onKeepMine, onTakeTheirs, onMerge, onFinishMerge }: Props) {
  const panel = useRef<HTMLElement>(null);
  const theirs = state.kind === 'conflict' ? state.theirs : '';
  const diff = differingLines(mine, theirs);
  // It appears above the editor, maybe out of view: bring it into view once.
  useEffect(() => {
    panel.current?.scrollIntoView?.({ block: 'nearest' });
  }, [state.kind]);
  if (state.kind === 'merging') {
    const markers = hasMergeMarkers(mine);
    return (
      <section ref={panel} className="conflict-panel merging" data-testid="conflict-panel" aria-labelledby="conflict-heading">
        <h2 id="conflict-heading">Merging by hand</h2>
        <p>
          Both versions are in the editor: yours between <code>{'<<<<<<<'}</code> and <code>=======</code>, the one on disk
          between <code>=======</code> and <code>{'>>>>>>>'}</code>. Keep what you want, remove the marker lines, then save.
          Nothing is saved until you do.
        </p>
        {markers && <p className="conflict-warning">The markers are still in the text.</p>}
        <div className="conflict-actions">
          <button type="button" className="button primary" onClick={onFinishMerge}>
            Save merged version
          </button>
        </div>
      </section>
    );
  }
  return (
    <section ref={panel} className="conflict-panel" data-testid="conflict-panel" aria-labelledby="conflict-heading" role="alert">
      <h2 id="conflict-heading">This note changed on disk while you were editing</h2>
      <p>
        Your edits are not saved yet and the file on disk was not overwritten. The lines that differ are marked. Choose what
        to keep; nothing is lost.
      </p>
      <div className="conflict-versions">
        <figure className="conflict-version">
          <figcaption>Yours (in the editor)</figcaption>
          <Version lines={diff.a} start={diff.start} end={diff.endA} testId="conflict-mine" />
        </figure>
        <figure className="conflict-version">
          <figcaption>On disk now</figcaption>
          <Version lines={diff.b} start={diff.start} end={diff.endB} testId="conflict-theirs" />
        </figure>
      </div>
      <div className="conflict-actions">
        <button type="button" className="button primary" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="button" onClick={onTakeTheirs}>
          Take theirs
        </button>
        <button type="button" className="button" onClick={onMerge}>
          Merge by hand
        </button>
      </div>
    </section>
  );
}
