import { describe, expect, it } from 'vitest';
import { extract, speakerOfQuoteStarting } from './helpers.js';

// Session 39 (h-attr103). Every text is written for these tests; names are invented. "His wife Dora" named nobody:
// a given name alone is no full name, so the "she said" after it went to the one person named, the husband. The
// given name after a kin word that states a sex is now a person of the article (that sex), the subject of the
// sentence when the kin's owner opens it, and a candidate of the pronouns after.
const speakerOf = (text: string, words: string): string | null | undefined => speakerOfQuoteStarting(extract(text), words);

describe('a person introduced by kin ("His wife Dora", "Varne\'s husband, Bill,") is a pronoun candidate', () => {
  it('"His wife Dora, who ..., agreed. "...," she said": the wife, not the husband', () => {
    const t = 'Singer Marlo Quent has said his band will not tour again.\n\n"I am tired of hotels," the singer told reporters in Oslo. His wife Dora, who also manages the band, agreed. "He has done enough, he needs a rest," she said.\n\nLater Marlo Quent said he would write songs. "I like writing," he said.';
    expect(speakerOf(t, 'He has done enough')).toBe('Dora');
    expect(speakerOf(t, 'I like writing')).toBe('Marlo Quent');
  });

  it('a possessor\'s kin with the name between commas, and "he"', () => {
    const t = 'Senator Ellen Varne spoke in Dover on Monday. Varne\'s husband, Bill, defended her record at a rally. "She has always kept her word," he said.';
    expect(speakerOf(t, 'She has always kept her word')).toBe('Bill');
  });

  it('the given name of a person the article names in full later is that person', () => {
    const t = 'Rocker Jed Hollis has said his family show is over.\n\n"I hated the cameras," Hollis told reporters. His wife Petra, who also appears in the show, agreed. "Everybody does these shows now," she said.\n\nPetra Hollis now judges a talent contest on television.';
    expect(speakerOf(t, 'Everybody does these shows now')).toBe('Petra Hollis');
  });

  it('kin whose stated sex is not the pronoun\'s leaves the pronoun to the one named', () => {
    const t = 'Minister Alan Roke visited the school with his son Tim on Friday. "I was proud of the pupils," he said.';
    expect(speakerOf(t, 'I was proud of the pupils')).toBe('Alan Roke');
    const u = 'Mayor Anna Bell opened the fair with her son Tim. "It is a great day for the town," she said.';
    expect(speakerOf(u, 'It is a great day for the town')).toBe('Anna Bell');
  });

  it('the given name of a stranger named in full ("His son Nick" and the doctor Nick Barlow) is not the kin (review h-rev39b)', () => {
    const t = 'Nick Barlow, the club doctor, treated the injured player. Chairman Ron Tate arrived later. His son Nick also came. "I was worried," he said.';
    expect(speakerOf(t, 'I was worried')).not.toBe('Nick Barlow');
    // The kin's family named in full is still the kin: "His son Nick ... Nick Tate" with the chairman Ron Tate.
    expect(speakerOf(`${t}\n\nNick Tate, 19, plays for the youth side.`, 'I was worried')).toBe('Nick Tate');
  });
});
