import { describe, expect, it } from 'vitest';
import { heldCount, TERM_SEARCH, termSearch, type PostingsAnswer, type TermRead } from '../../../src/core/store/term-search.js';

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

  it('with heldFirst, keeps the row holding most of those terms, however long, ahead of BM25', () => {
    // A pasted line's look-up: a short quote repeating the line's rarest word outranks, by BM25, the long quote
    // that holds the whole line; ordered by the pasted words held, the long one is kept when the pool is cut.
    const long = 'mayor quillan said the harbour tax was bought and paid for by the ferry lobby over many long years of quiet dinners';
    const short = 'quillan quillan harbour';
    const rows = (order?: { heldFirst: string[] }) => {
      const search = termSearch<number>(['quillan', 'harbour'], 1, order);
      search.next();
      const postings: PostingsAnswer = {
        quotes: 1000,
        termTotal: 10000,
        df: new Map([['quillan', 3], ['harbour', 40]]),
        lists: new Map([['quillan', [1, 2]], ['harbour', [1, 2]]]),
        about: new Map(),
      };
      const read = search.next(postings).value as TermRead;
      expect(read).toMatchObject({ read: 'rows' });
      if (order) expect((read as { terms: string[] }).terms).toEqual(expect.arrayContaining(['quillan', 'harbour', 'bought', 'paid', 'ferry']));
      const keys = (read as { keys: number[] }).keys;
      const done = search.next(keys.map((k) => ({ key: k, terms: k === 1 ? long : short, row: k })));
      return done.value;
    };
    expect(rows()).toEqual([2]);
    expect(rows({ heldFirst: ['quillan', 'harbour', 'bought', 'paid', 'ferry'] })).toEqual([1]);
  });

  it('counts held terms once each, from the words or from a store\'s counts', () => {
    const held = new Set(['ferry', 'lobby', 'tax']);
    expect(heldCount('ferry ferry lobby dinner', held)).toBe(2);
    expect(heldCount({ length: 4, counts: new Map([['ferry', 2], ['lobby', 1], ['dinner', 1]]) }, held)).toBe(2);
    expect(heldCount('ferry lobby', new Set())).toBe(0);
  });
});
