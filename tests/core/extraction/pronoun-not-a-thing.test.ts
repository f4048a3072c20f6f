import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 25 (h-attr52): a "he" or "she" read as a name the article first writes after "the" ("Only the Liberal
 * Democrats stood against the war, he said"): a person's name takes no article, so such a name is a body or a thing,
 * and the pronoun goes to the person the article speaks of.
 */
describe('he / she never points to a name first written after "the"', () => {
  it('a team the article names with "the" and quotes before a player\'s "she said"', () => {
    const qs = extract(`Jorunn Velde has played 40 games this season. The Copper Kettles said on Monday that they had offered a new deal to the striker. "I am happy where I am and I want to win the cup," she said.`);
    expect(speakerOf(qs, 'happy where I am')).toBe('Jorunn Velde');
  });

  it('the same with "he" and a party written "the Silver Ferns" mid-sentence', () => {
    const qs = extract(`Harald Brekke spoke in Ashford on Friday. On Monday the Silver Ferns said that they would oppose the new taxes. "We were right then and we are right now," he said.`);
    expect(speakerOf(qs, 'right then')).toBe('Harald Brekke');
  });

  it('a full name written without "the" stays a candidate: "Marat Rilke ... he said"', () => {
    const qs = extract(`The final went to five sets. Marat Rilke beat the champion in the last game. "I played my best tennis today," he said.`);
    expect(speakerOf(qs, 'best tennis')).toBe('Marat Rilke');
  });
});

describe('he / she never points to a name that ends in, or stands before, a body\'s head ("magazine", "station")', () => {
  it('"NAME, editor of Wire Pulse Magazine. "...," he said": the editor, not the magazine named last', () => {
    const qs = extract(`Broadband prices fell again this year, thinks Kofi Mensah, editor of Wire Pulse Magazine. "We expect these figures to leap next year because prices keep dropping," he said.`);
    expect(speakerOf(qs, 'figures to leap')).toBe('Kofi Mensah');
  });
});
