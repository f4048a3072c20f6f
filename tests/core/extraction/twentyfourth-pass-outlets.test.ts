import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; people, places and bodies are invented (docs/EXTRACTION.md, "Issue 13,
// twenty-fourth pass: outlets, places and verbs of agreement", h-attr48).

describe('a body named only as a hearer or a medium is not what a later "it" or "they" points to', () => {
  const told = 'Ferry strike\n\n"We will keep the boats in harbour until the council listens," Ada Holt, chair of the Portwell Riders Union, told the Harbour News Network.\n\nThe union has a list of steps which it says the council must take before the boats sail.';

  it('"X told the Harbour News Network. ... which it says ...": "it" is not the network', () => {
    // The union, named in the quote's cue, is the "it" ("not the network" alone would pass if the quote were lost).
    expect(speakerOf(extract(told), 'the council must take')).toBe('Portwell Riders Union');
  });

  it('(guard) the words told to it stay the teller\'s', () => {
    expect(speakerOf(extract(told), 'keep the boats in harbour')).toBe('Ada Holt');
  });

  it('(guard) a body that speaks for itself somewhere stays a referent: "The Harbour News Network reported ... It said ..."', () => {
    const text = 'Ferry strike\n\nThe Harbour News Network reported on Monday that the boats would stay in harbour. It said the union had voted to strike until the council met its demands.';
    expect(speakerOf(extract(text), 'the union had voted')).toBe('Harbour News Network');
  });

  it('(guard) a person named only as a hearer still speaks next: "spoke to Annette Guessford ... she said" is hers', () => {
    // Only bodies are barred (`onlyHeard`): somebody told something may answer with a pronoun in the next paragraph.
    const text = 'Ferry strike\n\nThe union leader spoke to Annette Guessford about the strike on Monday.\n\n"We cannot sail in this weather," she said.';
    expect(speakerOf(extract(text), 'cannot sail')).toBe('Annette Guessford');
  });
});

describe('a name first written as a place is no "he" or "she"', () => {
  it('"Ned Rook, director of Keep the Harbour, ... Port Alder, he said, was ...": "he" is Rook, not the place', () => {
    const text = 'Ferry vote\n\nA poll taken before the vote in Port Alder put the ferry plan ahead.\n\nNed Rook, state director of Keep the Harbour, was unsure why the row had flared.\n\n"Maybe they just want us to go away," Rook said. "We are trying to show patience." Port Alder, he said, was "where we can win this fight on the ground."';
    expect(speakerOf(extract(text), 'where we can win this fight')).toBe('Ned Rook');
  });

  it('(guard) a name written after "in" that the article then gives a gender stays a person', () => {
    const text = 'Ferry vote\n\nThe board put its trust in Dana Velk, who has run the harbour for ten years. She said the ferries would run all winter. "We are ready for the storms and for the crowds," she said.';
    expect(speakerOf(extract(text), 'ready for the storms')).toBe('Dana Velk');
  });

  it('(guard) a possessive after "in" is a person\'s, not a place: "met in Dana Velk\'s office ... she said" is hers', () => {
    const text = 'Ferry vote\n\nThe row in the harbour grew on Monday.\n\nThe council met in Dana Velk\'s office. "We are ready for the storms," she said.';
    expect(speakerOf(extract(text), 'ready for the storms')).toBe('Dana Velk');
  });
});

describe('a wire dateline with a date is no part of the reported words', () => {
  it('"PORT ALDER, Feb. 2 (HNN) — The next ferry timetable is almost ready, Ada Holt said": no dateline in the clause', () => {
    const text = 'Ferry timetable\n\nPORT ALDER, Feb. 2 (HNN) — The next ferry timetable is almost ready and will be out in March, harbour master Ada Holt said on Tuesday.';
    const qs = extract(text).filter((q) => q.kind === 'indirect');
    expect(qs.some((q) => q.text.includes('ferry timetable'))).toBe(true);
    expect(qs.some((q) => q.text.includes('HNN') || q.text.includes('PORT ALDER'))).toBe(false);
  });
});
