import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Issue 13, "Done when": over whole articles, no speaker name carries an honorific, rank or role word, and a kind
// noun before an organisation ("Miner Highland Gold") is no part of its name. The gateSpeaker unit tests check
// the phrases one by one; these check them where the extractor meets them, in articles written for this test.
describe('titles and kind nouns in whole articles stay out of the speaker\'s name', () => {
  it('a kind noun before an organisation goes to the role: "Miner Highland Copper said" is Highland Copper', () => {
    const q = extract('Miner Highland Copper said the pit would reopen in March. "We will hire 200 people," Miner Highland Copper said.');
    expect(speakerOf(q, 'pit would reopen')).toBe('Highland Copper');
    expect(speakerOf(q, 'hire 200 people')).toBe('Highland Copper');
    expect(quoteWith(q, 'hire 200 people')?.speaker?.role).toBe('Miner');
  });

  it('courtesy titles, academic titles and stacked ranks never open a name', () => {
    const q = extract(
      'Dr. Lena Moss said the clinic would stay open. "We have the staff," said Mrs. Ada Roe.\n' +
        'Prof. Ivo Rask said: "The survey is wrong." Lt. Col. Piet Ostrand added: "We were never told."\n' +
        '"The tide tables are wrong," Gen. Nils Brand told reporters.',
    );
    expect(speakerOf(q, 'clinic would stay open')).toBe('Lena Moss');
    expect(speakerOf(q, 'We have the staff')).toBe('Ada Roe');
    expect(speakerOf(q, 'survey is wrong')).toBe('Ivo Rask');
    expect(speakerOf(q, 'never told')).toBe('Piet Ostrand');
    expect(quoteWith(q, 'never told')?.speaker?.role).toMatch(/Lt\. Col/);
    expect(speakerOf(q, 'tide tables')).toBe('Nils Brand');
  });
});
