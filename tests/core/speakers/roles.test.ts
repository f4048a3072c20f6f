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
