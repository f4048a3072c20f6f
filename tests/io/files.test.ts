import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeArticleBytes, listArticleFiles, readArticleFile } from '../../src/io/files.js';
import { parseDocument } from '../../src/core/articles/load.js';
import { extractQuotes } from '../../src/core/extraction/index.js';
import { isOnRecordError } from '../../src/core/index.js';

const STORY = 'Bridge to reopen\n\n“The bridge reopens on Monday,” said engineer Ana Pell.\n';

/** UTF-16 big-endian bytes of a string (Node writes only little-endian). */
function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-files-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('reading article files', () => {
  it('reads UTF-16 little- and big-endian files with a byte-order mark, and UTF-8 with one', async () => {
    const files = {
      'le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, 'utf16le')]),
      'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(STORY)]),
      'bom8.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STORY, 'utf8')]),
    };
    for (const [name, bytes] of Object.entries(files)) {
      fs.writeFileSync(path.join(tmp, name), bytes);
      const content = await readArticleFile(path.join(tmp, name));
      expect(content).toBe(STORY);
      // Once refused as binary (NUL bytes); now an article like any other.
      const article = parseDocument({ content, source: name });
      expect(article.meta.title).toBe('Bridge to reopen');
      const [q] = extractQuotes(article.text, article.paragraphs, article.meta);
      expect(q?.text).toBe('The bridge reopens on Monday,');
      expect(q?.speaker?.name).toBe('Ana Pell');
    }
  });

  it('still refuses UTF-16 without a mark as binary', () => {
    const content = decodeArticleBytes(Buffer.from(STORY, 'utf16le'));
    expect(() => parseDocument({ content, source: 'nomark.txt' })).toThrow(/nomark\.txt: binary file, not text/);
  });

  it('names a symlink loop as one, not as a missing file', async () => {
    const loop = path.join(tmp, 'loop.txt');
    fs.symlinkSync('loop.txt', loop);
    const err = await readArticleFile(loop).catch((e: unknown) => e);
    expect(isOnRecordError(err, 'BAD_ARTICLE')).toBe(true);
    expect((err as Error).message).toBe(`${loop}: symlink loop (the link leads back to itself)`);
    const listed = await listArticleFiles([loop, path.join(tmp, 'absent.txt')]);
    expect(listed.files).toEqual([]);
    expect(listed.unreadable).toEqual([
      { path: loop, reason: 'symlink loop (the link leads back to itself)' },
      { path: path.join(tmp, 'absent.txt'), reason: 'no such file or folder' },
    ]);
    await expect(readArticleFile(path.join(tmp, 'absent.txt'))).rejects.toThrow(/absent\.txt: no such file$/);
  });
});
