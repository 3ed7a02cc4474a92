/**
 * People and sources out of the app, as text the page downloads (browser mode) or saves.
 * The same collectors and writers as `pln export-contacts` and `pln export-sources`.
 */
import { sourcesToBibtex } from '../export/bibtex';
import { collectContacts, collectSources } from '../export/collect';
import { sourcesToCslJson } from '../export/csl-json';
import { contactsToVcard } from '../export/vcard';
import type { HandlerContext, HandlerMap } from './types';

export type ExportMethods = 'export.people' | 'export.sources';

/** A file name from the garden's name, safe on every OS. */
function fileStem(name: string): string {
  return name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-') || 'garden';
}

export function exportHandlers({ current }: HandlerContext): HandlerMap<ExportMethods> {
  return {
    'export.people': async () => {
      const garden = current();
      const people = await collectContacts(garden);
      return { fileName: `${fileStem(garden.name)}-people.vcf`, mimeType: 'text/vcard', content: contactsToVcard(people), count: people.length };
    },
    'export.sources': async ({ format }) => {
      const garden = current();
      const sources = await collectSources(garden);
      return format === 'bibtex'
        ? { fileName: `${fileStem(garden.name)}-sources.bib`, mimeType: 'application/x-bibtex', content: sourcesToBibtex(sources), count: sources.length }
        : { fileName: `${fileStem(garden.name)}-sources.json`, mimeType: 'application/vnd.citationstyles.csl+json', content: sourcesToCslJson(sources), count: sources.length };
    },
  };
}
