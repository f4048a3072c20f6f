import { describe, expect, it } from 'vitest';
import { RoleIndex, readRole, roleFit } from '../../../src/core/speakers/roles.js';

const index = new RoleIndex([
  { id: 'brown', roles: ['UK chancellor', 'Chancellor'], organisations: [] },
  { id: 'letwin', roles: ['Tory shadow chancellor', 'Shadow Chancellor', 'chancellor'], organisations: [] },
  { id: 'howard', roles: ['Tory leader', 'Conservative leader'], organisations: [] },
  { id: 'robinson', roles: ['friend of the Tory leader'], organisations: [] },
  { id: 'strathclyde', roles: ['Tory leader in the Lords'], organisations: [] },
  { id: 'peschorn', roles: ['Interior Minister'], organisations: ['Austrian government'] },
  { id: 'klinsmann', roles: ['Germany coach'], organisations: [] },
  { id: 'greenspan', roles: ['Federal Reserve chairman', 'Fed chief'], organisations: [] },
  { id: 'blair', roles: ['Prime Minister'], organisations: [] },
  { id: 'allen', roles: ['director of the Center for Food and Allergy Research'], organisations: [] },
]);
const ids = (phrase: string) => index.match(phrase).map((m) => m.id);

describe('role index', () => {
  it('"shadow chancellor" is not "chancellor": the most frequent reading of an office decides', () => {
    expect(ids('the chancellor')).toEqual(['brown']);
    expect(ids('the shadow chancellor')).toEqual(['letwin']);
  });

  it('"Tory" is "Conservative"; "friend of the Tory leader" is not the Tory leader; an unasked qualifier ranks lower', () => {
    expect(ids('the Tory leader')).toEqual(['howard', 'strathclyde']);
    expect(ids('the Conservative leader')[0]).toBe('howard');
  });

  it('place words are qualifiers: Austria\'s interior minister (Austria from the organisation), the German coach', () => {
    expect(ids("Austria's interior minister")).toEqual(['peschorn']);
    expect(ids('the German coach')).toEqual(['klinsmann']);
    // A qualifier the role does not state is handed back, for the quote's surroundings to bear out.
    expect(index.match("France's interior minister")).toEqual([{ id: 'peschorn', fit: expect.any(Number), unstated: ['france'] }]);
    expect(index.match("Austria's interior minister")[0]?.unstated).toEqual([]);
  });

  it('"chief" = "head" = "boss", "PM" = "prime minister", and a role with its organisation after "of"', () => {
    expect(ids('the Fed boss')).toEqual(['greenspan']);
    // Newsroom abbreviations among the qualifiers: "Fed" is the Federal Reserve.
    expect(ids('the Fed chairman')).toEqual(['greenspan']);
    expect(ids('the PM')).toEqual(['blair']);
    expect(ids('the director of the Center for Food Allergy Research')).toEqual(['allen']);
  });

  it('reads modifiers, tense and qualifiers apart', () => {
    const r = readRole('former Tory shadow chancellor');
    expect(r?.office).toBe('chancellor');
    expect([...(r?.modifiers ?? [])]).toEqual(['shadow']);
    expect([...(r?.tense ?? [])]).toEqual(['former']);
    expect([...(r?.qualifiers ?? [])]).toEqual(['conservative']);
    expect(roleFit(readRole('chancellor')!, readRole('former chancellor')!)).toBeLessThan(roleFit(readRole('chancellor')!, readRole('chancellor')!));
  });
});

describe('role index: how often, and roles of the past', () => {
  // A prime minister on record hundreds of times, and two people the extractor once called "prime minister".
  const often = new RoleIndex([
    { id: 'aaron-stray', roles: ['prime minister'], organisations: [], quotes: 1 },
    { id: 'premier-often', roles: ['Prime Minister'], organisations: [], quotes: 300 },
    { id: 'abel-rare', roles: ['Prime Minister'], organisations: [], quotes: 2 },
  ]);

  it('ranks holders of an equally exact role by how often they are on record (ties were alphabetical)', () => {
    expect(often.match('the PM').map((m) => m.id)).toEqual(['premier-often', 'abel-rare', 'aaron-stray']);
    const [first, second] = often.match('the prime minister');
    expect(first?.fit).toBe(1);
    // Exactness still leads: a rarely quoted holder loses a little, never more than the share set for it.
    expect(second?.fit).toBeGreaterThan(0.84);
    expect(second?.fit).toBeLessThan(first?.fit ?? 0);
  });

  it('keeps exactness first: a better fitting role beats a more quoted holder of a looser one', () => {
    const index = new RoleIndex([
      { id: 'coach-plain', roles: ['coach'], organisations: [], quotes: 500 },
      { id: 'coach-germany', roles: ['Germany coach'], organisations: [], quotes: 3 },
    ]);
    expect(index.match('the German coach').map((m) => m.id)).toEqual(['coach-germany']);
    expect(index.match('the coach')[0]?.id).toBe('coach-plain');
  });

  it('without counts (no quotes given) ranks by fit alone, as before', () => {
    const index = new RoleIndex([
      { id: 'b-minister', roles: ['minister'], organisations: [] },
      { id: 'a-minister', roles: ['minister'], organisations: [] },
    ]);
    expect(index.match('the minister').map((m) => [m.id, m.fit])).toEqual([['a-minister', 1], ['b-minister', 1]]);
  });

  it('"then the secretary of state" is a role of the past: it fits a plain question less well than the current one', () => {
    expect([...(readRole('then the secretary of state')?.tense ?? [])]).toEqual(['then']);
    const index = new RoleIndex([
      { id: 'past-holder', roles: ['then the secretary of state'], organisations: [], quotes: 40 },
      { id: 'current-holder', roles: ['Secretary of State'], organisations: [], quotes: 40 },
    ]);
    expect(index.match('the secretary of state').map((m) => m.id)).toEqual(['current-holder', 'past-holder']);
    // Asked for the one who was then in office, the past reading fits fully.
    expect(index.match('the then secretary of state')[0]?.fit).toBe(1);
  });
});
