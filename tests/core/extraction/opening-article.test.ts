import { describe, expect, it } from 'vitest';
import { isGrammaticalArticle, opensWithArticle, withoutOpeningArticle } from '../../../src/core/extraction/lexicon/function-words.js';

describe('articles as named predicates (no literal the/a/an checks outside the lexicon)', () => {
  it('isGrammaticalArticle knows the three articles, lower case, and nothing else', () => {
    for (const w of ['the', 'a', 'an']) expect(isGrammaticalArticle(w), w).toBe(true);
    for (const w of ['The', 'this', 'any', 'one', 'and', '']) expect(isGrammaticalArticle(w), w).toBe(false);
  });

  it('opensWithArticle: an article of any case, then white space, opens the phrase', () => {
    for (const p of ['the Tory leader', 'A spokesman', 'AN  official', 'the\tharbour master']) expect(opensWithArticle(p), p).toBe(true);
    for (const p of ['the', 'theatre critic', 'Anna Kell', 'a-list actor', ' the mayor']) expect(opensWithArticle(p), p).toBe(false);
  });

  it('withoutOpeningArticle drops the article and the space after it, nothing else', () => {
    expect(withoutOpeningArticle('the  Tory leader')).toBe('Tory leader');
    expect(withoutOpeningArticle('An official of the port')).toBe('official of the port');
    expect(withoutOpeningArticle('Theo Brand')).toBe('Theo Brand');
    expect(withoutOpeningArticle('the')).toBe('the');
  });
});
