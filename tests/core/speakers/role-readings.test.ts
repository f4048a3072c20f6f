import { describe, expect, it } from 'vitest';
import { RoleIndex, readRole } from '../../../src/core/speakers/roles.js';

/**
 * Three readings of a stated role (session 18, h-qa34), each failing with its rule off:
 * - a peer's title the extractor left at the end of a role ("Attorney General Lord" of "Attorney General Lord
 *   Brackwell") is no office (`withoutTrailingTitle`);
 * - a hyphenated word joining others by a preposition is one word ("direct-to-consumer"), unless it opens with an
 *   office ("editor-in-chief") (`roleWords`);
 * - a union's general secretary is its leader, and only a union's;
 * - the word an abbreviated office reads as ("operating" of "COO") names no body: "the Zentro Corp COO" names a body
 *   of two words, which a plain "chief operating officer" leaves for the quote's surroundings to bear out.
 */
const index = new RoleIndex([
  { id: 'brackwell', roles: ['Attorney General Lord'], organisations: [], quotes: 9 },
  { id: 'tolland', roles: ['cabinet colleague Lord'], organisations: [], quotes: 2 },
  { id: 'marsh', roles: ['Zentro’s chairman of direct-to-consumer and international'], organisations: [], quotes: 3 },
  { id: 'okafor', roles: ['editor-in-chief'], organisations: [], quotes: 4 },
  { id: 'dunmore', roles: ['Union general secretary'], organisations: [], quotes: 5 },
  { id: 'pellow', roles: ['union leader'], organisations: [], quotes: 6 },
  { id: 'carrick', roles: ['Labour general secretary'], organisations: [], quotes: 5 },
  { id: 'hale', roles: ['Labour leader'], organisations: [], quotes: 30 },
  { id: 'vance', roles: ['chief operating officer'], organisations: [], quotes: 2 },
]);
const ids = (phrase: string) => index.match(phrase).map((m) => m.id);

describe('role readings', () => {
  it('a trailing peer\'s title is no office: "Attorney General Lord" is the attorney general', () => {
    expect(ids('the attorney general')).toEqual(['brackwell']);
    expect(ids('the cabinet colleague')).toEqual(['tolland']);
    expect(readRole('Lord')?.office).toBe('lord');
  });

  it('"direct-to-consumer" is one word of the role, "editor-in-chief" an editor', () => {
    expect(readRole('the Zentro direct-to-consumer chairman')?.office).toBe('chairman');
    expect(ids('the Zentro direct-to-consumer chairman')).toEqual(['marsh']);
    expect(ids('the editor')).toEqual(['okafor']);
  });

  it("a union's general secretary is its leader; Labour's general secretary is no Labour leader", () => {
    expect(ids('the union leader').sort()).toEqual(['dunmore', 'pellow']);
    expect(ids('the Labour leader')).toEqual(['hale']);
    expect(ids('the general secretary').sort()).toEqual(['carrick', 'dunmore']);
  });

  it('"the Zentro Corp COO" is a chief operating officer, the body left to bear out', () => {
    expect(index.match('the Zentro Corp COO').map((m) => [m.id, m.unstated])).toEqual([['vance', ['zentro', 'corp']]]);
  });
});
