import { describe, expect, it } from 'vitest';
import { extract, extractDirect, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; people, places and bodies are invented (docs/EXTRACTION.md, "Issue 13,
// twentieth pass: cues", h-attr35).

describe('"X quoted Y as saying": Y speaks, never the paper or the agency that quotes', () => {
  it('a named person quoted by an agency is the speaker of the quote before and of the one after', () => {
    const q = extractDirect('Ruritania raised its main rate on Monday.\n\n"The decision was right," the Daily Courier quoted finance minister Pavel Brodsky as saying. "We had no choice."');
    expect(speakerOf(q, 'The decision was right')).toBe('Pavel Brodsky');
  });

  it('an indefinite object stays a whole unnamed description ("a central bank official", "one of Mr Orr\'s aides")', () => {
    const q = extract('Ruritania raised its main rate on Monday.\n\n"It is above all a question of stability," Reuters quoted a central bank official as saying.\n\nThe Courier quoted one of Mr Orr\'s aides as saying the minister was tired of the job.');
    const official = quoteWith(q, 'question of stability');
    expect(official?.speaker?.name).toBe('a central bank official');
    expect(official?.speaker?.anonymous).toBe(true);
    expect(speakerOf(q, 'the minister was tired')).toBe("one of Mr Orr's aides");
  });

  it('"CLAUSE, Reuters quoted sources as saying": the reported clause before the cue is the sources\' words', () => {
    const q = extract('Merger talk\n\nHalcom has held merger talks with Vantel, Reuters quoted sources as saying.');
    expect(speakerOf(q, 'Halcom has held merger talks')).toBe('sources');
  });

  it('the passive "Y is quoted (by X) as saying" gives Y, after the quote as before the clause', () => {
    const q = extract('Bank boss defends cuts\n\n"Our method works where others fail," Tom Braddock is quoted as saying.\n\nChief executive Lena Marsh was quoted by the Herald as saying the bank could no longer stay small.');
    expect(speakerOf(q, 'Our method works')).toBe('Tom Braddock');
    expect(speakerOf(q, 'the bank could no longer stay small')).toBe('Lena Marsh');
  });

  it('the absolute "..., with Mr Y quoted as saying that ..." gives Y, not the place before the comma', () => {
    const q = extract('Airline cuts\n\nThe airline warned it may move 7,000 jobs out of Ruritania, with Mr Halvorsen quoted as saying that the carrier could no longer stay local.');
    expect(speakerOf(q, 'the carrier could no longer stay local')).toBe('Halvorsen');
  });

  it('(guard) an unnamed person quoted second-hand is no antecedent for the "he" after, who is the article\'s person', () => {
    const q = extractDirect('Candidate Will Norcross spoke in Dayton on Friday.\n\nThe Tribune quoted one of his advisers as saying the candidate was struggling with foreign policy.\n\nHe brushed off these concerns. "I have lived abroad and I have common sense," he said.');
    expect(speakerOf(q, 'I have lived abroad')).toBe('Will Norcross');
  });

  it('(guard) "quoted" with no "as saying" is no cue for the one quoted: the one who quotes still speaks', () => {
    const q = extractDirect('"Our doors are open," the mayor quoted from the charter. Mayor Ann Pike said: "We will listen to everyone."');
    expect(speakerOf(q, 'We will listen')).toBe('Ann Pike');
  });
});

describe('"said the <place or club> <kind of person>" is a description of the person just talked about, not a name', () => {
  it('"said the Dumbarton athlete" is the hurdler just named, not "Dumbarton"', () => {
    const q = extractDirect('Tom Brackley finished fourth in the 60m hurdles at the indoor meeting in Valencia on Sunday.\n\n"It was a hard race and I think I can still improve," said the Dumbarton athlete. "The start let me down."');
    expect(speakerOf(q, 'It was a hard race')).toBe('Tom Brackley');
    expect(speakerOf(q, 'The start let me down')).toBe('Tom Brackley');
  });

  it('"said the Newport-based sprinter", "said the Bath fly-half": a hyphenated or club qualifier is no name either', () => {
    const q = extractDirect('Sprinter Jo Hale won the 200m in Cardiff.\n\n"I think the medal is important," said the Newport-based sprinter.\n\nLuke Varley kicked four penalties in the win. "We kept our heads," said the Bath fly-half.');
    expect(speakerOf(q, 'the medal is important')).toBe('Jo Hale');
    expect(speakerOf(q, 'We kept our heads')).toBe('Luke Varley');
  });

  it('(guard) "said the Spurs chairman" still reads the office; "said the Daily Courier" is still the paper', () => {
    const q = extractDirect('Spurs chairman Dan Levitt spoke after the draw. "We are patient," said the Spurs chairman.\n\n"The club has no debts," said the Daily Courier.');
    expect(speakerOf(q, 'We are patient')).toBe('Dan Levitt');
    expect(speakerOf(q, 'The club has no debts')).toBe('Daily Courier');
  });
});
