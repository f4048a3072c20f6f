import { describe, expect, it } from 'vitest';
import { IndexCache } from '../../../src/core/engine.js';
import { SpeakerDirectory, scopeSpeaker } from '../../../src/core/speakers/scope.js';
import type { SpeakerRecord } from '../../../src/core/store/port.js';
import { addQuotes, speakerColumns, talliesFromGroups, type Tallies } from '../../../src/core/store/speaker-tallies.js';
import { SqliteQuoteStore } from '../../../src/core/store/sqlite/store.js';
import { articleWith } from '../../store/fixtures.js';

const carver: SpeakerRecord = {
  id: 'john-carver',
  isOrganisation: false,
  collections: {
    metro: { name: 'John Carver', quotes: 2, roles: ['unit head'], organisations: ['Acme Holdings'], lastSaid: '2024-03-04' },
    sport: { name: 'JOHN CARVER', quotes: 5, roles: ['striker', 'captain'], organisations: ['Riverside Rovers'], lastSaid: '2024-03-01' },
  },
};
const whitlow: SpeakerRecord = {
  id: 'dana-whitlow',
  isOrganisation: false,
  collections: { metro: { name: 'Dana Whitlow', quotes: 1, roles: ['planning officer'], organisations: [] } },
};

describe('a speaker seen from some collections', () => {
  it('holds only what those collections say', () => {
    expect(scopeSpeaker(carver, ['sport'])).toEqual({
      id: 'john-carver',
      name: 'JOHN CARVER',
      isOrganisation: false,
      roles: ['striker', 'captain'],
      organisations: ['Riverside Rovers'],
      quoteCounts: { sport: 5 },
      lastSaid: '2024-03-01',
      profiles: { sport: carver.collections.sport },
    });
    expect(scopeSpeaker(whitlow, ['sport'])).toBeUndefined();
    expect(scopeSpeaker(carver, [])).toBeUndefined();
  });

  it('lets the collection quoting the speaker most lead, and keeps each collection\'s profile for its own quotes', () => {
    const both = scopeSpeaker(carver, ['metro', 'sport'])!;
    expect(both.name).toBe('JOHN CARVER');
    expect(both.roles).toEqual(['striker', 'captain', 'unit head']);
    expect(both.organisations).toEqual(['Riverside Rovers', 'Acme Holdings']);
    expect(both.quoteCounts).toEqual({ metro: 2, sport: 5 });
    expect(both.lastSaid).toBe('2024-03-04');
    expect(both.profiles.metro?.roles).toEqual(['unit head']);
  });

  it('lists per collection without the others\' speakers', () => {
    const dir = new SpeakerDirectory([carver, whitlow]);
    expect(dir.scoped(['sport']).map((s) => s.id)).toEqual(['john-carver']);
    expect(dir.scoped(['metro']).map((s) => [s.id, s.roles])).toEqual([['john-carver', ['unit head']], ['dana-whitlow', ['planning officer']]]);
    expect(dir.scoped(['metro', 'sport', 'metro']).map((s) => s.id)).toEqual(['john-carver', 'dana-whitlow']);
    expect(dir.scoped(['nobody'])).toEqual([]);
  });
});

describe('speaker tallies per collection', () => {
  const quotes = (collection: string) =>
    articleWith(`a-${collection}`, [
      { text: 'One.', speaker: 'John Carver', role: 'striker', sortDate: '2024-03-01' },
      { text: 'Two.', speaker: 'JOHN CARVER', role: 'striker', organisation: 'Riverside Rovers', sortDate: '2024-03-02' },
      { text: 'Three.', speaker: 'John Carver', role: 'captain' },
    ], { collection }).quotes;

  it('adds quotes to one collection only, as a recount from scratch gives them (role counts and dates too)', () => {
    let t: Tallies | undefined;
    t = addQuotes(t, quotes('sport'), 'sport');
    t = addQuotes(t, quotes('metro').slice(0, 1), 'metro');
    const recount = talliesFromGroups(
      [
        { collection: 'sport', role: 'striker', organisation: null, n: 1, first: '2024-03-01', last: '2024-03-01' },
        { collection: 'sport', role: 'striker', organisation: 'Riverside Rovers', n: 1, first: '2024-03-02', last: '2024-03-02' },
        { collection: 'sport', role: 'captain', organisation: null, n: 1, first: null, last: null },
        { collection: 'metro', role: 'striker', organisation: null, n: 1, first: '2024-03-01', last: '2024-03-01' },
      ],
      [{ collection: 'sport', name: 'JOHN CARVER', last: '2024-03-02' }, { collection: 'metro', name: 'John Carver', last: '2024-03-01' }],
      'john-carver',
    );
    expect(t).toEqual(recount);
    expect(speakerColumns(t)).toEqual({
      name: 'JOHN CARVER',
      counts: { metro: 1, sport: 3 },
      lastSaid: '2024-03-02',
      profiles: {
        metro: { name: 'John Carver', quotes: 1, roles: ['striker'], organisations: [], lastSaid: '2024-03-01', roleStats: { striker: { n: 1, first: '2024-03-01', last: '2024-03-01' } } },
        sport: {
          name: 'JOHN CARVER', quotes: 3, roles: ['striker', 'captain'], organisations: ['Riverside Rovers'], lastSaid: '2024-03-02',
          // An undated quote counts, and gives no date.
          roleStats: { striker: { n: 2, first: '2024-03-01', last: '2024-03-02' }, captain: { n: 1 } },
        },
      },
    });
  });
});

describe('the index cache', () => {
  it('builds one registry per set of collections, rebuilt after a write', async () => {
    const store = new SqliteQuoteStore({ dir: ':memory:' });
    await store.init();
    const m = articleWith('m', [{ text: 'Cleared.', speaker: 'John Carver', role: 'unit head' }], { collection: 'metro' });
    await store.replaceArticle(m.article, m.quotes);
    const cache = new IndexCache(store, 0);
    const sport = await cache.current(['sport']);
    expect(sport.registry.size).toBe(0);
    const metro = await cache.current(['metro']);
    expect(metro.registry.all().map((s) => s.roles)).toEqual([['unit head']]);
    expect((await cache.current(['metro'])).registry).toBe(metro.registry);
    expect((await cache.current(['sport', 'metro'])).registry).toBe((await cache.current(['metro', 'sport'])).registry);
    const s = articleWith('s', [{ text: 'Scored.', speaker: 'John Carver', role: 'striker' }], { collection: 'sport' });
    await store.replaceArticle(s.article, s.quotes);
    const after = await cache.current(['sport']);
    expect(after.registry.all().map((x) => [x.name, x.roles])).toEqual([['John Carver', ['striker']]]);
    expect(after.registry.roleMatches('unit head', () => true)).toEqual([]);
    expect((await cache.current(['metro'])).registry.roleMatches('unit head', () => true).map((x) => x.speaker.id)).toEqual(['john-carver']);
    await store.close();
  });
});
