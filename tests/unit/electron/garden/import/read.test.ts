import { describe, expect, it } from 'vitest';
import { GardenError } from '../../../../../shared/api';
import { decodeImportBytes, detectFormat, readImportFile } from '../../../../../electron/garden/import/read';

describe('detectFormat', () => {
  it.each([
    ['contacts.vcf', '', 'vcard'], ['Connections.csv', '', 'linkedin-csv'], ['bookmarks_3_12_24.html', '', 'bookmarks-html'],
    ['podcasts.opml', '', 'opml'], ['subs.xml', '<?xml version="1.0"?><opml version="2.0">', 'opml'], ['other.xml', '<rss>', null],
    ['My Library.bib', '', 'bibtex'], ['My Library.json', '', 'csl-json'],
    ['pasted', 'BEGIN:VCARD\nVERSION:3.0', 'vcard'], ['pasted', '<!DOCTYPE NETSCAPE-Bookmark-file-1>', 'bookmarks-html'],
    ['pasted', 'First Name,Last Name,URL', 'linkedin-csv'], ['pasted', '@article{x,\n title={A}}', 'bibtex'], ['pasted', '[{"type":"book"}]', 'csl-json'],
    ['notes.txt', 'hello', null],
  ])('%s → %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });

  it('refuses an unknown format with a sentence naming the ones it reads', async () => {
    await expect(readImportFile('notes.txt', 'hello')).rejects.toEqual(
      new GardenError('bad-input', '"notes.txt" is not a file pln can import; it reads vCard (.vcf), LinkedIn Connections.csv, browser bookmarks (.html), OPML (.opml), BibTeX (.bib) or CSL-JSON (.json).'),
    );
  });
});

describe('decodeImportBytes', () => {
  it('drops a UTF-8 BOM, reads UTF-16 with a BOM, and falls back to Windows-1252 with a warning', () => {
    expect(decodeImportBytes(Buffer.from('\ufeffFirst Name', 'utf8'))).toEqual({ text: 'First Name', warning: null });
    expect(decodeImportBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë', 'utf16le')]))).toEqual({ text: 'Zoë', warning: null });
    expect(decodeImportBytes(Buffer.from('Zo\xeb', 'latin1'))).toEqual({
      text: 'Zoë', warning: 'This file is not UTF-8 text; it was read as Windows-1252 (Western European). Check names with accents.',
    });
  });

  it('uses the charset an HTML file declares when it is not UTF-8', () => {
    const html = Buffer.concat([Buffer.from('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-2"><A HREF="https://x.pl">'), Buffer.from([0xb3]), Buffer.from('</A>')]);
    expect(decodeImportBytes(html).text).toContain('>ł</A>');
  });
});
