import { describe, expect, it } from 'vitest';
import { extract, speakerOfQuoteStarting } from './helpers.js';

// Session 38 (h-attr97). Every text is written for these tests; names, meetings and shows are invented. A later
// description with the person noun the article introduced someone with ("World 100m champion Ned Rookwood ... The world
// champion says") is that person when nobody else was introduced with the noun and the description adds no word the
// introduction lacks. The noun is no office of the role lexicon, so no office binder read it: the quote stayed the
// description.
const speakerOf = (text: string, words: string): string | null | undefined => speakerOfQuoteStarting(extract(text), words);

describe('a later description with the noun of the introduction', () => {
  const intro = 'World and Commonwealth 100m champion Ned Rookwood will run the 60m at the Harbour Grand Prix next month.\n\n';

  it('"World and Commonwealth 100m champion NAME ... The world champion says"', () => {
    const t = `${intro}Rookwood ran at the same venue in 2003. The world champion says he is "in good shape" for the race.`;
    expect(speakerOf(t, 'in good shape')).toBe('Ned Rookwood');
  });

  it('a word the introduction lacks is another person: "the European champion" stays the description', () => {
    const t = `${intro}Rookwood ran at the same venue in 2003. The European champion says he is "in good shape" for the race.`;
    expect(speakerOf(t, 'in good shape')).not.toBe('Ned Rookwood');
  });

  it('two people introduced with the noun: either may be meant, so neither is taken', () => {
    const t = `${intro}He will meet Olympic 200m champion Luis Orrega in the final. The world champion says he is "in good shape" for the race.`;
    expect(speakerOf(t, 'in good shape')).not.toBe('Ned Rookwood');
    expect(speakerOf(t, 'in good shape')).not.toBe('Luis Orrega');
  });

  it('an indefinite description introduces somebody new: "A world champion says"', () => {
    const t = `${intro}Rookwood ran at the same venue in 2003. A world champion says the track is "in good shape" for the race.`;
    expect(speakerOf(t, 'in good shape')).not.toBe('Ned Rookwood');
  });
});
