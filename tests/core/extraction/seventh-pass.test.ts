import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (docs/EXTRACTION.md, seventh pass).
describe('a quote that closes on a quote of its own ends its clause like any other', () => {
  it('"... is, ‘I’m for it, darn it,’" X, who ..., said: the inner quote\'s comma counts', () => {
    const q = extract(
      'The levy came up at the harbour summit.\n\n' +
        '“The answer you’d like me to give is, ‘I’m for the levy, darn it,’” Nolan Price, who has proposed scrapping the levy over five years, said at the time.',
    );
    expect(speakerOf(q, 'answer you’d like me to give')).toBe('Nolan Price');
  });

  it('"She said that ‘...,’" Rep. X (D-Wash.) said', () => {
    const q = extract(
      'Ada Brenner met the port caucus on Tuesday.\n\n' +
        'Mira Holt spoke first. “She said that ‘I know the difference between having the port and not having it, and I want it,’” Rep. Ada Brenner (D-Wash.) said.',
    );
    expect(speakerOf(q, 'the difference between having the port')).toBe('Ada Brenner');
  });
});

describe('the subject after a dateline or a fronted adverbial, not the word that opens the sentence', () => {
  it('"Hours later,", "Early in his campaign,", "Ever since ...,": a time or degree adverbial before the subject', () => {
    const q = extract(
      'The harbour row went on all week.\n\n' +
        'Hours later, Nolan Quist returned the compliment to Ada Brenner, telling reporters, “Ada and I have been friends for a long time.”\n\n' +
        'Early in his campaign, Quist attacked Brenner, calling her, among other things, “a failed candidate.”\n\n' +
        'Ever since she endorsed Quist this month, Ms. Brenner has been a powerful ally, telling young staffers a simple message: “Don’t mess this up!”',
    );
    expect(speakerOf(q, 'friends for a long time')).toBe('Nolan Quist');
    expect(speakerOf(q, 'a failed candidate')).toBe('Nolan Quist');
    expect(speakerOf(q, 'mess this up')).toBe('Ada Brenner');
  });

  it('"Interestingly, after ..., X said": a sentence adverb is no name', () => {
    const q = extract(
      'Ada Brenner runs the records office.\n\n' +
        'Interestingly, after the council asked Mills to search her e-mails, Brenner said that one of the e-mails helped officials find the missing records.',
    );
    expect(speakerOf(q, 'helped officials find the missing records')).toBe('Ada Brenner');
  });

  it('"Speaking in Salem, Oregon, X ...": the region after a place is not the subject; "In Salem, X, the leader," keeps X', () => {
    const q = extract(
      'Nolan Quist and Ada Brenner met twice.\n\n' +
        'Speaking at a town hall event in Salem, Oregon, Quist attacked Brenner, calling her “a total stiff.”\n\n' +
        'In Tarnow, Brenner, the board leader, attacked Quist, calling him “a real problem for the port.”',
    );
    expect(speakerOf(q, 'a total stiff')).toBe('Nolan Quist');
    expect(speakerOf(q, 'a real problem for the port')).toBe('Ada Brenner');
  });

  it('a wire dateline ("SALEM, Aug 31 (Reuters) -", "Salem (AFP) –") is skipped; "X\'s ROLE, NAME," is NAME', () => {
    const q = extract(
      'Harbour row.\n\n' +
        'SALEM, Aug 31 (Reuters) - Harbour board leader Nolan Quist voiced support for the levy on Wednesday, saying his rival Ada Brenner would bring ruin to the port.\n\n' +
        'Tarnow (AFP) – The port’s far-right board leader, Ada Brenner, hit back, saying that “bombastic comments” do more harm than good.',
    );
    expect(speakerOf(q, 'would bring ruin to the port')).toBe('Nolan Quist');
    expect(speakerOf(q, 'bombastic comments')).toBe('Ada Brenner');
  });

  it('"ORLANDO, Fla. (Reuters) - X met ... and said ...": the agency after a split-off place is a dateline too', () => {
    const q = extract('Orlando visit.\n\nORLANDO, Fla. (Reuters) - President Tom Baker met survivors of the flood on Thursday and said the state must act to control the river.');
    expect(speakerOf(q, 'must act to control the river')).toBe('Tom Baker');
  });
});

