import { describe, expect, it } from 'vitest';
import { TERM_SEARCH, termSearch, type PostingsAnswer, type TermRead } from '../../../src/core/store/term-search.js';

/** The first read the term search asks of a store, and the pool it returns for the answer given. */
function firstRead(terms: string[]): TermRead {
  const search = termSearch<number>(terms, 10);
  return search.next().value as TermRead;
}

describe('term search reads', () => {
  it('asks for the about lists with their own, lower cap than the own words', () => {
    // Reading a common word's whole about list is what made PostgreSQL's p50 grow (session 9).
    const read = firstRead(['ceasefire', 'aleppo']);
    expect(read).toMatchObject({ read: 'postings', cap: TERM_SEARCH.postingCap, aboutCap: TERM_SEARCH.aboutCap });
    expect(TERM_SEARCH.aboutCap).toBeLessThan(TERM_SEARCH.postingCap);
  });

  it('finds a quote by its about field alone, ranked below one saying the word', () => {
    const search = termSearch<number>(['ceasefire'], 10);
    search.next();
    const postings: PostingsAnswer = {
      quotes: 100,
      termTotal: 1000,
      df: new Map([['ceasefire', 2]]),
      lists: new Map([['ceasefire', [7]]]),
      about: new Map([['ceasefire', [9]]]),
    };
    const rows = search.next(postings).value as TermRead;
    expect(rows).toMatchObject({ read: 'rows' });
    const keys = (rows as { keys: number[] }).keys;
    expect(keys).toEqual([7, 9]);
    const done = search.next(keys.map((k) => ({ key: k, terms: k === 7 ? 'ceasefire' : 'truce', row: k })));
    expect(done.done).toBe(true);
    expect(done.value).toEqual([7, 9]);
  });
});
