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
