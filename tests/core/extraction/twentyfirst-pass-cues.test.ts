import { describe, expect, it } from 'vitest';
import { extractDirect, speakerOf } from './helpers.js';

// Every text here is written for these tests; people, places and bodies are invented (docs/EXTRACTION.md, "Issue 13,
// twenty-first pass: cues and bodies", h-attr38).

describe('"X asked again." after a question mark keeps the quote in its sentence', () => {
  it('"...?" Holloway asked again. gives Holloway, not the speaker of the next paragraph', () => {
    const q = extractDirect('Hearing on the ferry budget\n\n"What happens if the new boats are late?" Holloway asked. Varga said the yard was on schedule.\n\n"But if the yard is not ready, what is the fallback?" Holloway asked again.\n\n"Then we would lease two boats for a season," Varga said.');
    expect(speakerOf(q, 'what is the fallback')).toBe('Holloway');
    expect(speakerOf(q, 'lease two boats')).toBe('Varga');
  });

  it('(guard) "said again that ..." still governs a clause of its own', () => {
    const q = extractDirect('Ferry budget\n\n"The yard is on schedule." Varga said again that two boats would come in May.');
    expect(speakerOf(q, 'The yard is on schedule')).not.toBe('Varga');
  });
});

describe('a month or preposition alone between a quote and its verb is a family name ("," May wrote.)', () => {
  it('"...," May wrote. gives the person the article named in full', () => {
    const q = extractDirect('Band to tour again\n\nThe singer Theresa May joined the band in March.\n\n"We were amazed at how well it went on the night," May wrote on her website.');
    expect(speakerOf(q, 'amazed at how well')).toBe('Theresa May');
  });

  it('"...," From said. gives From, not nobody', () => {
    const q = extractDirect('Council history\n\nThe council was founded by Al From in 1985.\n\n"Our challenge was how to win back the middle class," From said.');
    expect(speakerOf(q, 'Our challenge was')).toMatch(/\bFrom$/);
  });

  it('(guard) a date after a quote is no name: "...," May 5 was the day', () => {
    const q = extractDirect('Ferry timetable\n\n"The boats will run again," said Ada Holt. "We hope for spring," May 5 was the date she gave.');
    expect(speakerOf(q, 'We hope for spring')).not.toBe('May');
  });
});

describe('"...," NAME, an appositive with a comma inside and none closing it, VERB: the name speaks', () => {
  it('gives the name opening after the quote, not the last words of the body in the appositive', () => {
    const q = extractDirect('Smog eases\n\nAnalysts say the air is cleaner because of the weather.\n\n"This is mainly due to the change in wind direction," Mira Castellan, a research analyst at the Institute for Energy, Water and Air think tank told the Courier.');
    expect(speakerOf(q, 'change in wind direction')).toBe('Mira Castellan');
  });

  it('(guard) a clause after the comma is no appositive: its own subject speaks', () => {
    const q = extractDirect('Smog eases\n\n"The air is cleaner," Mira Castellan, the analyst, said, and "it will not last," the ministry of Energy, Water and Air warned.');
    expect(speakerOf(q, 'it will not last')).not.toBe('Mira Castellan');
  });
});

describe('"a motion by X\'s lawyers": the document\'s author is whom the possessive names, not the possessor', () => {
  it('gives the lawyers (a description), never the client named inside the possessive', () => {
    const q = extractDirect('Trial date set\n\nSinger Tomas Brandt faces trial in March. The court is choosing jurors.\n\n"The release of the questionnaires serves no purpose," a motion by Mr Brandt\'s lawyers stated.');
    expect(speakerOf(q, 'serves no purpose')).toBe("Mr Brandt's lawyers");
  });

  it('(guard) "a report by Amnesty International" keeps the named body', () => {
    const q = extractDirect('Prison report\n\n"Conditions have worsened," a report by Amnesty International said.');
    expect(speakerOf(q, 'Conditions have worsened')).toBe('Amnesty International');
  });
});
