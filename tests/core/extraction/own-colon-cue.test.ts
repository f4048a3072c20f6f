import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 27 (h-attr60): a quote its own sentence introduces with "VERB:" has a speaker of its own, even when the reader
 * cannot name them ("UKIP spokesman, who said:", "One unnamed reader wrote:"): the paragraph's carry never gives it
 * the speaker of the quote before. A coordinated verb ("And continued:"), "It continued:" and a document go on from
 * the speaker before as they did.
 */
describe('a quote after its own "VERB:" is never carried from the quote before', () => {
  it('"denied by party spokesman, who said: "..."": not the accused\'s words', () => {
    const qs = extract(`Councillor Ben Marsh said the seat belonged to him and not to the party. "The rules are clear that a member elected on a list keeps the seat." But the claim was denied by party spokesman, who said: "Mr Marsh's accusations are as empty as his promises to the voters of the ward."`);
    // (The quote before is his: the carry had a speaker to give.)
    expect(speakerOf(qs, 'rules are clear')).toBe('Ben Marsh');
    const s = speakerOf(qs, 'accusations are as empty');
    expect(s).toBeDefined();
    expect(s).not.toBe('Ben Marsh');
  });

  it('"One unnamed reader - all are anonymous - wrote: "..."": not the blog\'s owner', () => {
    const qs = extract(`Ada Holt, who runs the website, collects the letters. "I am sure more people play these games than anyone admits," she said. One unnamed reader - all are anonymous - wrote: "On the rare nights when my husband comes to bed at the same time as I do, I find that I cannot sleep."`);
    expect(speakerOf(qs, 'more people play these games')).toBe('Ada Holt');
    const s = speakerOf(qs, 'my husband comes to bed');
    expect(s).toBeDefined();
    expect(s).not.toBe('Ada Holt');
  });

  it('"And continued: "..."": the speaker before goes on', () => {
    const qs = extract(`Culture secretary Lena Ostrow insisted: "We have a good record of planning gains in this country for social housing." And continued: "We can be proud of one of the lowest rates of problem gambling anywhere in the world."`);
    expect(speakerOf(qs, 'proud of one of the lowest')).toBe('Lena Ostrow');
  });
});
