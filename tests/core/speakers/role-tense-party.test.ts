import { describe, expect, it } from 'vitest';
import { RoleIndex, qualifierForms } from '../../../src/core/speakers/roles.js';

// Invented people and offices: the role index alone, as the registry feeds it.
describe('role index: a former holder asked for', () => {
  const index = new RoleIndex([
    // Listed first and sorting first by id: with equal fits the current holder would lead.
    { id: 'a-current', roles: ['Velland party leader'], organisations: [], quotes: 40 },
    { id: 'b-former', roles: ['former Velland party leader'], organisations: [], quotes: 40 },
  ]);

  it('"the former ... leader" ranks the holder stated as former first, the current one outside the 0.1 window', () => {
    const fits = index.match('the former Velland party leader');
    expect(fits.map((f) => f.id)).toEqual(['b-former', 'a-current']);
    // Registry scores are 0.8 x fit and the answer reads holders within 0.1 of the best score.
    expect(0.8 * (fits[0]!.fit - fits[1]!.fit)).toBeGreaterThan(0.1);
  });

  it('a question without "former" still gets the current holder only; with only current holders, "former" finds them', () => {
    expect(index.match('the Velland party leader').map((f) => f.id)).toEqual(['a-current']);
    const alone = new RoleIndex([{ id: 'only-current', roles: ['Velland party leader'], organisations: [] }]);
    expect(alone.match('the former Velland party leader').map((f) => f.id)).toEqual(['only-current']);
  });
});

describe('role index: a party the role does not hold', () => {
  const index = new RoleIndex([
    { id: 'gop-runner', roles: ['GOP front-runner'], organisations: [] },
    { id: 'dem-senator', roles: ['Democratic senator from Ohio'], organisations: [] },
    { id: 'party-org', roles: ['front-runner'], organisations: ['Republican Party'] },
  ]);

  it('"the Democratic front-runner" is no GOP front-runner, though "front" is a word both hold', () => {
    expect(index.match('the Democratic front-runner').map((f) => f.id)).toEqual([]);
    expect(index.match('the GOP front-runner').map((f) => f.id)[0]).toBe('gop-runner');
  });

  it('"the Republican senator from Ohio" is no Democratic senator from Ohio; the party may come from an organisation', () => {
    expect(index.match('the Republican senator from Ohio').map((f) => f.id)).toEqual([]);
    expect(index.match('the Democratic senator from Ohio').map((f) => f.id)).toEqual(['dem-senator']);
  });
});

describe('role index: place adjectives that do not start with the place', () => {
  const index = new RoleIndex([
    { id: 'mx', roles: ['Mexican President'], organisations: [] },
    { id: 'cn', roles: ['Chinese trade minister'], organisations: [] },
    { id: 'radical', roles: ['Radical chairman'], organisations: [] },
  ]);

  it('"Mexico\'s president" is the Mexican President, "China\'s trade minister" the Chinese one', () => {
    expect(index.match("Mexico's president").map((f) => f.id)).toEqual(['mx']);
    expect(index.match("China's trade minister").map((f) => f.id)).toEqual(['cn']);
    expect(qualifierForms('mexico')).toContain('mexican');
    expect(qualifierForms('china')).toContain('chinese');
  });

  it('exact forms only: "radio" is no "radical"', () => {
    expect(index.match('the radio chairman').map((f) => f.id)).toEqual([]);
  });
});
