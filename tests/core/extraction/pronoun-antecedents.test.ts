import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 24 (h-attr47): confident pronoun reads given to the wrong person. The "he said" after a plain sentence
 * goes to that sentence's subject; an opener before the subject must not hide it.
 */
describe('the subject of a plain sentence after an opener', () => {
  const before = `Coach Tom Reddy thinks his side can win. Reddy said: "The kicking cost us the game." The visitors, meanwhile, are nursing their bruises.`;

  it('"But centre NAME believes ..." then "he said": the centre, not the coach quoted before', () => {
    const qs = extract(`${before}\n\nBut centre Owen Farrant believes the side played better. "We improved against a strong side," he said.`);
    expect(speakerOf(qs, 'strong side')).toBe('Owen Farrant');
    expect(speakerOf(qs, 'kicking cost')).toBe('Tom Reddy');
  });

  it('also after "However," and with an adjective ("unseeded")', () => {
    const a = extract(`${before}\n\nHowever, centre Owen Farrant thinks the side played better. "We improved against a strong side," he said.`);
    expect(speakerOf(a, 'strong side')).toBe('Owen Farrant');
    const b = extract(`${before}\n\nMeanwhile, unseeded Owen Farrant reached the final. "I improved against a strong field," he said.`);
    expect(speakerOf(b, 'strong field')).toBe('Owen Farrant');
  });

  it('a clause word is no modifier: "But what NAME did ..." is about no one, the speaker before stays', () => {
    const qs = extract(`Coach Tom Reddy spoke after the game. But what Owen Farrant did in the second half was the story of the day. "We never gave up," Reddy said. "We kept going," he added.`);
    expect(speakerOf(qs, 'kept going')).toBe('Tom Reddy');
  });

  it('a name after a preposition is no subject ("But unlike NAME, ...")', () => {
    const qs = extract(`${before}\n\nBut unlike Owen Farrant, the side looked tired. "We must improve," he said.`);
    expect(speakerOf(qs, 'must improve')).toBe('Tom Reddy');
  });
});

describe('a courtesy title and a surname two people share', () => {
  it('"Mr Castle" is not Sir Hugh Castle, named more recently, when the article also names Peter Castle', () => {
    const qs = extract(`Sir Hugh Castle said the city faced a real threat. Peter Castle defended his new security plans on Monday.\n\nAsked about Sir Hugh's remarks, a spokesman said: "The threat is real." But Mr Castle insisted: "Nothing matters more than safety."`);
    expect(speakerOf(qs, 'Nothing matters more')).toBe('Peter Castle');
  });

  it('a knight alone of that surname is still the one meant', () => {
    const qs = extract(`Sir Hugh Castle said the city faced a real threat. Mr Castle added: "We must be ready."`);
    expect(speakerOf(qs, 'must be ready')).toBe('Hugh Castle');
  });
});
