import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 26 (h-attr58): a verb after a comma reads its subject after it ('"...," said Ada Holt'), but "that" after
 * the verb opens the reported clause: the name after "that" is that clause's subject, never the speaker.
 */
// A quote after each text with its speaker, so a test cannot pass on a text the extractor lost (the fragment itself is
// not reported today: no speaker read).
const HOLT = ' "We will answer every point," said Ada Holt, the harbour master.';

describe('a name after "V that" is never read as the inverted subject', () => {
  it('"That letter, on company paper, demanded that NAME make "..."": not NAME', () => {
    const qs = extract(`The dispute grew. That letter, on company paper, demanded that Oskar Lindqvist make "a full and public apology" or resign from the board.${HOLT}`);
    expect(speakerOf(qs, 'full and public apology')).not.toBe('Oskar Lindqvist');
    expect(speakerOf(qs, 'answer every point')).toBe('Ada Holt');
  });

  it('"The ad, titled "...", concludes that NAME is too "..."": not NAME', () => {
    const qs = extract(`The new spot runs statewide. The ad, titled "Steady Hands?", concludes that Dana Ferrow is far too "erratic and careless" to run the county.${HOLT}`);
    expect(speakerOf(qs, 'erratic and careless')).not.toBe('Dana Ferrow');
    expect(speakerOf(qs, 'answer every point')).toBe('Ada Holt');
  });

  it('"He did, however, admit that owners have "..."": the pronoun\'s person, not "that owners"', () => {
    const qs = extract(`Piet Vander, head of the growers' union, said the harvest was poor. He did, however, admit that farm owners have "partly lost control of their prices", due to imports. "Prices will recover," he added.`);
    expect(speakerOf(qs, 'partly lost control')).not.toBe('that farm owners');
    expect(speakerOf(qs, 'Prices will recover')).toBe('Piet Vander');
  });

  it('"..., said NAME" still reads the name after the verb', () => {
    const qs = extract(`The harbour will stay open. "We will not close the pier this year, whatever the council decides," said Ada Holt, the harbour master.`);
    expect(speakerOf(qs, 'close the pier')).toBe('Ada Holt');
  });
});
