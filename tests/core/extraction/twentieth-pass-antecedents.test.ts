import { describe, expect, it } from 'vitest';
import { speakerOf, extractDirect } from './helpers.js';
import { qualifierKeys, qualifiersDisagree } from '../../../src/core/extraction/lexicon/qualifiers.js';

// Every text here is written for these tests; people, places and bodies are invented (docs/EXTRACTION.md, "Issue 13,
// twentieth pass: antecedents and entities", h-attr36).

const direct = extractDirect;

describe('"Lib Dem" is a party qualifier: a party-qualified office binds to nobody of another party', () => {
  it('"Lib Dem president" and "Lib Dems" read as the Liberal Democrats, which "the Tory leader" disagrees with', () => {
    expect([...qualifierKeys(['Lib', 'Dem', 'president'])]).toEqual(['p:ld']);
    expect([...qualifierKeys(['the', 'Lib', 'Dems', 'leader'])]).toEqual(['p:ld']);
    expect([...qualifierKeys(['Dem', 'senator'])]).toEqual([]);
    expect(qualifiersDisagree(qualifierKeys(['the', 'Tory', 'leader']), qualifierKeys(['Lib', 'Dem', 'president']))).toBe(true);
  });

  it('"the Tory leader will argue ..." is not the Lib Dem president named later in the article', () => {
    const q = direct('Martin Crowe is to make a pitch for the rural vote.\n\nHe will say farmers "share the same worries" as townspeople. But the Tory leader will argue against new subsidies, saying they are "wasteful and unfair".\n\nLib Dem president Owen Pryce said the speech was "empty and late".');
    expect(speakerOf(q, 'wasteful and unfair')).not.toBe('Owen Pryce');
    expect(speakerOf(q, 'empty and late')).toBe('Owen Pryce');
  });

  it('(guard) "The Lib Dem leader said" still binds to the one whose stated role is Lib Dem leader', () => {
    const q = direct('Lib Dem leader Alan Fairlie toured the market on Monday with Tory candidate Rob Greer.\n\nThe Lib Dem leader said the town needed "a fair deal at last" from the council.');
    expect(speakerOf(q, 'a fair deal at last')).toBe('Alan Fairlie');
  });
});

describe('a person fronted by "For X," is whom the plain sentence is about, for the pronoun after it', () => {
  it('"For Dominic Harrow, who built the site, the idea grew out of frustration. "...," he said." is Harrow, not the last speaker', () => {
    const q = direct('"It is much more like wandering through a market," said Petra Lowe, head of the museum\'s web team. For Dominic Harrow, who built the site, the need for a new way to search grew out of frustration. "I went to a shop online to find a present and I had no idea what I wanted," he said.');
    expect(speakerOf(q, 'It is much more like')).toBe('Petra Lowe');
    expect(speakerOf(q, 'I went to a shop online')).toBe('Dominic Harrow');
  });

  it('"For Gloria Moss, a volunteer, ... "...," she said." is Moss, not the spokeswoman quoted before', () => {
    const q = direct('"We have had offices here since April," said Karen Ebbs, the campaign\'s spokeswoman.\n\nFor Gloria Moss, a retiree and one of the volunteers, making calls twice a week is a way to set an example.\n\n"She has a plan that people can believe in," she said.');
    expect(speakerOf(q, 'She has a plan')).toBe('Gloria Moss');
  });

  it('(guard) "For Norchester, this result is important" fronts a place: the pronoun keeps the speaker', () => {
    const q = direct('"We were patient and it paid off," said coach Ian Pardew. For Norchester, the result lifts them off the bottom. "The players showed real character," he said.');
    expect(speakerOf(q, 'The players showed')).toBe('Ian Pardew');
  });
});

describe('a quote that goes on from an earlier one and ends its sentence is not the words of the next sentence\'s reporting verb', () => {
  it('\'Her lawyers said: "...". "...2003." Mr Vance, known for ..., has claimed that ...\' keeps the lawyers', () => {
    const q = direct('Ms Lund\'s action accuses Mr Vance of negligence. Her lawyers said in a statement: "The Lund family had hoped for an end to the criminal case first. "However, the family understand that justice takes time and the action had to be filed by 3 May 2003." Mr Vance, known for his work with the band, has claimed that Ms Lund fell by accident.');
    expect(speakerOf(q, 'However, the family')).toBe('Her lawyers');
  });

  it('(guard) a quote opening its paragraph keeps the verb after it: \'"Vote on Tuesday!" Mr Vance tweeted before the vote.\'', () => {
    const q = direct('Governor Ann Bright won the race.\n\n"Ann has done a great job for the people of the state. Vote on Tuesday!" Tom Vance tweeted before Election Day.');
    expect(speakerOf(q, 'Ann has done a great job')).toBe('Tom Vance');
  });
});

describe('a weak cue after a finished quote is the last resort', () => {
  it('\'"A," said Dale Moor. "B." Ms Penn, who also spoke, said the plan was late.\' gives B to Moor', () => {
    const q = direct('"The quarter is the best time for us to raise prices," said Dale Moor, the planning minister. "We are still considering whether a rise of a third is suitable." The BBC\'s correspondent, Ruth Penn, told listeners that there would be a strong public reaction.');
    expect(speakerOf(q, 'We are still considering')).toBe('Dale Moor');
  });

});

describe('a paragraph of quotes with no cue continues whoever was reported last in the paragraph before', () => {
  it('\'She said: "..." ... The director Paul Fenn said he was disappointed.\' then \'"It\'s a shame."\' is Fenn', () => {
    const q = direct('Dana Velez cancelled her appearance at the premiere. She said: "I very much wanted to be in London but I am not well." Co-star Rick Hale attended the event. The film\'s director Paul Fenn said he was disappointed that Velez did not attend.\n\n"It\'s a shame. I know it\'s true that she\'s not well because she has cancelled her tour."');
    expect(speakerOf(q, "It's a shame")).toBe('Paul Fenn');
  });
});
