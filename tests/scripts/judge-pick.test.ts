import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs developer script without type declarations
import { pickQuoteIndex } from '../../scripts/judge-pick.mjs';

const sha1 = (s: string): string => crypto.createHash('sha1').update(s).digest('hex');

/**
 * The one quote a judge takes from a page (scripts/judge-candidates.mjs --pick): the direct quote whose
 * SHA-1(SALT:path:index) is smallest, so a long page gives one quote and the salt, not the reader, chooses it.
 */
describe('pickQuoteIndex', () => {
  it('takes the index whose salted hash is smallest', () => {
    const page = 'news/harbour-vote/body.txt';
    const hashes = [0, 1, 2, 3, 4, 5].map((i) => sha1(`s99-test:${page}:${i}`));
    const smallest = hashes.indexOf([...hashes].sort()[0]!);
    expect(pickQuoteIndex('s99-test', page, 6)).toBe(smallest);
  });

  it('gives -1 for a page with no direct quote and 0 for a page with one', () => {
    expect(pickQuoteIndex('s99-test', 'news/quiet/body.txt', 0)).toBe(-1);
    expect(pickQuoteIndex('s99-test', 'news/one/body.txt', 1)).toBe(0);
  });

  it('depends on the salt and the path, so two judges or two pages need not take the same place', () => {
    const picks = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((salt) => pickQuoteIndex(salt, 'news/long/body.txt', 20)));
    expect(picks.size).toBeGreaterThan(1);
    expect(pickQuoteIndex('s99-test', 'news/long/body.txt', 20)).toBe(pickQuoteIndex('s99-test', 'news/long/body.txt', 20));
  });
});
