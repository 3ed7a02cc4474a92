/**
 * Autosave for one open note, free of React and CodeMirror so every path is tested with a
 * fake clock and a fake write.
 *
 * - Edits are saved ~600 ms after typing stops, and at once on `flush()` (blur, switching
 *   notes, closing the window), through `note.write` with the hash of the version the
 *   editor is based on. One write at a time; edits made during a write are saved after it.
 * - The core answers `conflict` when the file changed on disk since that version: the
 *   controller stops saving and keeps both sides (`conflict` state) until the person picks:
 *   keep mine (write over the new disk version), take theirs (the editor loads it as an
 *   undoable change), or merge by hand (both in the editor between markers, saved when done).
 * - An outside change the core reports (`outside()`) is adopted when the editor has nothing
 *   unsaved, and becomes a conflict when it has. Versions this editor wrote or was based on
 *   are recognised by their hash and ignored, so the echo of our own save changes nothing.
 * - A failed write keeps the buffer and says why ("Not saved: …"); the next edit, blur or
 *   "Try again" retries.
 */
import type { WriteResult } from '../../../shared/api';
import { mergeWithMarkers } from './text-change';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string }
  | { kind: 'conflict'; theirs: string; diskHash: string }
  | { kind: 'merging'; diskHash: string }
  | { kind: 'read-only'; reason: string }
  | { kind: 'stopped'; reason: string };

export interface SaveDeps {
  write(text: string, baseHash: string): Promise<WriteResult>;
  /** The editor's current text. */
  getText(): string;
  /** Puts another version into the editor as an undoable change that is not itself an edit to save. */
  adopt(text: string): void;
  /** Puts a text into the editor as the person's own edit (merging by hand). */
  replace(text: string): void;
  onState(state: SaveState): void;
  /** A reason the text must not be saved as it is (YAML that does not parse), or null. */
  check?(text: string): string | null;
  describeError(error: unknown): string;
  onSaved?(text: string, hash: string): void;
  delayMs?: number;
  timers?: { set(run: () => void, ms: number): unknown; clear(handle: unknown): void };
}

export const AUTOSAVE_DELAY_MS = 600;

