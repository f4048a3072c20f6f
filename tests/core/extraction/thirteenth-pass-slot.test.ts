import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; people and towns are invented (docs/EXTRACTION.md, "Issue 13,
// thirteenth pass: the attribution right after a quote", h-attr21). The speaker written right after a quote was
// passed over, and the quote kept the person named before it.

describe('a hearer verb right after its quote inverts with its subject', () => {
  it('"...!" warned Richards.: Richards, not the mayor named before', () => {
    const q = extract('Mayor Jane Tolver opened the meeting. "We will win the marathon for sure!" warned Richards. "Only one person can win it, but lots of people can be happy."');
    expect(speakerOf(q, 'We will win the marathon')).toBe('Richards');
    expect(speakerOf(q, 'Only one person can win')).toBe('Richards');
  });

  it('"...," implored campaigner Barry Quell.: the role and the name after the verb', () => {
    const q = extract('Councillor Abel Dunmore was asked about the budget. "Don\'t you care about the harbour seals?" implored harbour campaigner Barry Quell.');
    expect(speakerOf(q, 'harbour seals')).toBe('Barry Quell');
  });

  it('keeps the hearer where a subject stands before the verb ("Tolver warned Richards")', () => {
    const q = extract('"The dam will not hold through the winter," Jane Tolver warned Richards at the hearing.');
    expect(speakerOf(q, 'The dam will not hold')).toBe('Jane Tolver');
  });
});

describe('a speech verb standing alone after a closing "?" or "!" keeps the quote in its sentence', () => {
  it('"...?" Vitter demanded.: the asker, not nobody', () => {
    const q = extract('Senator Ada Brisk faced the bank\'s chief. "Why is this not proof that the bank is too big to manage?" Quell demanded. "We fixed it," Brisk replied.');
    expect(speakerOf(q, 'too big to manage')).toBe('Quell');
  });

  it('"...?" Maddow repeated.: the host, not the guest quoted before', () => {
    const q = extract('"I would not rule anything out," Jane Tolver said on the show.\n"Anything at all?" Nora Quell repeated.');
    expect(speakerOf(q, 'Anything at all')).toBe('Nora Quell');
  });

  it('a verb with words of its own after the quote still opens a new sentence', () => {
    const q = extract('"Is that a fact?" Nora Quell asked. "Yes." Tolver demanded a recount of the ballots in Marston and Corran.');
    expect(q.some((x) => x.kind === 'indirect' && x.speaker?.name === 'Tolver' && x.text.includes('a recount'))).toBe(false);
    expect(speakerOf(q, 'Is that a fact')).toBe('Nora Quell');
  });
});

describe('a clause that opens on another speaker\'s attribution is not the verb\'s', () => {
  it('"While Tolver has pledged to back Ringer as the nominee, Dunmore suggested that ...": Dunmore\'s words only', () => {
    const q = extract('While Tolver has pledged to back Ringer as the nominee, Dunmore suggested that it would not be a simple or even an orderly process.');
    const holding = q.filter((x) => x.text.includes('orderly process'));
    expect(holding.map((x) => x.speaker?.name)).toEqual(['Dunmore']);
  });

  it('"According to the statistics office, Eurodat, ... domestic demand.": a noun read as a verb far on takes nothing', () => {
    const q = extract('According to the statistics office, Eurodat, rising exports were outweighed in the fourth quarter by the continuing weakness of domestic demand.');
    // Since session 23 (h-attr44) a body named by common nouns only is a marked description, "the" kept.
    expect(speakerOf(q, 'rising exports were outweighed')?.toLowerCase()).toBe('the statistics office');
  });
});

describe('an unlisted verb after "an angry X"', () => {
  it('"...," an angry Ringer retaliated.: Ringer, not the person who spoke before', () => {
    const q = extract('Mayor Tolver said the town had lost its way. "Dunmore will always be Dunmore," an angry Ringer retaliated. "It never gives up."');
    expect(speakerOf(q, 'Dunmore will always be Dunmore')).toBe('Ringer');
    expect(speakerOf(q, 'It never gives up')).toBe('Ringer');
  });

  it('"...," but Ringer retaliated.: a conjunction after the quote opens no attribution', () => {
    const q = extract('"Dunmore will always be Dunmore," but Ringer retaliated with a ban on the harbour fair.');
    expect(speakerOf(q, 'Dunmore will always be Dunmore')).not.toBe('Ringer');
  });
});

describe('a document read out in the slot beside its quote', () => {
  it('"...," read a statement from the phone firm.: the statement, not the man named before', () => {
    const q = extract('Mark Tolver spoke to staff on Monday. "We have withdrawn the advert and apologise for any offence caused," read a statement from the phone firm.');
    expect(speakerOf(q, 'withdrawn the advert')).toBe('a statement');
  });

  it('"...," the letter reads.: the letter', () => {
    const q = extract('Mark Tolver spoke to staff on Monday. "We have withdrawn the advert and apologise for any offence caused," the letter reads.');
    expect(speakerOf(q, 'withdrawn the advert')).toBe('the letter');
  });

  it('"...," the statement continued.: a weak verb after a described subject right after the quote', () => {
    const q = extract('Mark Tolver spoke to staff on Monday. "We have withdrawn the advert and apologise for any offence caused," the statement continued.');
    expect(speakerOf(q, 'withdrawn the advert')).toBe('the statement');
  });

  it('"One of his recent reads, "...", ..." and "she read the report" report nothing', () => {
    const q = extract('Admiral Tolver keeps a shelf of war books. One of his recent reads, "This Kind of Siege," by Ann Ringer, drove that point home.\nShe read the report that the harbour was closed.');
    expect(speakerOf(q, 'This Kind of Siege')).toBeUndefined();
    expect(q.some((x) => x.text.includes('the harbour was closed'))).toBe(false);
  });

  it('"...," it read.: the pronoun is left to the reader as before, never a cue of its own', () => {
    const q = extract('Senator Cornwall and the Harbour Board sent a letter urging the council to act. "The fact that it is already July and the council has failed to act is a disgrace," it read.');
    expect(speakerOf(q, 'already July')).not.toBe('Cornwall');
  });
});
