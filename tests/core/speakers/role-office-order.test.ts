import { describe, expect, it } from 'vitest';
import { RoleIndex, readRole } from '../../../src/core/speakers/roles.js';

/**
 * Offices written with a word after them (session 34, h-qa82; invented bodies and people): a title after its office
 * ("secretary general", "director general") and a ranking ("number one") read with the office last.
 */
describe('a title written after its office', () => {
  const index = new RoleIndex([
    { id: 'dg', roles: ['Ostland Traders Federation director general'], organisations: [] },
    { id: 'sg', roles: ['Tarn Pact Secretary-General'], organisations: [] },
    { id: 'agency', roles: ['director general of the Ostland Atomic Agency'], organisations: [] },
    { id: 'ag', roles: ['Attorney General'], organisations: [] },
    { id: 'prosecutor', roles: ['US attorney'], organisations: [] },
  ]);
  it('reads "secretary general" as the "general secretary" and "director general" as the "general director"', () => {
    expect(readRole('Tarn Pact secretary general')).toMatchObject({ office: 'secretary' });
    expect(readRole('Tarn Pact secretary general')?.qualifiers).toContain('general');
    expect(readRole('director general of the Ostland Atomic Agency')).toMatchObject({ office: 'director' });
  });
  it('the body\'s boss, chief or head is its director general or secretary general (before: nobody)', () => {
    expect(index.match('the Tarn Pact chief').map((m) => m.id)).toEqual(['sg']);
    expect(index.match('the head of the Ostland Atomic Agency').map((m) => m.id)).toEqual(['agency']);
    expect(index.match('the Ostland Traders Federation boss').map((m) => m.id)).toEqual(['dg']);
  });
  it('the office asked by its own name still finds its holder, whichever way it is written', () => {
    expect(index.match('the Tarn Pact general secretary').map((m) => m.id)).toEqual(['sg']);
    expect(index.match('the Tarn Pact secretary general').map((m) => m.id)).toEqual(['sg']);
  });
  it('leaves other offices named with "general" alone: the attorney general is no attorney', () => {
    expect(index.match('the US attorney').map((m) => m.id)).toEqual(['prosecutor']);
    expect(index.match('the attorney general').map((m) => m.id)).toEqual(['ag']);
  });
});

describe('a ranking is one office', () => {
  const index = new RoleIndex([
    { id: 'national', roles: ['Ostland number one'], organisations: [] },
    { id: 'world', roles: ['women\'s world number one'], organisations: [] },
  ]);
  it('"the world number one" is never the Ostland number one (before: the Ostland one, the world left to the topic)', () => {
    expect(index.match('the world number one').map((m) => m.id)).toEqual(['world']);
    expect(readRole('Ostland number one')?.slot).toBe('ostland');
  });
  it('a national number one is asked as such', () => {
    expect(index.match('the Ostland number one').map((m) => m.id)).toEqual(['national']);
  });
});
