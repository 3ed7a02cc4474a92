/**
 * The one place the portfolio reads the garden: the catalog from the open index (health as
 * the app shows it), and the bodies and frontmatter of just the plants that need them.
 * Reads are synchronous in chunks with a yield between, as the core opens a garden
 * (garden.ts explains why: a promise readFile costs four thread-pool round trips).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontmatter } from '../../../../shared/links';
import type { GardenPath } from '../../../../shared/types';
import type { Garden } from '../../garden';
import { decodeText, parseFrontmatter } from '../../parse-file';
import { buildSnapshot } from '../../snapshot';
import { yieldToEventLoop } from '../../walk';
import type { PlantText, PortfolioCatalog, PortfolioPlant } from './model';

const CHUNK = 128;

export function catalogOf(garden: Garden): PortfolioCatalog {
  const snapshot = buildSnapshot(garden.index, garden.name, garden.today(), garden.healthSettings());
  const plants = new Map<GardenPath, PortfolioPlant>();
  for (const summary of snapshot.plants) {
    const record = garden.index.records.get(summary.path);
    const near = garden.index.plantNeighbours(summary.path);
    plants.set(summary.path, {
      path: summary.path,
      kind: summary.kind,
      title: summary.title,
      aliases: summary.aliases,
      tags: summary.tags,
      created: summary.created,
      modified: summary.modified,
      portfolio: record?.portfolio ?? null,
      health: summary.health,
      ...(summary.person ? { person: summary.person } : {}),
      ...(summary.source ? { source: summary.source } : {}),
      ...(summary.goal ? { goal: summary.goal } : {}),
      linksOut: near.out,
      linksIn: near.in,
    });
  }
  return {
    gardenName: garden.name,
    today: snapshot.today,
    plants,
    attachments: garden.index.attachments,
    resolve: (target, from) => garden.index.resolve(target, from),
  };
}

export function parsePlantText(bytes: Uint8Array): PlantText {
  const { text } = decodeText(bytes);
  const split = splitFrontmatter(text);
  return { body: split.body, frontmatter: parseFrontmatter(split.frontmatter).data ?? {} };
}

/** Bodies and frontmatter of `paths`; a file that cannot be read now is exported as empty. */
export async function readTexts(garden: Garden, paths: Iterable<GardenPath>, onProgress?: (done: number, total: number) => void): Promise<Map<GardenPath, PlantText>> {
  const list = [...new Set(paths)];
  const texts = new Map<GardenPath, PlantText>();
  for (let i = 0; i < list.length; i += 1) {
    const rel = list[i] as GardenPath;
    let bytes: Uint8Array | null = null;
    try {
      bytes = readFileSync(path.join(garden.root, rel));
    } catch {
      bytes = null;
    }
    texts.set(rel, bytes ? parsePlantText(bytes) : { body: '', frontmatter: {} });
    if (i % CHUNK === CHUNK - 1) {
      onProgress?.(i + 1, list.length);
      await yieldToEventLoop();
    }
  }
  onProgress?.(list.length, list.length);
  return texts;
}
