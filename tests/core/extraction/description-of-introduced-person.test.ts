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

  it('the noun right before the name at a sentence\'s start: "Talk show host NAME has criticised ... The talk show host said:"', () => {
    const t = 'Talk show host Ann Vale has criticised the new opera.\n\nShe saw it twice. The talk show host said: "I would never have staged it."';
    expect(speakerOf(t, 'I would never have staged it')).toBe('Ann Vale');
  });

  it('a word the introduction lacks: "the European champion" is not bound, to the one introduced nor by nearness', () => {
    const t = `${intro}Rookwood ran at the same venue in 2003. The European champion says he is "in good shape" for the race.`;
    expect(speakerOf(t, 'in good shape')).not.toBe('Ned Rookwood');
  });

  it('"seventh seed NAME ... said the top seed": neither that person nor the one named last', () => {
    const t = 'Marco Tellan reached the semi-finals with a win over seventh seed Pablo Irazo.\n\n"I played my best tennis today," said the top seed.';
    expect(speakerOf(t, 'I played my best tennis')).not.toBe('Pablo Irazo');
  });

  it('two people introduced with the noun: the one the description agrees with ("world", not "Olympic 200m")', () => {
    const t = `${intro}He will meet Olympic 200m champion Luis Orrega in the final. The world champion says he is "in good shape" for the race.`;
    expect(speakerOf(t, 'in good shape')).toBe('Ned Rookwood');
  });

  it('two people introduced with the noun, both agreeing: either may be meant, so neither is taken', () => {
    const t = `${intro}He will meet Olympic 200m champion Luis Orrega in the final. The champion says he is "in good shape" for the race.`;
    expect(speakerOf(t, 'in good shape')).not.toBe('Ned Rookwood');
    expect(speakerOf(t, 'in good shape')).not.toBe('Luis Orrega');
  });

  it('an indefinite description introduces somebody new: "A world champion says"', () => {
    const t = `${intro}Rookwood ran at the same venue in 2003. A world champion says the track is "in good shape" for the race.`;
    expect(speakerOf(t, 'in good shape')).not.toBe('Ned Rookwood');
  });

  it('a plural noun introduces several: "hosts NAME and NAME ... the host said" stays the description, not the person just talked about', () => {
    const t = 'In an interview with Harbour Morning hosts Tom Pellow and Mara Quist, Dana Wren said she knew the candidate.\n\nWren and her husband attended his wedding in 2005. "He is a fun guy to be around," the host said.';
    expect(speakerOf(t, 'He is a fun guy')).not.toBe('Dana Wren');
  });
});

describe('a description with a person noun the lexicon holds apart is the person just talked about', () => {
  it('"NAME shook off an upset stomach to win ... The world indoor champion said:"', () => {
    const t = 'Britain\'s Jason Gardwell shook off an upset stomach to win the 60m at the Lindau meeting.\n\nGardwell finished well ahead of the field. The world indoor champion said: "I almost went home this morning."';
    expect(speakerOf(t, 'I almost went home')).toBe('Jason Gardwell');
  });

  it('"Italy skipper NAME believes ... said the lock forward"', () => {
    const t = 'Italy skipper Marco Bortelli believes Saturday\'s game will be a scrappy one.\n\n"It will not be a pretty game," said the lock forward.';
    expect(speakerOf(t, 'It will not be a pretty game')).toBe('Marco Bortelli');
  });

  it('the noun before a later mention, not the first ("NAME raced ... Seventh seed NAME beat ... said the top seed"): not the speaker quoted before', () => {
    const t = 'Dan Royle, a club adviser, and Kim Lutt spoke on Monday. "We lost," Royle said.\n\nWorld 100m champion Ned Rookwood and former champion Lee Parrish raced.\n\nSeventh seed Ned Rookwood beat Joe Linden. "He was better," the top seed said.';
    const who = speakerOf(t, 'He was better');
    expect(who).not.toBe('Dan Royle');
    expect(who).not.toBe('Ned Rookwood');
  });
});
