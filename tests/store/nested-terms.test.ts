import { describe, expect, it } from 'vitest';
import { indexTerms } from '../../src/core/search/tokenize.js';
import { INNER_MARK, nestTerms, unnestTerms } from '../../src/core/store/postgres/nested-terms.js';

/** PostgreSQL's nested term lists (schema 11): stored once, read back exactly as the core wrote them. */
describe('nested term lists', () => {
  it('keeps the inner run once, as a marker, and puts it back', () => {
    const terms = 'ceasefir hold aleppo';
    const context = 'rebel said ceasefir hold aleppo today';
    const near = 'report war rebel said ceasefir hold aleppo today corridor open';
    expect(nestTerms(context, terms)).toBe('rebel said ^ today');
    expect(nestTerms(near, context)).toBe('report war ^ corridor open');
    expect(unnestTerms('rebel said ^ today', terms)).toBe(context);
    expect(unnestTerms('report war ^ corridor open', context)).toBe(near);
  });

  it('handles runs at either end, the whole list, repeats and lists that do not hold the run', () => {
    const cases: [string, string, string][] = [
      ['aleppo talk resum', 'aleppo talk', '^ resum'],
      ['geneva aleppo talk', 'aleppo talk', 'geneva ^'],
      ['aleppo talk', 'aleppo talk', '^'],
      ['talk aleppo talk aleppo', 'aleppo talk', 'talk ^ aleppo'],
      ['zeppelin', 'zeppelin land', 'zeppelin'],
      ['aleppos talk', 'aleppo talk', 'aleppos talk'],
      ['xaleppo talk', 'aleppo talk', 'xaleppo talk'],
      ['', 'aleppo', ''],
      ['aleppo', '', 'aleppo'],
    ];
    for (const [outer, inner, stored] of cases) {
      expect(nestTerms(outer, inner), `${outer} / ${inner}`).toBe(stored);
      expect(unnestTerms(stored, inner), `${stored} / ${inner}`).toBe(outer);
    }
  });

  it('round-trips generated lists, and the marker is never a term', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const vocab = ['a', 'ab', 'b', 'ba', 'talk', 'talks', 'x1', 'é'];
    const list = (n: number) => Array.from({ length: n }, () => vocab[rnd(vocab.length)] as string);
    for (let i = 0; i < 2000; i++) {
      const terms = list(rnd(4)).join(' ');
      const context = [...list(rnd(3)), ...(rnd(5) ? [terms] : []), ...list(rnd(3))].filter(Boolean).join(' ');
      const near = [...list(rnd(4)), ...(rnd(5) ? [context] : []), ...list(rnd(4))].filter(Boolean).join(' ');
      const c = nestTerms(context, terms);
      const n = nestTerms(near, context);
      expect(unnestTerms(c, terms)).toBe(context);
      expect(unnestTerms(n, unnestTerms(c, terms))).toBe(near);
    }
    const tokens = indexTerms(`rebels ${INNER_MARK} talks ${INNER_MARK}${INNER_MARK} aleppo^corridor`);
    expect(tokens.length).toBeGreaterThan(2);
    expect(tokens.some((t) => t.includes(INNER_MARK))).toBe(false);
  });
});
