import { describe, expect, it } from 'vitest';
import { extract, speakerOf, extractDirect } from './helpers.js';

// Every text here is written for these tests; people, papers and towns are invented (docs/EXTRACTION.md, "Issue 13,
// sixteenth pass: the pronoun after a sentence goes to its main speaker", h-attr27).

const direct = extractDirect;

describe('a speaker inside another speaker\'s reported clause does not take the "he said" after the sentence', () => {
  it('"X said he had backed the plan when Y argued for it. "...," he said." is X', () => {
    const q = direct('Harbour Secretary Tom Varley has vowed to press on with the toll plan. But Mr Varley said he had backed the plan when Mr Glenn Ashby argued for it in cabinet and he backed it now. "Tolls are a fair way to pay for the bridge," he said.');
    expect(speakerOf(q, 'Tolls are a fair way')).toBe('Tom Varley');
  });

  it('"X denied Y, his spokesman, said ... He also said" is X', () => {
    const q = extract('Among those with doubts about the ferry plan were Dan Heller and Paul Okoro. But Mr Tom Marsh denied Mr Okoro, his ports spokesman, said the plans "stink". He also said he was sure the board would "look again" at the timetable.');
    expect(speakerOf(q, 'look again')).toBe('Tom Marsh');
  });

  it('(guard) a fronted clause is not the main clause: the cues inside it are left as they were', () => {
    const q = direct('Jo Hale spoke first. When Ray Dunn pointed out that Sam Pike calls the fund "a fraud," Ms Hale answered at once. "It is not a fraud if you read the rules," she said.');
    expect(speakerOf(q, 'It is not a fraud')).toBe('Jo Hale');
  });
});

describe('a role opening the sentence, then the name between commas, is the sentence\'s subject', () => {
  it('"Computer specialist at the agency, Peter Dale, would like ..." then "he said" is Peter Dale', () => {
    const text = 'Pierre Lamont, the agency\'s director, praised the inspectors. Computer specialist at the agency, Peter Dale, would like to bring virtual tours into the toolkit. "The adverts you now see have people walking through a virtual plant," he said.';
    expect(speakerOf(direct(text), 'The adverts you now see')).toBe('Peter Dale');
  });

  it('an earlier indefinite spokesman is not bound to that person', () => {
    const text = 'An agency spokesman said the old system was slow. Computer specialist at the agency, Peter Dale, would like to bring virtual tours into the toolkit. "The adverts you now see have people walking through a virtual plant," he said.';
    const q = extract(text);
    expect(speakerOf(q, 'the old system was slow')).not.toBe('Peter Dale');
    expect(speakerOf(q, 'The adverts you now see')).toBe('Peter Dale');
  });

  it('(guard) a clause before the comma is no role ("Acme is now run by its administrator, Ed Bolt, who ...")', () => {
    const text = 'Carla Tenzi founded Acme in 1961. Acme is now run by its administrator, Ed Bolt, who has sued 80 banks. "We will get the money back," she said.';
    expect(speakerOf(direct(text), 'We will get the money back')).toBe('Carla Tenzi');
  });
});

describe('"According to X, <somebody> said: ..." relays somebody\'s words: they are not X\'s', () => {
  it('an unnamed user or official after the relayer speaks', () => {
    const user = direct('Fear is spreading online. According to the Marston Post, one user on Chirp, which is a local forum, posted: "How did the two of them get here?"');
    expect(speakerOf(user, 'How did the two')).toBe('one user on Chirp');
    const official = direct('According to the Marston Post, one official said: "The ferry will not run this week."');
    expect(speakerOf(official, 'The ferry will not run')).toBe('one official');
  });

  it('(guard) a named person with an appositive after the relayer still speaks', () => {
    const q = direct('According to the Marston Post, Ann Cole, a lawyer for the port, said: "The ferry will not run this week."');
    expect(speakerOf(q, 'The ferry will not run')).toBe('Ann Cole');
  });
});
