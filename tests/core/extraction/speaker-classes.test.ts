import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented.
describe('a sentence after a quote that opens with an indefinite pronoun', () => {
  it('"Nobody replied" ends the quote\'s sentence: nobody is no speaker', () => {
    const q = extract('Councillor Ben Tarrant stood up at the back of the hall. "The plan is worse than a wet week." Nobody replied.');
    expect(speakerOf(q, 'worse than a wet week')).not.toBe('Nobody');
  });

  it('a name and a speech verb after the quote still attribute it', () => {
    const q = extract('"The door is open to every one of them." Lara Voss said.');
    expect(speakerOf(q, 'door is open')).toBe('Lara Voss');
  });
});

describe('a place after a person\'s name', () => {
  it('"Tom Kirwan in Lisbon said": the person speaks', () => {
    const q = extract('The talks went on late. Aron Pelt in Ostrava said the deal had "gone nowhere at all this week".');
    expect(speakerOf(q, 'gone nowhere')).toBe('Aron Pelt');
  });
});

describe('a body whose name writes a function word with a capital', () => {
  it('"Neighbours and Tenants Against Noise" stays whole', () => {
    const q = extract(
      'The club wants to open until dawn. But local group Neighbours and Tenants Against Noise said it should not. ' +
        '"Nobody in this street has slept for a month," the group said.',
    );
    expect(speakerOf(q, 'should not')).toBe('Neighbours and Tenants Against Noise');
  });

  it('"Clean Rivers Now" stays whole, at the end of the name', () => {
    const q = extract('"The water company has broken every promise it made," said Hal Brenner of Clean Rivers Now.\nClean Rivers Now said it would "take the case to court".');
    expect(speakerOf(q, 'take the case to court')).toBe('Clean Rivers Now');
  });

  it('a capitalised preposition opening a sentence joins no name', () => {
    const q = extract('The vote was close. On Monday Greta Lind said the result was "a fair one".');
    expect(speakerOf(q, 'a fair one')).toBe('Greta Lind');
  });
});

describe('an appositive opening with a hyphenated title', () => {
  it('"X, editor-in-chief of magazine Y, said": X speaks, not the magazine', () => {
    const q = extract('Milo Tench, editor-in-chief of music magazine QRX, said the feud would "sell a lot of records".');
    expect(speakerOf(q, 'sell a lot of records')).toBe('Milo Tench');
  });
});

describe('a title abbreviation in the name of the sentence after a quote', () => {
  // The full stop of "Gov." ended the look at the words after the quote, so the quote stayed in the next
  // sentence and went to its subject (a rival's reply filed under the rival).
  it('"Ohio Gov. Mary Brown said she would ..." starts a new sentence: the quote is its own speaker\'s', () => {
    const q = extract(
      '"It is a very sad development," Jones told reporters outside a cafe in Leeds. "This is the consequence of the culture of the council. The careless culture." Ohio Gov. Mary Brown said she would have resigned over such a mistake.',
    );
    expect(speakerOf(q, 'careless culture')).toBe('Jones');
    expect(speakerOf(q, 'would have resigned')).toBe('Mary Brown');
  });

  it('"Sen. Ray Dunmore said." right after the quote still attributes it', () => {
    const q = extract('The vote was close. "We lost the room tonight." Sen. Ray Dunmore said.');
    expect(speakerOf(q, 'lost the room')).toBe('Ray Dunmore');
  });
});

describe('an age before the name after a speech verb', () => {
  // "28-year-old" holds digits, so it was not read as a modifier before the name: the whole phrase became a
  // description speaker ("the 28-year-old Morientes"), or nobody when no article came first.
  it('"said the 28-year-old Pereda" is Carlos Pereda, named earlier', () => {
    const q = extract('Madrid striker Carlos Pereda says he will not leave. "I am under contract and happy here," said the 28-year-old Pereda.');
    expect(speakerOf(q, 'under contract')).toBe('Carlos Pereda');
  });

  it('"wrote 43-year-old Ann Colley" is Ann Colley', () => {
    const q = extract('"I could not stand for more than a few minutes at a time," wrote 43-year-old Ann Colley of Fife in a case study.');
    expect(speakerOf(q, 'could not stand')).toBe('Ann Colley');
  });
});

describe('"For <role> <Name>, ..." opening the sentence before a pronoun-cued quote', () => {
  // The opener was skipped as an adverbial, so "he said" went to whoever else was in view (a product's name).
  it('"For Northway analyst Jo Bright, ... \\"...\\" he said" is Jo Bright', () => {
    const q = extract('Acme Mail was launched in 1997 and soon had millions of users.\n\nFor Northway analyst Jo Bright, the decision to pause its search work was an error. "They made a big mistake in handing search to a rival," he said.');
    expect(speakerOf(q, 'big mistake')).toBe('Jo Bright');
  });

  it('"But for Ann Kell, a research director at ..., ..." with the role after the name is Ann Kell', () => {
    const q = extract('For Northway analyst Jo Bright, the pause was an error. "They made a big mistake," he said. But for Ann Kell, a research director at Fenwick Data, the future is content. "Content is what matters next," she said.');
    expect(speakerOf(q, 'big mistake')).toBe('Jo Bright');
    expect(speakerOf(q, 'what matters next')).toBe('Ann Kell');
  });

  it('a bare place or team after "For" is nobody\'s opener: the quote stays with the person before', () => {
    const q = extract('Coach Sam Ode spoke after the match. "We were tired," he said. For West Harbour, the season is over. "It hurts," he added.');
    expect(speakerOf(q, 'It hurts')).toBe('Sam Ode');
  });
});