describe('speech verbs widened where the scorer measured them right (respond, state, caution, pledge)', () => {
  it('"..., responding that ..." and "..., stating that ..." share the sentence\'s subject', () => {
    const q = extract(
      'The levy vote is on Friday.\n\n' +
        'But Sen. Pat Holm (R-Pa.) refused to entertain the possibility of campaigning alongside Quist, responding that he’s “not going to go into what my campaign is doing.”\n\n' +
        'Ada Brenner wrote to the board on Monday, stating that the harbour fund would run dry by the spring.',
    );
    expect(speakerOf(q, 'not going to go into what my campaign')).toBe('Pat Holm');
    expect(speakerOf(q, 'harbour fund would run dry')).toBe('Ada Brenner');
  });
});

describe('"X went after Y, calling it ...": a verb and its preposition are not role words before a name', () => {
  it('the participle shares X, not the object after the preposition; "Harbour spokesman Ivo Marsh" still reads the role', () => {
    const q = extract(
      'The levy dispute between Nolan Quist and Ada Brenner grew.\n\n' +
        'Brenner went after Quist on Wednesday over his refusal to publish the accounts, calling it “disqualifying.”\n\n' +
        'Harbour spokesman Ivo Marsh met the board, calling the talks “a good start.”',
    );
    expect(speakerOf(q, 'disqualifying')).toBe('Ada Brenner');
    expect(speakerOf(q, 'a good start')).toBe('Ivo Marsh');
  });
});

describe('"None more so than X, who ...": the sentence is about X, for the pronoun after', () => {
  it('"he said" after "None more so than Quist ... The confident 23-year-old is ..." is Quist, not the coach quoted before', () => {
    const q = extract(
      'Nolan Quist kicked the winning goal for the harbour club on Saturday.\n\n' +
        '“We have to travel this week and keep focused,” said a proud coach Ivo Marsh.\n\n' +
        'None more so than Quist, who can now expect the same spotlight as the likes of Tomas Vell and Peder Oakes. ' +
        'The confident 23-year-old is undaunted by the prospect however. “I like pressure on me,” he said.',
    );
    expect(speakerOf(q, 'I like pressure on me')).toBe('Nolan Quist');
  });
});

describe('a weak cue with its object and a preposition before the quote ("accused him of ... "...""): the quote is still beside it', () => {
  it('"X accused him of preventing ... from being able to "..."" and "Y agreed, describing Z ... as "..."" are the subjects\'', () => {
    const q = extract(
      'The harbour levy loomed large at the debate.\n\n' +
        'In a fiery takedown of the councillor, Ada Brenner called him divisive and accused him of preventing residents from being able to “stand together on the real issues.”\n\n' +
        'Weighing in, Nolan Quist agreed, describing his former rival on the council as “one of the most gifted people we have.”',
    );
    expect(speakerOf(q, 'stand together on the real issues')).toBe('Ada Brenner');
    expect(speakerOf(q, 'one of the most gifted')).toBe('Nolan Quist');
  });

  it('a weak cue far from a quote is still no cue ("accused" eleven words and more before it)', () => {
    const q = extract(
      'Ada Brenner accused the port board of hiding the accounts from the public for years, and the minutes of the meeting, released on Friday, called the levy “a success.”',
    );
    expect(speakerOf(q, 'a success')).not.toBe('Ada Brenner');
  });

  it('past eight words another speech verb between takes the quote ("ask him to explain ..., he\'d respond, "..."")', () => {
    const q = extract(
      'Nolan Quist wrote the harbour novels in a hurry.\n\n' +
        '“It makes the books dense,” Nolan Quist said. When his editors would ask him to explain himself more, he’d respond, “I have a horror of being obvious.”',
    );
    expect(speakerOf(q, 'a horror of being obvious')).toBe('Nolan Quist');
  });
});

describe('"the Arden and Velish trade ministries": "and" between two modifiers of a body\'s noun keeps one description', () => {
  it('the whole phrase is the speaker, not "the Arden"', () => {
    const q = extract(
      'Talks on the canal stalled again.\n\n' +
        'In a joint statement published on Friday, the Arden and Velish trade ministries accused the port of hiding “secret tariffs” from the public.',
    );
    expect(speakerOf(q, 'secret tariffs')).toBe('the Arden and Velish trade ministries');
  });
});
