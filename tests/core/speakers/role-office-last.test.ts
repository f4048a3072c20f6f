import { describe, expect, it } from 'vitest';
import { RoleIndex, readRole } from '../../../src/core/speakers/roles.js';

/**
 * Role readings for role questions (issue 14, session 22, h-qa46; invented bodies and people): an office before a
 * preposition keeps its reading, and "lieutenant" as a word that makes another office. (Reading "the University of X
 * professor" as a professor of that body was withdrawn in session 23: it added a wrong speaker on an unseen set.)
 */
describe('an office before a preposition', () => {
  it('an office before the preposition keeps its reading ("adviser to the Fund managing director" is an adviser)', () => {
    expect(readRole('adviser to the Fund managing director')?.office).toBe('adviser');
    expect(readRole('director of the Harbour Survey Center')?.office).toBe('director');
    expect(readRole('chief of staff')?.office).toBe('head');
  });
});

describe('a lieutenant governor is another office than the governor', () => {
  const index = new RoleIndex([
    { id: 'governor', roles: ['Ostland Gov'], organisations: [] },
    { id: 'lieutenant', roles: ['Ostland Lt. Gov'], organisations: [] },
  ]);
  it('"the Ostland lieutenant governor" is the one stated "Lt. Gov", and only them', () => {
    expect(index.match('the Ostland lieutenant governor').map((m) => m.id)).toEqual(['lieutenant']);
  });
  it('"the Ostland governor" is never the lieutenant governor', () => {
    expect(index.match('the Ostland governor').map((m) => m.id)).toEqual(['governor']);
  });
});

