/**
 * A model-based sequence test of the garden (fast-check commands): create, edit, a stale
 * edit (conflict), rename, delete, outside create/edit/delete, crash (the in-memory garden
 * dropped, a half-written temp file left, then reopened) and restart (clean close and reopen,
 * through the index cache), interleaved at random. After every step the garden on disk, the
 * index and the trash match a model that is just a map of path → text.
 */
import { mkdir, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { GardenError } from '../../../../shared/api';
import type { GardenPath } from '../../../../shared/types';
import { TEMP_PREFIX } from '../../../../electron/garden/atomic-write';
import { Garden } from '../../../../electron/garden/garden';
import { hashBytes } from '../../../../electron/garden/parse-file';
import { renamePlant } from '../../../../electron/garden/rename';
import { plantTemplate } from '../../../../electron/garden/templates';
import { tempDir } from './helpers';

const NOW = () => new Date('2026-11-25T12:00:00Z');
const TODAY = '2026-11-25';
/** Names that collide in every way a name can: case, NFC/NFD, and plain repeats. */
const NAMES = ['Idea', 'idea', 'Caf\u00e9', 'Cafe\u0301', 'Zone', 'Plan'];
const fold = (p: string) => p.normalize('NFC').toLowerCase();

interface Model {
  files: Map<string, string>;
  /** Every text sent to the trash, in order. */
  trashed: string[];
}
interface Real {
  root: string;
  garden: Garden;
}
type GardenCommand = fc.AsyncCommand<Model, Real>;

const pick = (model: Model, i: number): string | undefined => [...model.files.keys()].sort()[i % Math.max(1, model.files.size)];
const twinOf = (model: Model, p: string, except?: string) => [...model.files.keys()].find((k) => k !== except && fold(k) === fold(p));

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'ok';
  } catch (error) {
    if (error instanceof GardenError) return error.code;
    throw error;
  }
}

class Create implements GardenCommand {
  constructor(readonly name: string) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const rel = `notes/${this.name.normalize('NFC')}.md`;
    const code = await codeOf(() => real.garden.createPlant(this.name, 'note', 'notes'));
    if (twinOf(model, rel)) expect(code).toBe('exists');
    else {
      expect(code).toBe('ok');
      model.files.set(rel, plantTemplate('note', this.name.trim(), TODAY));
    }
  }
  toString = () => `create(${JSON.stringify(this.name)})`;
}

class Edit implements GardenCommand {
  constructor(readonly index: number, readonly words: string) {}
  check = (model: Readonly<Model>) => model.files.size > 0;
  async run(model: Model, real: Real) {
    const rel = pick(model, this.index) as string;
    const doc = await real.garden.readNote(rel);
    const text = `${doc.text}${this.words}\n`;
    expect(await real.garden.writeNote(rel, text, doc.hash)).toEqual({ status: 'saved', hash: hashBytes(Buffer.from(text)) });
    model.files.set(rel, text);
  }
  toString = () => `edit(${this.index}, ${JSON.stringify(this.words)})`;
}

/** A save based on a version that is no longer on disk: a conflict, both sides kept. */
class StaleEdit implements GardenCommand {
  constructor(readonly index: number) {}
  check = (model: Readonly<Model>) => model.files.size > 0;
  async run(model: Model, real: Real) {
    const rel = pick(model, this.index) as string;
    const disk = model.files.get(rel) as string;
    const result = await real.garden.writeNote(rel, `${disk}mine, typed on an old version\n`, hashBytes('an older version'));
    expect(result).toEqual({ status: 'conflict', diskText: disk, diskHash: hashBytes(Buffer.from(disk)) });
  }
  toString = () => `staleEdit(${this.index})`;
}

class Rename implements GardenCommand {
  constructor(readonly index: number, readonly name: string) {}
  check = (model: Readonly<Model>) => model.files.size > 0;
  async run(model: Model, real: Real) {
    const from = pick(model, this.index) as string;
    // An NFD spelling is taken as the same name in NFC, the form every file name is written in.
    const to = `notes/${this.name.normalize('NFC')}.md`;
    const code = await codeOf(() => renamePlant(real.garden, from, `notes/${this.name}.md`));
    if (to === from) expect(code).toBe('bad-input');
    else if (twinOf(model, to, from)) expect(code).toBe('exists');
    else {
      expect(code).toBe('ok');
      const text = model.files.get(from) as string;
      model.files.delete(from);
      model.files.set(to, text);
    }
  }
  toString = () => `rename(${this.index}, ${JSON.stringify(this.name)})`;
}

class Delete implements GardenCommand {
  constructor(readonly index: number) {}
  check = (model: Readonly<Model>) => model.files.size > 0;
  async run(model: Model, real: Real) {
    const rel = pick(model, this.index) as string;
    await real.garden.trash(rel);
    model.trashed.push(model.files.get(rel) as string);
    model.files.delete(rel);
  }
  toString = () => `delete(${this.index})`;
}

