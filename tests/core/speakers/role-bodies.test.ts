import { describe, expect, it } from 'vitest';
import { RoleIndex, acronymMatches } from '../../../src/core/speakers/roles.js';

/** A body named by its initials on one side and in full on the other (invented bodies). */
const index = new RoleIndex([
  { id: 'lakhani-like', roles: ['KSE chairman'], organisations: [] },
  { id: 'vell', roles: ['Borlo Phonographic Guild chief executive'], organisations: [] },
]);
const ids = (phrase: string) => index.match(phrase).map((m) => m.id);

describe('a body by its initials', () => {
  it('"the Karachi stock exchange chairman" is the "KSE chairman", and nothing of it is left unstated', () => {
    expect(ids('the Kestrel stock exchange chairman')).toEqual(['lakhani-like']);
    expect(index.match('the Kestrel stock exchange chairman')[0]?.unstated).toEqual([]);
  });

  it('"the BPG boss" is the "Borlo Phonographic Guild chief executive"', () => {
    expect(ids('the BPG boss')).toEqual(['vell']);
  });

  it('initials must spell a run of words in order, from three letters on', () => {
    expect(acronymMatches(new Set(['kse']), new Set(['stock', 'kestrel', 'exchange']))).toBeUndefined();
    expect(acronymMatches(new Set(['ks']), new Set(['kestrel', 'stock']))).toBeUndefined();
    expect([...(acronymMatches(new Set(['kse']), new Set(['big', 'kestrel', 'stock', 'exchange'])) ?? [])].sort()).toEqual(['exchange', 'kestrel', 'kse', 'stock']);
    expect(ids('the KSX chairman')).toEqual([]);
  });
});
