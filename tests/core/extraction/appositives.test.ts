import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (issue 13, h-speaker).
describe('a person described by an appositive that ends with a body or a place', () => {
  it('the organisation at the end of a role appositive is where the person works; the person speaks', () => {
    const q = extract(
      'Mara Quist, chairwoman of the board of Harbour Partners, the group\'s funding arm, said it would stay out of the race.\n' +
        'Olek Bram, executive director of the Valley Action Fund, a regional super PAC, said he expects turnout to "fall sharply in the north."\n' +
        '"Nothing we could do now would change the outcome," Tova Lind, director of the Coastal Threats Project at the Norland Policy Institute, said in an interview.',
    );
    expect(speakerOf(q, 'stay out of the race')).toBe('Mara Quist');
    expect(speakerOf(q, 'fall sharply in the north')).toBe('Olek Bram');
    expect(speakerOf(q, 'Nothing we could do now')).toBe('Tova Lind');
  });

  it('a possessive appositive ("the country\'s largest bank") describes the name before it', () => {
    const q = extract('Ivo Sandel of Brennert, Norland\'s largest private bank, warned that the attacks "may trigger a knee-jerk reaction across the region."');
    expect(speakerOf(q, 'knee-jerk reaction')).toBe('Ivo Sandel');
  });

  it('the region after a place in an appositive or aside is no speaker', () => {
    const q = extract(
      'Paulo Verne, a delegate from Easton, Calvary, said the turmoil at the convention was all part of the show.\n' +
        'Deputy Mayor Lene Arvik, who was to travel to Porton, Westmark, on Friday to promote the plan, said it would help every family.',
    );
    expect(speakerOf(q, 'all part of the show')).toBe('Paulo Verne');
    expect(speakerOf(q, 'help every family')).toBe('Lene Arvik');
  });

  it('an aside opening with a preposition after "But NAME" keeps the name as the subject', () => {
    const q = extract('But Remy Dalca, at a consulting firm called Orvan Partners, argues that as the ties deepen, the influence will grow.');
    expect(speakerOf(q, 'the influence will grow')).toBe('Remy Dalca');
  });

  it('a role and a name after a quote are not read as a place continuation', () => {
    const q = extract('"I am outraged at the hypocrisy," the play\'s organiser in Westmark, Ada Morrow, told the radio programme.');
    expect(speakerOf(q, 'outraged at the hypocrisy')).toBe('Ada Morrow');
  });

  it('a given name that ends like a participle stays part of the name', () => {
    const q = extract('An introduction.\nFred Halvor said the plan would fail within a year.\nJared Omsk said the plan would work.');
    expect(speakerOf(q, 'would fail within a year')).toBe('Fred Halvor');
    expect(speakerOf(q, 'the plan would work')).toBe('Jared Omsk');
  });
});

describe('an unnamed source introduced with an indefinite description', () => {
  it('is not bound to the next person named unless that person holds the office it names', () => {
    const q = extract(
      'Minister Pell Arno spoke at the port on Monday, and the harbour board will meet again next week.\n' +
        '"We are not going to speak to the content of these papers," a Harbour Ministry official said.\n' +
        'Tomas Vell, a spokesman for the dockers, said the union would wait for the board.',
    );
    expect(speakerOf(q, 'content of these papers')).toBe('a Harbour Ministry official');
    expect(speakerOf(q, 'the union would wait')).toBe('Tomas Vell');
  });
});

describe('a description, then the name it describes', () => {
  it('"The leader of X, NAME, condemned ..., saying" is the named person', () => {
    const q = extract(
      'The leader of Orvan Unity, Talia Brenner, condemned Tuesday\'s attack, saying in a statement that it "will not break the will of our people."\n' +
        'But the other candidate on the stage, former Governor Ilse Marquand, drew a contrast, saying that the worries about lost jobs were not to be dismissed.',
    );
    expect(speakerOf(q, 'will not break the will')).toBe('Talia Brenner');
    expect(speakerOf(q, 'worries about lost jobs')).toBe('Ilse Marquand');
  });
});

describe('a definite role description right after somebody\'s words', () => {
  it('is the last speaker when no one of the cast is stated to hold that role', () => {
    const q = extract(
      'Former civil service head Lord Varne said the government relied too much on the advice of political appointees.\n' +
        'The former cabinet secretary said in an interview: "I would be critical of the present government in that there is too much central control."',
    );
    expect(speakerOf(q, 'too much central control')).toBe('Lord Varne');
  });

  it('stays a description when the last words were somebody else\'s long before', () => {
    const q = extract(
      'Lord Varne said the government relied too much on the advice of political appointees.\n' +
        'The hearing then turned to the budget, the building works at the harbour, the new ferry timetable, the school meals contract, the pension fund and the long and costly dispute over the bridge tolls, which has now run for three years without any end in sight for the councils involved.\n' +
        'The former cabinet secretary said in an interview: "I would be critical of the present government in that there is too much central control."',
    );
    expect(speakerOf(q, 'too much central control')).toBe('The former cabinet secretary');
  });
});

describe('documents and their authors', () => {
  it('"a new book claims" speaks for the one author the article names for the book', () => {
    const q = extract(
      'Ilka Torvald promised Arno Veit she would step down before the next vote, a new book about the mayor claims.\n' +
        'But the mayor changed her mind after pressure from allies, according to the book. The book by Harbour Gazette journalist Ansel Varga said the pair had "deep mutual distrust" for years.',
    );
    expect(speakerOf(q, 'Ilka Torvald promised Arno Veit')).toBe('Ansel Varga');
    expect(speakerOf(q, 'the mayor changed her mind')).toBe('Ansel Varga');
  });

  it('stays a description when two people author that kind of document', () => {
    const q = extract(
      'The report by auditor Lena Moss and the report by inspector Hal Brody differ on the costs.\n' +
        'The port was run at a loss for ten years, the report said.',
    );
    expect(speakerOf(q, 'run at a loss')).toBe('the report');
  });
});
