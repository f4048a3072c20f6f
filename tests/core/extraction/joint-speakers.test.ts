import { describe, expect, it } from 'vitest';
import { CONFIDENCE_CAPS } from '../../../src/core/extraction/confidence-caps.js';
import { directWithEvidence, extract, roleOfQuoteStarting, speakerOfQuoteStarting } from './helpers.js';

// Every text here is written for these tests; names and bodies are invented (session 41, h-attr111).
describe('two people named as one subject before the verb, the second with an office, title or kin word of its own', () => {
  const joint = (text: string, words: string, first: string): void => {
    const quotes = extract(text);
    expect(speakerOfQuoteStarting(quotes, words), text).toBe(first);
    const q = directWithEvidence(text).find((d) => d.speaker === first);
    if (q) {
      expect(q.evidence.coordinatedSpeaker, text).toBe(true);
      expect(q.confidence, text).toBeLessThanOrEqual(CONFIDENCE_CAPS.coordinated_speakers!);
    }
  };

  it('an office before each name ("singer Gary Lind and drummer Jon Quarry said"): the first named, one of several', () => {
    joint('Band news\n\nThe band played in Glasgow on Friday. Singer Gary Lind and drummer Jon Quarry said: "We are thrilled to be home."',
      'We are thrilled', 'Gary Lind');
    expect(roleOfQuoteStarting(extract('Band news\n\nThe band played in Glasgow on Friday. Singer Gary Lind and drummer Jon Quarry said: "We are thrilled to be home."'), 'We are thrilled')).toBe('Singer');
  });

  it('a modifier in "-ing" inside the second office ("chief operating officer")', () => {
    joint('Bank merger\n\nThe bank confirmed the deal on Monday. Chief executive Will Harran and chief operating officer Jim Dorey said the merger was "a great chance for our shareholders".',
      'a great chance', 'Will Harran');
  });

  it('a title before each name, after a clause opener ("But Mr. Grell and Mr. Lahey say")', () => {
    joint('Visa fight\n\nThe programme expires this month. But Mr. Grell and Mr. Lahey say the rules are "full of loopholes".', 'full of loopholes', 'Grell');
  });

  it('a place and a title before each name ("while Maine Sen. Susan Colby and Texas Rep. Lou Gorman suggested")', () => {
    joint('Senate race\n\nThe vote is close, while Maine Sen. Susan Colby and Texas Rep. Lou Gorman suggested the nominee was "not ready".', 'not ready', 'Susan Colby');
  });

  it('an office with its portfolio before the first ("Former Secretary of State Helen Clark and former Maryland Gov. Martin Omar have pledged")', () => {
    joint('Race\n\nThe race is open. Former Secretary of State Helen Clark and former Maryland Gov. Martin Omar have pledged "to act as well".',
      'to act as well', 'Helen Clark');
  });

  it('a kin or partner word after "and" points back to the first ("Garrick and his business partner Bruce Dane said")', () => {
    joint('Oscar push\n\nThe film opens in January. Garrick and his business partner Bruce Dane said: "This film should be judged on its merit."',
      'This film should be judged', 'Garrick');
    joint('Town row\n\nThe council met on Monday. Martha Frey and her brother Dale Forde agreed that the plan was "a disaster for the town".',
      'a disaster for the town', 'Martha Frey');
  });

  it('an office holder after "and" that joins a clause after a place keeps the holder ("a defeat at Newcastle and manager Jose Moreno said")', () => {
    const text = 'Cup tie\n\nChelsea lost 1-0 on Sunday. The side suffered a defeat at Newcastle and manager Jose Moreno said: "We were poor."';
    expect(speakerOfQuoteStarting(extract(text), 'We were poor')).toBe('Jose Moreno');
  });

  it('a body joined by "and" inside a portfolio before its holder keeps the holder ("Trade and Industry Secretary Pat Hulme")', () => {
    const text = 'Trade\n\nMinisters met on Monday. Trade and Industry Secretary Pat Hulme said the deal was "good for exporters".';
    expect(speakerOfQuoteStarting(extract(text), 'good for exporters')).toBe('Pat Hulme');
  });

  it('a body then a person: the person with the office speaks, as before ("the Velcorp board and chief executive Ann Cole said")', () => {
    const text = 'Bid\n\nShares rose on Monday. The Velcorp board and chief executive Ann Colley said the offer was "far too low".';
    expect(speakerOfQuoteStarting(extract(text), 'far too low')).toBe('Ann Colley');
  });

  it('a one-word name before "and" with no title or kin word is left as read ("Ridley and Judd producer Amy Rowe said")', () => {
    const text = 'Book list\n\nThe show named its books on Tuesday. Ridley and Judd producer Amy Rowe said: "This is our best list yet."';
    expect(speakerOfQuoteStarting(extract(text), 'This is our best list')).toBe('Amy Rowe');
  });

  it('a list closed by "and" is one subject; its first name speaks ("Mr Afton, Mr Ismay and Mr Kaye deny")', () => {
    joint('Fraud case\n\nThree councillors appeared in court on Monday. Mr Afton, Mr Ismay and Mr Kaye deny that they "ever saw the ballots".',
      'ever saw the ballots', 'Afton');
  });

  it('two offices of one person are no pair ("Veteran Labour MP and former Cabinet minister Jack Conway has said")', () => {
    const text = 'Conway to stand down\n\nVeteran Labour MP and former Cabinet minister Jack Conway has said he will "stand down at the next election".';
    expect(speakerOfQuoteStarting(extract(text), 'stand down at the next')).toBe('Jack Conway');
  });

  it('names after a preposition are its object ("Lawyers for Mr Fenn and Mr Mayo denied")', () => {
    const text = 'Car chase\n\nThe actress sought an order on Friday. Lawyers for Mr Fenn and Mr Mayo denied that the pair were "anywhere near the car".';
    expect(speakerOfQuoteStarting(extract(text), 'anywhere near the car')).not.toBe('Fenn');
  });

  it('the people after a participle are its object, not a subject ("A lawyer representing Mr Dorn and Mr Wace said")', () => {
    const text = 'Court\n\nTom Dorn and Alan Wace were charged in May. A lawyer representing Mr Dorn and Mr Wace said they would "fight the charges".';
    expect(speakerOfQuoteStarting(extract(text), 'fight the charges')).not.toBe('Tom Dorn');
  });
});

