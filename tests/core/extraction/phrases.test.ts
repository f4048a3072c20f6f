import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './helpers.js';
import type { ExtractedQuote } from '../../../src/core/extraction/model.js';

/** The direct quote whose text is exactly `words`, or undefined. */
function direct(quotes: readonly ExtractedQuote[], words: string): ExtractedQuote | undefined {
  return quotes.find((q) => q.kind === 'direct' && q.text === words);
}

// Short quoted phrases inside the reporter's own sentence (issue 13): the speaker's words when a verb with the
// speaker as its subject governs them; a title, a label or a nickname when nothing does. Texts written for each case.
describe('a phrase a naming verb governs is the speaker\'s', () => {
  it('reads "X calls it the "..."" (the -s form) as X\'s words', () => {
    const q = extract('Mara Quill calls it the "big harbour gamble." The vote is on Friday.');
    expect(direct(q, 'big harbour gamble.')?.speaker?.name).toBe('Mara Quill');
  });

  it('reads "what he called "..."" as his words, though "called" right before a quote usually names a thing', () => {
    const q = extract('Ivo Brandt spoke at the depot. He attacked what he called "a reckless tariff," and left.');
    expect(direct(q, 'a reckless tariff,')?.speaker?.name).toBe('Ivo Brandt');
  });

  it('reads a complement after an object that would look like a title\'s head ("the program "..."")', () => {
    const q = extract('Former governor Ada Pike called the ferry program "worse than useless." The board meets in May.');
    expect(direct(q, 'worse than useless.')?.speaker?.name).toBe('Ada Pike');
  });

  it('reads the name right before the verb of a relative clause as its subject ("which Tarn Foods views as "...")', () => {
    const q = extract('Among its values is thrift, which Tarn Foods views as "a duty to our growers" and writes into every contract.');
    expect(direct(q, 'a duty to our growers')?.speaker?.name).toBe('Tarn Foods');
  });

  it('reads a complement after an object holding an initial or an amount ("J. Ada Pike", "$1.6 billion")', () => {
    const q = extract('Ivo Brandt called the plan to sell the $1.6 billion pier to J. Ada Pike "an absolute disgrace," and left.');
    expect(direct(q, 'an absolute disgrace,')?.speaker?.name).toBe('Ivo Brandt');
  });

  it('keeps "a film called "..."" and "an account called "..."" out: a participle that names a thing', () => {
    const q = extract('The harbour board is showing a short film called "Salt Roads" at the fair. Lena Ost runs an account called "Dock Notes" online.');
    expect(quoteWith(q, 'Salt Roads')).toBeUndefined();
    expect(quoteWith(q, 'Dock Notes')).toBeUndefined();
  });

  it('keeps a passive with its agent out ("is called the "..." by the locals")', () => {
    const q = extract('The old quay, Tern Point, is called the "Gate of the North" by the locals.');
    expect(quoteWith(q, 'Gate of the North')).toBeUndefined();
  });

});

describe('a characterisation after "as" is the speaker\'s', () => {
  it('reads "described X as "..."" and "hailed X as "..."" with the subject as speaker', () => {
    const q = extract('Owen Hale hailed the ferry vote as "a fantastic day for the coast." Later, Nia Rowe defended the plan as a "very decent compromise" on Tuesday.');
    expect(direct(q, 'a fantastic day for the coast.')?.speaker?.name).toBe('Owen Hale');
    expect(direct(q, 'very decent compromise')?.speaker?.name).toBe('Nia Rowe');
  });

  it('reads a long object before "as" ("referred to the new toll on the northern bridge as "...")', () => {
    const q = extract('Pia Lund referred to the new toll on the northern bridge as a "tax on going home" all evening.');
    expect(direct(q, 'tax on going home')?.speaker?.name).toBe('Pia Lund');
  });

  it('keeps "was described as "..."" with nobody named out', () => {
    const q = extract('The stranding at the bay was described as "unprecedented" in the report.');
    expect(quoteWith(q, 'unprecedented')).toBeUndefined();
  });

  it('keeps "known as "..."" out: a nickname, not anybody\'s words', () => {
    const q = extract('Tom Reyes, known as "the Ferryman", runs the night crossing.');
    expect(quoteWith(q, 'the Ferryman')).toBeUndefined();
  });
});

describe('a phrase quoted inside the clause a speaker reports', () => {
  it('gives a phrase inside the clause before ", said X" to X', () => {
    const q = extract('The closure of the yard marks "the end of an era" for the town, said Hana Voss, who chairs the council.');
    expect(direct(q, 'the end of an era')?.speaker?.name).toBe('Hana Voss');
  });

  it('leaves a phrase to the cue before it when one governs it ("X called it "..." for the town, said Y")', () => {
    const q = extract('Dean Morrow called the closure "a betrayal" of the town, said Hana Voss, who chairs the council.');
    expect(direct(q, 'a betrayal')?.speaker?.name).toBe('Dean Morrow');
  });

  it('reads "X has since said" as X speaking', () => {
    const q = extract('Mr. Ole Brandt has since said that the new pier would open in "early spring," but the builders disagree.');
    expect(direct(q, 'early spring,')?.speaker?.name).toBe('Ole Brandt');
  });
});

describe('a characterisation without quotation marks', () => {
  it('reads "X called him A B" and "X described herself as A B C" as reported speech', () => {
    const q = extract('Lena Ost called him a careless steward of the harbour fund. Mira Dahl, who described herself as a lifelong ferry worker, voted no.');
    expect(q.find((x) => x.kind === 'indirect' && x.text === 'him a careless steward of the harbour fund')?.speaker?.name).toBe('Lena Ost');
    expect(q.find((x) => x.kind === 'indirect' && x.text === 'herself as a lifelong ferry worker')?.speaker?.name).toBe('Mira Dahl');
  });

  it('reads no speech in "called an emergency session", "called it a day" or "called him out"', () => {
    const q = extract('The council called an emergency session on Monday. After the match, Ada Pike called it a day. Ivo Brandt called him out in the chamber for his absences.');
    expect(q.filter((x) => x.kind === 'indirect')).toEqual([]);
  });
});
