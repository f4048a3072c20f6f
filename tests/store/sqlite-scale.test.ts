import { describe, expect, it } from 'vitest';
import { SqliteQuoteStore } from '../../src/core/store/sqlite/store.js';
import { articleWith, dfOf, sortedEntries } from './fixtures.js';

/**
 * What the SQLite store does to stay fast under bulk ingest, checked for exactness: the term log folded in
 * by the thousand, and speaker rows updated in place rather than recounted.
 */
describe('SQLite store at ingest scale', () => {
  const roles = ['spokesman', 'admiral', 'press secretary'];
  const names = ['John Kirby', 'Mark Toner', 'Maria Zakharova', 'Sergey Lavrov'];
  const make = (i: number) =>
    articleWith(
      `a${i}`,
      [0, 1, 2].map((k) => ({
        text: `Remark ${k} number w${i % 37} about aleppo c${(i * 7 + k) % 101}.`,
        speaker: names[(i + k) % names.length] as string,
        role: roles[(i * k) % roles.length] as string,
        sortDate: `2016-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (k * 9 + i) % 28).padStart(2, '0')}`,
      })),
      { collection: i % 5 === 0 ? 'other' : 'default' },
    );

  it('keeps document frequencies and speaker rows exact across log compactions, updates and deletes', async () => {
    const store = new SqliteQuoteStore({ dir: ':memory:' });
    await store.init();
    const live = new Map<string, ReturnType<typeof make>>();
    // 1,300 articles: the term log is folded into the table once on the way, and partly pending at the end.
    for (let i = 0; i < 1300; i++) {
      const a = make(i);
      await store.replaceArticle(a.article, a.quotes);
      live.set(a.article.id, a);
    }
    // Rewrites and deletes take terms and quotes away again.
    for (let i = 0; i < 60; i++) {
      const a = articleWith(`a${i}`, [{ text: `Rewritten words about damascus r${i}.`, speaker: 'Mark Toner', sortDate: '2017-01-01' }], { version: 'v2', collection: i % 5 === 0 ? 'other' : 'default' });
      await store.replaceArticle(a.article, a.quotes);
      live.set(a.article.id, a);
    }
    for (let i = 60; i < 80; i++) {
      expect(await store.deleteArticle(`a${i}`)).toBe(true);
      live.delete(`a${i}`);
    }
    const all = [...live.values()].flatMap((a) => a.quotes);
    const stats = await store.termStats();
    expect(stats.quotes).toBe(all.length);
    expect(sortedEntries(stats.df)).toEqual(sortedEntries(dfOf(all)));

    // Every speaker row equals a recount from scratch, per collection: count, roles by frequency, newest date.
    for (const s of await store.listSpeakers()) {
      const mine = [...live.values()].flatMap((a) => a.quotes.map((q) => ({ q, c: a.article.collection }))).filter((x) => x.q.speakerId === s.id);
      const collections = [...new Set(mine.map((x) => x.c))].sort();
      expect(Object.keys(s.collections).sort(), s.id).toEqual(collections);
      for (const c of collections) {
        const here = mine.filter((x) => x.c === c);
        const tally = new Map<string, number>();
        for (const { q } of here) if (q.role) tally.set(q.role, (tally.get(q.role) ?? 0) + 1);
        const p = s.collections[c]!;
        expect(p.quotes, `${s.id} ${c}`).toBe(here.length);
        expect(p.roles, `${s.id} ${c}`).toEqual([...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r).slice(0, 8));
        expect(p.lastSaid, `${s.id} ${c}`).toBe(here.map((x) => x.q.sortDate).sort().at(-1));
      }
    }
    await store.close();
  });

  it('finds quotes by rare terms first, even when a common term matches everything', async () => {
    const store = new SqliteQuoteStore({ dir: ':memory:' });
    await store.init();
    for (let i = 0; i < 300; i++) {
      const a = make(i);
      await store.replaceArticle(a.article, a.quotes);
    }
    const needle = articleWith('needle', [{ text: 'The aleppo corridor plan is dead.', speaker: 'John Kirby' }]);
    await store.replaceArticle(needle.article, needle.quotes);
    // "aleppo" is in every quote; "corridor" only in one: that one comes first.
    const got = await store.quotesByTerms(['aleppo', 'corridor'], { collections: ['default'] }, 5);
    expect(got[0]?.text).toBe('The aleppo corridor plan is dead.');
    // The quotes holding only the ubiquitous word carry almost none of the IDF mass: not even fetched.
    expect(got).toHaveLength(1);
    // Comparable words keep every quote holding either.
    const either = await store.quotesByTerms(['w1', 'w2'], { collections: ['default', 'other'] }, 100);
    expect(either.length).toBeGreaterThan(20);
    expect(either.every((q) => /\bw[12]\b/.test(q.text))).toBe(true);
    await store.close();
  });

  it('finds the one quote holding every word even when every posting list is longer than is read', async () => {
    const store = new SqliteQuoteStore({ dir: ':memory:' });
    await store.init();
    // The oldest quote holds all three words; 3,900 newer ones hold two of them each, so every word is in
    // 2,600 quotes, past the 2,500 newest read per word.
    const needle = articleWith('needle', [{ text: 'Aleppo ceasefire talks will resume.', speaker: 'John Kirby' }]);
    await store.replaceArticle(needle.article, needle.quotes);
    const pairs = ['Aleppo ceasefire', 'ceasefire talks', 'Aleppo talks'];
    for (let a = 0; a < 130; a++) {
      const x = articleWith(`pairs${a}`, Array.from({ length: 30 }, (_, k) => ({ text: `${pairs[k % 3]} item ${a} ${k}.`, speaker: 'Mark Toner' })));
      await store.replaceArticle(x.article, x.quotes);
    }
    const got = await store.quotesByTerms(['aleppo', 'ceasefir', 'talk'], { collections: ['default'] }, 5);
    expect(got[0]?.text).toBe('Aleppo ceasefire talks will resume.');
    await store.close();
  });
});
