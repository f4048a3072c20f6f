import { describe, expect, it } from 'vitest';
import { nationOf } from '../../../src/core/extraction/lexicon/demonyms.js';
import { RoleIndex } from '../../../src/core/speakers/roles.js';

// Invented people: the role index alone, as the registry feeds it.
describe('role index: a nation the role does not hold', () => {
  const index = new RoleIndex([
    { id: 'uk-minister', roles: ['Foreign Secretary', 'British foreign minister'], organisations: [], quotes: 50 },
    { id: 'ru-minister', roles: ['Russian Foreign Minister'], organisations: [] },
    { id: 'plain-minister', roles: ['foreign minister'], organisations: [] },
    { id: 'kr-minister', roles: ["South Korea's foreign minister", 'Korean foreign minister'], organisations: [] },
    { id: 'us-envoy', roles: ['US ambassador to Kenya'], organisations: [] },
  ]);

  it('"the Chilean foreign minister" is no British or Russian foreign minister, whatever word the roles share', () => {
    const ids = index.match('the Chilean foreign minister').map((f) => f.id);
    expect(ids).not.toContain('uk-minister');
    expect(ids).not.toContain('ru-minister');
    // A role stating no nation still fits; the nation is left for the quote's surroundings to bear out.
    expect(ids).toContain('plain-minister');
  });

  it('the nation under another of its words still fits: British / UK, American / US, Russian', () => {
    expect(index.match('the UK foreign minister').map((f) => f.id)[0]).toBe('uk-minister');
    expect(index.match('the Russian foreign minister').map((f) => f.id)[0]).toBe('ru-minister');
    expect(index.match('the American ambassador to Kenya').map((f) => f.id)).toContain('us-envoy');
    expect(index.match('the Korean foreign minister').map((f) => f.id)[0]).toBe('kr-minister');
  });

  it('nationOf: one key for a nation\'s words, none for a country\'s own name or a region', () => {
    expect(nationOf('british')).toBe('uk');
    expect(nationOf('uk')).toBe('uk');
    expect(nationOf('american')).toBe(nationOf('us'));
    expect(nationOf('chilean')).toBe(nationOf('chile'));
    expect(nationOf('chinese')).toBe('chinese');
    expect(nationOf('china')).toBeUndefined();
    expect(nationOf('scottish')).toBeUndefined();
    expect(nationOf('texan')).toBeUndefined();
  });
});