const realTimers = {
  set: (run: () => void, ms: number): unknown => setTimeout(run, ms),
  clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class SaveController {
  private base: string;
  private savedText: string;
  private readonly known = new Set<string>();
  private state: SaveState;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private saveAgain = false;
  /** True while a write is out: what an outside version means is decided after its answer. */
  private writing = false;
  private pendingOutside: { text: string; hash: string } | null = null;
  private readOnlyReason: string | null;
  private stoppedReason: string | null = null;
  private readonly timers: NonNullable<SaveDeps['timers']>;

  constructor(
    initial: { text: string; hash: string; readOnlyReason?: string | null },
    private readonly deps: SaveDeps,
  ) {
    this.base = initial.hash;
    this.savedText = initial.text;
    this.known.add(initial.hash);
    this.readOnlyReason = initial.readOnlyReason ?? null;
    this.timers = deps.timers ?? realTimers;
    this.state = this.readOnlyReason ? { kind: 'read-only', reason: this.readOnlyReason } : { kind: 'saved' };
  }

  get current(): SaveState {
    return this.state;
  }

  get baseHash(): string {
    return this.base;
  }

  /** Whether the editor holds text that is not on disk. */
  isDirty(): boolean {
    return this.deps.getText() !== this.savedText;
  }

  /** Whether there is a version on disk the person has not yet decided about. */
  get undecided(): boolean {
    return this.state.kind === 'conflict' || this.state.kind === 'merging';
  }

  /** The person changed the text. */
  edited(): void {
    if (this.readOnlyReason || this.stoppedReason || this.undecided) return;
    this.set({ kind: 'dirty' });
    this.schedule();
  }

  /** Saves now (blur, switching notes, closing the window, Mod+S); resolves when written or refused. */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.readOnlyReason || this.stoppedReason || this.undecided) return;
    if (this.inFlight) {
      this.saveAgain = true;
      return this.inFlight;
    }
    const run = this.saveOnce();
    this.inFlight = run;
    try {
      await run;
    } finally {
      this.inFlight = null;
    }
    if (this.saveAgain) {
      this.saveAgain = false;
      await this.flush();
    }
  }

  /** The core read a version of the file (after a change event); decides what it means here. */
  outside(text: string, hash: string): void {
    if (this.stoppedReason) return;
    if (hash === this.base || this.known.has(hash)) return;
    if (this.writing) {
      this.pendingOutside = { text, hash };
      return;
    }
    if (this.state.kind === 'conflict' || this.state.kind === 'merging') {
      // Changed again on disk: the newest version is the one to decide about.
      this.set({ kind: 'conflict', theirs: text, diskHash: hash });
      return;
    }
    this.clearTimer();
    if (!this.isDirty()) {
      this.base = hash;
      this.savedText = text;
      this.known.add(hash);
      this.deps.adopt(text);
      this.set(this.idleState());
      return;
    }
    this.set({ kind: 'conflict', theirs: text, diskHash: hash });
  }

  /** Conflict → write the editor's text over the version now on disk. */
  async keepMine(): Promise<void> {
    if (this.state.kind !== 'conflict') return;
    this.base = this.state.diskHash;
    this.known.add(this.base);
    this.set({ kind: 'dirty' });
    await this.flush();
  }

  /** Conflict → load the disk version into the editor (an undoable change). */
  takeTheirs(): void {
    if (this.state.kind !== 'conflict') return;
    const { theirs, diskHash } = this.state;
    this.base = diskHash;
    this.savedText = theirs;
    this.known.add(diskHash);
    this.deps.adopt(theirs);
    this.set(this.idleState());
  }

  /** Conflict → both versions in the editor between markers; saving waits for `finishMerge`. */
  startMerge(): void {
    if (this.state.kind !== 'conflict') return;
    const { theirs, diskHash } = this.state;
    this.base = diskHash;
    this.known.add(diskHash);
    this.deps.replace(mergeWithMarkers(this.deps.getText(), theirs));
    this.set({ kind: 'merging', diskHash });
  }

  /** Merging by hand is done: save what the editor holds. */
  async finishMerge(): Promise<void> {
    if (this.state.kind !== 'merging') return;
    this.set({ kind: 'dirty' });
    await this.flush();
  }

  /** The file became read-only (its YAML broke) or writable again. */
  setReadOnly(reason: string | null): void {
    this.readOnlyReason = reason;
    if (reason) {
      this.clearTimer();
      this.set({ kind: 'read-only', reason });
    } else if (this.state.kind === 'read-only') {
      this.set(this.idleState());
    }
  }

  /** Saving stops (the note was deleted, renamed away); `null` resumes. */
  setStopped(reason: string | null): void {
    this.stoppedReason = reason;
    if (reason) {
      this.clearTimer();
      this.set({ kind: 'stopped', reason });
    } else if (this.state.kind === 'stopped') {
      this.set(this.idleState());
    }
  }

  /** The file is gone from disk (deleted outside the app): write the editor's text back as a new file. */
  async writeBack(): Promise<void> {
    this.stoppedReason = null;
    this.base = '';
    this.savedText = '\u0000';
    this.set({ kind: 'dirty' });
    await this.flush();
  }

  /** The editor goes away: saves what is unsaved, best effort. */
  dispose(): Promise<void> {
    this.clearTimer();
    const pending = this.isDirty() ? this.flush() : Promise.resolve();
    return pending.catch(() => undefined);
  }

  // ---- inside -----------------------------------------------------------------------------

  private idleState(): SaveState {
    if (this.readOnlyReason) return { kind: 'read-only', reason: this.readOnlyReason };
    return this.isDirty() ? { kind: 'dirty' } : { kind: 'saved' };
  }

  private async saveOnce(): Promise<void> {
    const text = this.deps.getText();
    if (text === this.savedText) {
      this.set({ kind: 'saved' });
      return;
    }
    const problem = this.deps.check?.(text) ?? null;
    if (problem) {
      this.set({ kind: 'failed', reason: problem });
      return;
    }
    this.set({ kind: 'saving' });
    let result: WriteResult;
    this.writing = true;
    try {
      result = await this.deps.write(text, this.base);
    } catch (error) {
      this.writing = false;
      this.set({ kind: 'failed', reason: this.deps.describeError(error) });
      this.takePendingOutside();
      return;
    }
    this.writing = false;
    if (this.stoppedReason) return;
    if (result.status === 'conflict') {
      this.pendingOutside = null;
      if (result.diskText === text) {
        // Someone wrote exactly our text: nothing to decide.
        this.base = result.diskHash;
        this.savedText = text;
        this.known.add(result.diskHash);
        this.set(this.idleState());
        return;
      }
      this.set({ kind: 'conflict', theirs: result.diskText, diskHash: result.diskHash });
      return;
    }
    this.base = result.hash;
    this.savedText = text;
    this.known.add(result.hash);
    this.deps.onSaved?.(text, result.hash);
    this.set(this.idleState());
    if (this.state.kind === 'dirty') this.schedule();
    this.takePendingOutside();
  }

  private takePendingOutside(): void {
    const pending = this.pendingOutside;
    this.pendingOutside = null;
    if (pending) this.outside(pending.text, pending.hash);
  }

  private schedule(): void {
    this.clearTimer();
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.flush();
    }, this.deps.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private set(state: SaveState): void {
    const same =
      state.kind === this.state.kind &&
      (state.kind === 'saved' || state.kind === 'dirty' || state.kind === 'saving');
    this.state = state;
    if (!same) this.deps.onState(state);
  }
}