/** Another program writes a file; the watcher hands it to the same update path. */
class OutsideWrite implements GardenCommand {
  constructor(readonly name: string, readonly words: string) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const rel = `notes/${this.name}.md`;
    const text = `${model.files.get(rel) ?? ''}${this.words} (written elsewhere)\n`;
    await writeFile(path.join(real.root, rel), text);
    await real.garden.applyFile(path.join(real.root, rel));
    model.files.set(rel, text);
  }
  toString = () => `outsideWrite(${JSON.stringify(this.name)}, ${JSON.stringify(this.words)})`;
}

class OutsideDelete implements GardenCommand {
  constructor(readonly index: number) {}
  check = (model: Readonly<Model>) => model.files.size > 0;
  async run(model: Model, real: Real) {
    const rel = pick(model, this.index) as string;
    await unlink(path.join(real.root, rel));
    real.garden.forget(rel as GardenPath);
    model.files.delete(rel);
  }
  toString = () => `outsideDelete(${this.index})`;
}

/** The process dies: nothing saved on the way out, a save's temp file half-written. */
class Crash implements GardenCommand {
  check = () => true;
  async run(_model: Model, real: Real) {
    await writeFile(path.join(real.root, 'notes', `${TEMP_PREFIX}Idea.md.0123456789ab`), 'half of a save');
    real.garden = await Garden.open(real.root, { now: NOW });
    expect((await readdir(path.join(real.root, 'notes'))).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([]);
  }
  toString = () => 'crash()';
}

class Restart implements GardenCommand {
  check = () => true;
  async run(_model: Model, real: Real) {
    await real.garden.saveCache();
    real.garden = await Garden.open(real.root, { now: NOW });
  }
  toString = () => 'restart()';
}

async function diskFiles(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of await readdir(path.join(root, 'notes'))) {
    if (!name.startsWith('.')) out.set(`notes/${name}`, await readFile(path.join(root, 'notes', name), 'utf8'));
  }
  return out;
}

async function trashTexts(root: string): Promise<string[]> {
  const dir = path.join(root, '.garden', 'trash');
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  const texts: string[] = [];
  for (const name of names) if (name.endsWith('.md')) texts.push(await readFile(path.join(dir, name), 'utf8'));
  return texts.sort();
}

async function matchesModel(model: Model, real: Real): Promise<void> {
  const sorted = (m: Map<string, string>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
  expect(sorted(await diskFiles(real.root))).toEqual(sorted(model.files));
  const indexed = [...real.garden.index.records.values()].filter((r) => r.path.startsWith('notes/')).map((r) => [r.path as string, r.hash] as const);
  expect(real.garden.index.records.has('Start.md' as GardenPath)).toBe(true);
  expect(indexed.sort(([a], [b]) => (a < b ? -1 : 1))).toEqual(sorted(model.files).map(([p, text]) => [p, hashBytes(Buffer.from(text))]));
  expect(await trashTexts(real.root)).toEqual([...model.trashed].sort());
}

const name = fc.constantFrom(...NAMES);
const words = fc.stringMatching(/^[a-z]{1,8}( [a-z]{1,8}){0,3}$/);
const index = fc.nat({ max: 20 });
const commands = [
  name.map((n) => new Create(n)),
  fc.tuple(index, words).map(([i, w]) => new Edit(i, w)),
  index.map((i) => new StaleEdit(i)),
  fc.tuple(index, name).map(([i, n]) => new Rename(i, n)),
  index.map((i) => new Delete(i)),
  fc.tuple(name, words).map(([n, w]) => new OutsideWrite(n, w)),
  index.map((i) => new OutsideDelete(i)),
  fc.constant(new Crash()),
  fc.constant(new Restart()),
];

export async function runGardenModel(numRuns: number, maxCommands: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.commands(commands, { maxCommands }), async (cmds) => {
      const root = await tempDir('pln-model-');
      await writeFile(path.join(root, 'Start.md'), 'the garden starts with a note at its root\n');
      await mkdir(path.join(root, 'notes'));
      const real: Real = { root, garden: await Garden.open(root, { now: NOW }) };
      const model: Model = { files: new Map(), trashed: [] };
      // The model covers notes/; Start.md at the root only checks the rest is left alone.
      await fc.asyncModelRun(() => ({ model, real }), [...cmds].map((cmd) => withCheck(cmd)));
      expect(await readFile(path.join(root, 'Start.md'), 'utf8')).toBe('the garden starts with a note at its root\n');
      await rm(root, { recursive: true, force: true });
    }),
    { numRuns },
  );
}

function withCheck(cmd: GardenCommand): GardenCommand {
  return {
    check: (m) => cmd.check(m),
    run: async (model, real) => {
      await cmd.run(model, real);
      await matchesModel(model, real);
    },
    toString: () => cmd.toString(),
  };
}
