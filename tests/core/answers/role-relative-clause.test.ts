import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { readRole, roleFit } from '../../../src/core/speakers/roles.js';
import { coreOf } from './texts.js';

/**
 * A role question whose office is followed by a relative clause (session 37, h-qa91): "the Marwick congressman who
 * served in the navy" is the Marwick congressman. Read whole, the clause's last word before a preposition ("served")
 * was the office and nobody held it. Only where a capitalised word before the clause names the body or place: "the
 * actor who played the butler" is told apart by its clause alone, and is no bare actor. Invented articles.
 */
const ARTICLES: Record<string, string> = {
  'bridge.txt': `Congressman backs Tarrow bridge

Marwick congressman Dana Holloway said the Tarrow bridge would be rebuilt by spring. "The Tarrow bridge will carry traffic again by spring," Dana Holloway said.
`,
  'film.txt': `Premiere for Velden drama

Actor Tom Brell said the film's ending would divide audiences. "The film's ending will divide audiences, and it should," Tom Brell said.
`,
  'fish.txt': `River fish in decline

Ilse Varga, a researcher at Korvin University who studies river fish, said the numbers had halved. "The river fish numbers have halved in ten years," she said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a relative clause is no part of the office', () => {
  it('reads the office and its place before the clause, on either side', () => {
    const asked = readRole('the Marwick congressman who served in the navy')!;
    expect(asked.office).toBe('representative');
    expect([...asked.qualifiers]).toEqual(['marwick']);
    const held = readRole('researcher at Korvin University who studies river fish')!;
    expect(held.office).toBe('researcher');
    expect([...held.qualifiers].sort()).toEqual(['korvin', 'university']);
    expect(roleFit(readRole('the Korvin University researcher')!, held)).toBeGreaterThan(0.9);
  });

  it('keeps the clause where nothing before it names a body or place', () => {
    expect(readRole('the actor who played the butler')!.office).not.toBe('actor');
  });

  it('a capital on the office or on its tense names no body: the clause is kept as in lower case', () => {
    // (Review, session 37: "Congressman who ..." and "Former senator who ..." were cut to a bare office.)
    expect(readRole('Congressman who served in the navy')).toEqual(readRole('congressman who served in the navy'));
    expect(readRole('Former senator who led the inquiry')).toEqual(readRole('former senator who led the inquiry'));
    expect(readRole('the Actor who played the butler')!.office).not.toBe('actor');
  });

  it('"the Marwick congressman who served in the navy" is the Marwick congressman', async () => {
    const a = await core.ask('what did the Marwick congressman who served in the navy say about the Tarrow bridge');
    expect(a.hits[0]?.speaker?.name).toBe('Dana Holloway');
  });

  it('"the actor who played the butler" is not any actor quoted on the topic', async () => {
    const a = await core.ask("what did the actor who played the butler say about the film's ending");
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Tom Brell');
  });

  it('nor is "the Actor who played the butler", with a capital on the office', async () => {
    const a = await core.ask("what did the Actor who played the butler say about the film's ending");
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Tom Brell');
  });
});
