import { describe, expect, it } from 'vitest';
import { linkMentionIn, locateMention, mentionLink } from '../../../../../renderer/src/views/notes/link-mention';

const TEXT = '# Notes\n\nI asked Maya Chen about phonics.\nDr. Chen said [[Maya Chen]] again.\n';

describe('mentionLink', () => {
  it('links the text itself, or keeps what was written as the label', () => {
    expect(mentionLink('Maya Chen', 'Maya Chen')).toBe('[[Maya Chen]]');
    expect(mentionLink('Maya Chen', 'Dr. Chen')).toBe('[[Maya Chen|Dr. Chen]]');
    expect(mentionLink('Maya Chen', 'maya chen')).toBe('[[Maya Chen|maya chen]]');
  });
});

describe('locating a mention', () => {
  it('uses offsets into the file when they hold the text', () => {
    const start = TEXT.indexOf('Maya Chen');
    expect(locateMention(TEXT, { line: 3, start, end: start + 9, text: 'Maya Chen' })).toEqual({ from: start, to: start + 9 });
  });

  it('uses offsets into the line when that is what they are', () => {
    const lineStart = TEXT.indexOf('I asked');
    expect(locateMention(TEXT, { line: 3, start: 8, end: 17, text: 'Maya Chen' })).toEqual({ from: lineStart + 8, to: lineStart + 17 });
  });

  it('falls back to the first unlinked occurrence on the line, skipping linked ones', () => {
    const line4 = TEXT.indexOf('Dr. Chen');
    expect(locateMention(TEXT, { line: 4, start: 999, end: 1008, text: 'Dr. Chen' })).toEqual({ from: line4, to: line4 + 8 });
    expect(locateMention(TEXT, { line: 4, start: 999, end: 1008, text: 'Maya Chen' })).toBeNull();
  });

  it('finds nothing when the text has gone', () => {
    expect(locateMention(TEXT, { line: 3, start: 8, end: 17, text: 'Priya Raman' })).toBeNull();
    expect(locateMention(TEXT, { line: 40, start: 0, end: 3, text: 'abc' })).toBeNull();
  });
});

describe('linkMentionIn', () => {
  it('rewrites that one occurrence and nothing else', () => {
    const lineStart = TEXT.indexOf('Dr. Chen');
    const out = linkMentionIn(TEXT, { line: 4, start: lineStart, end: lineStart + 8, text: 'Dr. Chen' }, 'Maya Chen');
    expect(out).toBe(TEXT.replace('Dr. Chen said', '[[Maya Chen|Dr. Chen]] said'));
    expect(linkMentionIn(TEXT, { line: 3, start: 0, end: 5, text: 'Nobody' }, 'Maya Chen')).toBeNull();
  });
});