describe('after the cue, a person met before, "and", then an office and its holder: two people, the first named speaks', () => {
  it('"said Holt and Foreign Minister Ada Vell" after "Tom Holt": Holt, one of several', () => {
    const text = 'Talks\n\nTom Holt met Ada Vell in Paris on Monday.\n\n"We have agreed a plan," said Holt and Foreign Minister Ada Vell.';
    expect(speakerOfQuoteStarting(extract(text), 'We have agreed')).toBe('Tom Holt');
    const [q] = directWithEvidence(text);
    expect(q?.evidence.coordinatedSpeaker).toBe(true);
  });

  it('a title before the earlier mention counts too ("Mr Holt" ... "said Holt and Prime Minister Ada Vell")', () => {
    const text = 'Talks\n\nMr Holt flew to Paris on Monday.\n\n"We have agreed a plan," said Holt and Prime Minister Ada Vell.';
    expect(speakerOfQuoteStarting(extract(text), 'We have agreed')).toBe('Holt');
  });

  it('a body\'s first word never met as a person keeps the holder ("said Economic and Trade Minister Anna Kessler")', () => {
    const text = 'Markets steady\n\nShares were flat on Monday in Tokyo.\n\n"Growth will return by the summer," said Economic and Trade Minister Anna Kessler.';
    expect(speakerOfQuoteStarting(extract(text), 'Growth will return')).toBe('Anna Kessler');
  });
});
