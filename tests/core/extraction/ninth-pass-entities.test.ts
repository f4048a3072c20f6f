import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';
import type { ExtractedQuote } from '../../../src/core/extraction/model.js';

const directSpeaker = (qs: readonly ExtractedQuote[], words: string): string | null | undefined => {
  const q = qs.find((x) => x.kind === 'direct' && x.text.includes(words));
  return q ? (q.speaker?.name ?? null) : undefined;
};

// Every text here is written for these tests; names, bodies and places are invented (docs/EXTRACTION.md, ninth pass).
describe('a speech word a possessive owns is a noun', () => {
  it('"told X that the ministry\'s claim "..."": the quote is the teller\'s, not the hearer\'s', () => {
    const q = extract(
      'Ships gather off the northern coast.\n\n' +
        'Cmdr. Dan Orwell, a spokesperson for Inland Guard, the Norland naval operation against smugglers in the north, told Radio Norland correspondent Lena Fisk that the ministry’s claim “is patently false,” and that “the navy is not stopping anyone from leaving.”',
    );
    expect(directSpeaker(q, 'the navy is not stopping')).toBe('Dan Orwell');
  });

  it('"dismissed criticism of X\'s comments as "..."": the possessive\'s noun does not end the object', () => {
    const q = extract(
      'The harbour levy went to the county court in March.\n\n' +
        'On the radio, Mr. Brenner’s campaign chairman, Nolan Quist, dismissed criticism of Mr. Brenner’s comments about Ms. Sallow as “Coastal Party talking points.”',
    );
    expect(speakerOf(q, 'Coastal Party talking points')).toBe('Nolan Quist');
  });
});

describe('"the party said", "the ministry said": the body named last before it, not one named only later', () => {
  it('"the party asserts" after the Coastal Independence Party is that party, not the New Harbour Party named later', () => {
    const q = extract(
      'Ada Brenner left the Coastal Independence Party on Monday to found a party of her own.\n\n' +
        'A spokesman for the Coastal Independence Party called on Ms Brenner to quit the assembly. The party asserts that Ms Brenner "has a moral obligation, if not a legal one" to stand down.\n\n' +
        'Ms Brenner said the New Harbour Party would stand candidates in every seat.',
    );
    expect(speakerOf(q, 'has a moral obligation')).toBe('Coastal Independence Party');
  });

  it('"the ministry said" is the ministry of the minister named last before it', () => {
    const q = extract(
      'Norland Defence Minister Ivo Rand said his country would help its neighbours patrol the strait.\n\n' +
        '"Countries outside the region should keep their promises," the ministry said in a statement.\n\n' +
        '"The strait is our main concern," Ostland Defence Minister Tom Pell said.',
    );
    expect(speakerOf(q, 'Countries outside the region')).toBe('Norland Defence Ministry');
  });
});

describe('a weak speech word yields the quote to a speaker of its own between them', () => {
  it('"Cost estimates, he added, were "..."": the quote is the one who added, not a person named "Cost"', () => {
    const q = extract(
      'The council said it was doing its best.\n\n' +
        '“The council is bound by law from planning a new harbour,” council spokesman Ivo Rand said Tuesday. Cost estimates, he added, were “based on a prototype harbour wall.”',
    );
    expect(directSpeaker(q, 'based on a prototype harbour wall')).toBe('Ivo Rand');
  });
});

describe('the base form of a speech verb after a determiner and one singular word is a noun', () => {
  it('"the Gazette report merits ...", "The harbour report came out": no cue, no "Gazette" speaker', () => {
    const q = extract(
      'The harbour report came out on Monday.\n\n' +
        'Councillor Ivo Rand said in a statement that the Gazette report merits an inquiry into the harbour board.\n\n' +
        'A spokesman for Rand Holdings said “the Gazette report is wrong” about the levy.',
    );
    expect(q.some((x) => x.speaker?.name === 'Gazette')).toBe(false);
    expect(q.some((x) => x.text.startsWith('came out'))).toBe(false);
  });

  it('"the Democrats claim", "critics of the plan say": a plural subject, or a phrase after a preposition, keeps the verb', () => {
    const q = extract(
      'The harbour levy went to the county court in March.\n\n' +
        'The Democrats claim the levy is unfair to the smaller towns of the coast.\n\n' +
        'Critics of the plan say it will close the harbour for a year.',
    );
    expect(speakerOf(q, 'unfair to the smaller towns')).toBe('Democrats');
    expect(speakerOf(q, 'close the harbour for a year')).not.toBeUndefined();
  });

  it('"the Kok report says": a document named for the one person of that surname is that person\'s', () => {
    const q = extract(
      'Former premier Wim Dorsk was asked to review the harbour targets last year.\n\n' +
        '“The targets are about everything and thus about nothing,” the Dorsk report says.',
    );
    expect(directSpeaker(q, 'about everything and thus')).toBe('Wim Dorsk');
  });
});
