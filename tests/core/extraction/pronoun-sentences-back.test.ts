import { describe, expect, it } from 'vitest';
import { castOf } from './helpers.js';

// Every text here is written for these tests; names are invented (issue 13).
// `sentences_back` is the pronoun model's distance in sentences: how many sentences start after a candidate's latest
// mention, up to the pronoun's own (session 34, h-attr83; fitted, not shipped yet).

/** Sentences back from the pronoun at the end of `text` to each candidate's latest mention. */
const sentencesBack = (text: string, pronoun: string): Record<string, number> => {
  const { candidates } = castOf(text).pronounChoice(pronoun, text.length);
  return Object.fromEntries(candidates.map((c) => [c.person.name, Math.round(Math.expm1(c.x.sentences_back ?? 0))]));
};

describe('sentences_back: a candidate\'s distance from the pronoun in sentences, not characters', () => {
  it('counts the sentences that start between the mention and the pronoun', () => {
    const text = 'Omar Vell opened the depot. It rained. The crowd left early. Ivo Brandt waited for the last bus. He said';
    expect(sentencesBack(text, 'he')).toEqual({ 'Omar Vell': 4, 'Ivo Brandt': 1 });
  });

  it('is 0 for a person named in the pronoun\'s own sentence', () => {
    const text = 'Omar Vell closed the port. When Ivo Brandt arrived he said';
    expect(sentencesBack(text, 'he')).toEqual({ 'Omar Vell': 1, 'Ivo Brandt': 0 });
  });

  it('a long sentence is one sentence however many characters it holds', () => {
    const long = 'Ivo Brandt waited at the gate of the old depot on the east side of the harbour, beside the cranes, the sheds, the rail spur and the yard, for the last bus of the night. He said';
    const short = 'Omar Vell left. It rained. Dogs barked. He said';
    expect(sentencesBack(long, 'he')['Ivo Brandt']).toBe(1);
    expect(sentencesBack(short, 'he')['Omar Vell']).toBe(3);
  });
});
