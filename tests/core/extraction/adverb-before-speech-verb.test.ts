import { describe, expect, it } from 'vitest';
import { extract, speakerOfQuoteStarting as speakerOf } from './helpers.js';

// Session 34 (h-attr84). Every text is written for these tests; names and bodies are invented. A time or frequency
// adverb ("already", "always", "now", "often", "has long"), a floated quantifier ("both", "all") or a pronoun's "'s"
// ("he's said") between the subject and its speech verb does not change who speaks.
describe('adverbs and floated quantifiers between a subject and its speech verb', () => {
  it('"NAME has already said": the named person reports the clause', () => {
    const qs = extract('The show returns in May. Rory Bexton has already said he would not guest star in the new series.');
    expect(speakerOf(qs, 'he would not guest star')).toBe('Rory Bexton');
  });

  it('"BODY has always insisted", "BODY now says": the body speaks', () => {
    const qs = extract('Velcorp has always insisted the auction of its assets was unlawful.');
    expect(speakerOf(qs, 'the auction of its assets')).toBe('Velcorp');
    const qs2 = extract('The deal stalled in March. Orrintel now says it may give up on the purchase altogether.');
    expect(speakerOf(qs2, 'it may give up')).toBe('Orrintel');
  });

  it('"NAME has long said", "NAME often says"', () => {
    const qs = extract('Rory Bexton spoke first. Bexton has long said that he will back the party\'s nominee.');
    expect(speakerOf(qs, 'he will back')).toBe('Rory Bexton');
    const qs2 = extract('Tomas Brak runs the port. Brak often says the harbour is the town\'s best asset.');
    expect(speakerOf(qs2, 'the harbour is')).toBe('Tomas Brak');
  });

  it('a floated "both" after a subject of two: the pair speaks, read as it is without "both"', () => {
    const withBoth = extract('After the vote, Ada Holt and Rory Bexton have both argued that dockers have lost jobs to the new port.');
    const without = extract('After the vote, Ada Holt and Rory Bexton have argued that dockers have lost jobs to the new port.');
    expect(speakerOf(withBoth, 'dockers have lost jobs')).toBeTruthy();
    expect(speakerOf(withBoth, 'dockers have lost jobs')).toBe(speakerOf(without, 'dockers have lost jobs'));
  });

  it('a floated "all" after a list is left alone: no speaker cut from the list', () => {
    const qs = extract('Morwell, Velcorp, Harbour Foods and Big Larder all said that the winter period was disappointing.');
    expect(speakerOf(qs, 'the winter period')).toBeUndefined();
  });

  it('"he\'s said" is "he has said"; "he\'s said to be" stays a passive with no speaker', () => {
    const qs = extract('Tomas Brak spoke on Friday. He\'s said he gets his ideas about the port from the dockers.');
    expect(speakerOf(qs, 'he gets his ideas')).toBe('Tomas Brak');
    const qs2 = extract('Tomas Brak spoke on Friday. He\'s said to be furious about the plan for the port.');
    expect(qs2.some((q) => q.text.includes('furious'))).toBe(false);
  });

  it('"all" or "both" after a lower-case verb or a comma is no floated quantifier', () => {
    const qs = extract('The ministry wants to process all claims abroad, officials said.');
    expect(qs.every((q) => q.speaker?.name !== 'The ministry' || !q.text.startsWith('abroad'))).toBe(true);
    expect(speakerOf(qs, 'The ministry wants to process')).toBe('officials');
  });
});
