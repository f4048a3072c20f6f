import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

/*
 * Session 23 (h-attr45): a second speaker inside one paragraph. A quote was given to the person of the next
 * sentence's cue, or carried from an earlier quote past another person's reported speech.
 */
describe('a quote its own colon cue introduces', () => {
  it('"X told MPs: "... ." Y said CLAUSE": the quote is X\'s, not the next sentence\'s speaker\'s', () => {
    const qs = extract(`Ms Harrow told councillors: "Nothing will stop this town from getting its new bridge." Councillor Tom Pell, who backs Mr Reid's plan for a ferry, said the bridge had been rushed.`);
    expect(speakerOf(qs, 'new bridge')).toBe('Harrow');
  });

  it('also after a long appositive the splitter does not read past', () => {
    const qs = extract(`Edna Voss, a farmer, said: "The river has never been this high." Karl Brandt, director of the flood group Dryland, has called on the council to "act now" and send more sandbags.`);
    expect(speakerOf(qs, 'never been this high')).toBe('Edna Voss');
  });

  it('a cue after the quote still speaks when nothing introduced it', () => {
    const qs = extract(`The mood was grim. "The river has never been this high," said Edna Voss.`);
    expect(speakerOf(qs, 'never been this high')).toBe('Edna Voss');
  });
});

describe('a possessive in the subject after a finished quote', () => {
  it('"..." Labour\'s NAME said CLAUSE opens a sentence of its own', () => {
    const qs = extract(`Mr Carver said the deal was done.\n"It is a fine result for everyone and we will build on it." Labour's Jo Fenwick said the deal had cost too much.`);
    expect(speakerOf(qs, 'fine result')).toBe('Carver');
    expect(speakerOf(qs, 'cost too much')).toBe('Jo Fenwick');
  });

  it('"..." X\'s lawyer NAME said. keeps the quote in its sentence', () => {
    const qs = extract(`"How can the book be sold and the film be banned?" Mr Okafor's lawyer Ruth Adeyemi said.`);
    expect(speakerOf(qs, 'film be banned')).toBe('Ruth Adeyemi');
  });

  it('"He\'s", "That\'s" are no possessives', () => {
    const qs = extract(`Mr Carver said the team would "fight on." He's predicting a win in the next round.`);
    expect(speakerOf(qs, 'fight on')).toBe('Carver');
  });
});

describe('carrying a speaker to a later quote of the paragraph', () => {
  it('not past another named person\'s reported speech', () => {
    const qs = extract(`"We will rebuild," said Mayor Ann Doyle. The plan was costed by the treasury, writes Mr Pask. In Mr Pask's account the governor is said to have warned the mayor: "There is no money left for any of it."`);
    expect(speakerOf(qs, 'We will rebuild')).toBe('Ann Doyle');
    // (The quote itself stays: a stub that dropped it would pass the check on its speaker too.)
    expect(quoteWith(qs, 'no money left')).toBeDefined();
    expect(speakerOf(qs, 'no money left')).not.toBe('Ann Doyle');
  });

  it('the person reported in the sentence just before speaks the quote that opens the next', () => {
    const qs = extract(`Councillor Rita Gomes told researchers: "Nobody listens to us. "It feels like shouting into a well that has no bottom at all." Prof Alan Mercer, who led the survey with the help of Tom Moran MP and a team of students, said he was shocked at the results. "We expected some anger but nothing like this."`);
    expect(speakerOf(qs, 'shouting into a well')).toBe('Rita Gomes');
    expect(speakerOf(qs, 'nothing like this')).toBe('Alan Mercer');
  });

  it('the same speaker\'s own cue between the quotes does not stop the carry', () => {
    const qs = extract(`"We will rebuild," said Mayor Ann Doyle, adding that the work would start soon. "It will take years."`);
    expect(speakerOf(qs, 'take years')).toBe('Ann Doyle');
  });
});

describe('an office as the possessor of a spokesman', () => {
  it('"The prime minister\'s official spokesman said" is not the person quoted just before', () => {
    const qs = extract(`Home Secretary Alan Brook warned that an attack could come at any time. Asked about it, the prime minister's official spokesman said: "We believe the threat is real."`);
    expect(speakerOf(qs, 'threat is real')).toBe("the prime minister's official spokesman");
  });

  it('nor the person named after it who holds no such office', () => {
    const qs = extract(`The singer's spokesman said the claims were "untrue and hurtful to the family". Lawyer Dan Marsh, who acts for the woman, said she would go to court.`);
    expect(speakerOf(qs, 'untrue and hurtful')).toBe("The singer's spokesman");
  });
});
