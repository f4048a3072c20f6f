import { describe, expect, it } from 'vitest';
import { RoleIndex, officeWord, readRole } from '../../../src/core/speakers/roles.js';

/**
 * Role readings for role questions (issue 14, session 22, h-qa46; invented bodies and people): a body whose name holds
 * a preposition before the office, and "lieutenant" as a word that makes another office.
 */
describe('a body named with a preposition, then the office', () => {
  it('"the Visitor Board of Norland governor" is a governor of that board, not an office called "board"', () => {
    const r = readRole('the Visitor Board of Norland governor');
    expect(r?.office).toBe('governor');
    expect([...(r?.qualifiers ?? [])].sort()).toEqual(['board', 'norland', 'visitor']);
  });

  it('answers with the person whose role states the body after the office', () => {
    const index = new RoleIndex([
      { id: 'pell', roles: ['governor of the Visitor Board of Norland'], organisations: [] },
      { id: 'other-governor', roles: ['Westmark governor'], organisations: [] },
    ]);
    expect(index.match('the Visitor Board of Norland governor').map((m) => m.id)).toEqual(['pell']);
    expect(index.match('the University of Carrick professor').map((m) => m.id)).toEqual([]);
  });

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

describe('the office word of a body named with a preposition', () => {
  it('"the University of Carrick expert" names the office "expert" (a description of somebody, not of a university)', () => {
    expect(officeWord('the University of Carrick expert')).toBe('expert');
    expect(officeWord('the head of the Fund')).toBe('head');
  });
});
