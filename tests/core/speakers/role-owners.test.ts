import { describe, expect, it } from 'vitest';
import { roleOwners, sameOwner } from '../../../src/core/speakers/roles.js';

/** Whose office a role phrase states (session 30, h-attr68): the answer side rules out another owner's holder. */
describe('roleOwners', () => {
  it('reads the capitalised words before a possessive', () => {
    expect(roleOwners("Freedonia's tourism minister")).toEqual(['freedonia']);
    expect(roleOwners("Port Ostra's harbour master").sort()).toEqual(['ostra', 'port']);
  });

  it('reads the owner after "of" only when a word before the office says what it is of', () => {
    expect(roleOwners('the tourism minister of Sylvania')).toEqual(['sylvania']);
    expect(roleOwners('managing director of Orvan Rail').sort()).toEqual(['orvan', 'rail']);
    expect(roleOwners('Minister of Tourism')).toEqual([]);
    expect(roleOwners('director of telecoms research')).toEqual([]);
  });

  it('a lower-case possessive names nobody in particular; a nation word is an owner anywhere', () => {
    expect(roleOwners("the club's managing director")).toEqual([]);
    expect(roleOwners('Thai tourism minister')).toEqual(['thailand']);
    expect(roleOwners('Interior Minister')).toEqual([]);
  });

  it('one owner under its name and adjective', () => {
    expect(sameOwner('austria', 'austrian')).toBe(true);
    expect(sameOwner('thailand', 'thai')).toBe(true);
    expect(sameOwner('freedonia', 'sylvania')).toBe(false);
  });
});
