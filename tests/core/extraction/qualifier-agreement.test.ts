import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';
import { qualifierKeys, partyStateTag } from '../../../src/core/extraction/lexicon/index.js';

// Every text here is written for these tests; people are invented (docs/EXTRACTION.md, "Issue 13, fifteenth pass:
// qualifiers in names and descriptions", h-attr26).

describe('a description agrees with the state, party or nationality the article states of its person', () => {
  it('"the Florida senator" is not the senator stated as from Oregon, named nearer', () => {
    const q = extract(
      'Sen. Ada Quist (R-Fla.) toured the port on Monday. Sen. Boris Lent (D-Ore.) visited the dam on Tuesday. ' +
        '"We will carry the state," the Florida senator said.',
    );
    expect(speakerOf(q, 'We will carry the state')).toBe('Ada Quist');
  });

  it('"of Vermont" after the name states the state ("Texas Sen. X" another)', () => {
    const q = extract(
      'Sen. Ada Quist of Vermont spoke first. Texas Sen. Boris Lent spoke next. ' +
        '"The farms need rain," the Vermont senator said.',
    );
    expect(speakerOf(q, 'The farms need rain')).toBe('Ada Quist');
  });

  it('"said the Democratic nominee" is not the Republican nominee named last', () => {
    const q = extract(
      'Democratic presidential nominee Ada Quist met voters in Ohio. Republican presidential nominee Boris Lent held a rally in Utah. ' +
        '"Our plan will pay for itself," said the Democratic nominee.',
    );
    expect(speakerOf(q, 'Our plan will pay for itself')).toBe('Ada Quist');
  });

  it('a description no stated person agrees with stays an unnamed description', () => {
    const q = extract('Republican senator Boris Lent spoke on Monday. "The bill is dead," the Democratic senator said.');
    expect(speakerOf(q, 'The bill is dead')).not.toBe('Boris Lent');
  });

  it('"the French foreign ministry" is not the ministry of the Jordanian Foreign Minister named before it', () => {
    const q = extract(
      'Two neighbours objected, with Jordanian Foreign Minister Tam Rees warning of "grave results".\n\n' +
        'The French foreign ministry said it "regrets any step that widens the dispute".',
    );
    expect(speakerOf(q, 'regrets any step that widens the dispute')).not.toBe('Jordanian Foreign Ministry');
    expect(speakerOf(q, 'regrets any step that widens the dispute')).toMatch(/French foreign ministry/i);
  });

  it('a person of whom the article states no state still answers "the Florida senator"', () => {
    const q = extract('Sen. Ada Quist toured the port on Monday. "We will carry the state," the Florida senator said.');
    expect(speakerOf(q, 'We will carry the state')).toBe('Ada Quist');
  });
});

describe('qualifier keys', () => {
  it('reads states, parties and nationalities from capitalised words only', () => {
    expect([...qualifierKeys('The New York Democratic senator'.split(' '))].sort()).toEqual(['p:d', 'st:new york']);
    expect([...qualifierKeys('the democratic process'.split(' '))]).toEqual([]);
    expect([...qualifierKeys('Liberal Democrat leader'.split(' '))]).toEqual(['p:ld']);
    expect([...qualifierKeys('U.S. Vice President'.split(' '))]).toEqual(['n:american']);
  });

  it('reads party-state tags ("R-Fla.", "D-N.Y", "I-VT") and nothing else', () => {
    expect(partyStateTag('R-Fla')).toEqual(['p:r', 'st:florida']);
    expect(partyStateTag('D-N.Y')).toEqual(['p:d', 'st:new york']);
    expect(partyStateTag('I-VT')).toEqual(['p:i', 'st:vermont']);
    expect(partyStateTag('Jean-Luc')).toBeUndefined();
    expect(partyStateTag('R-Bristol')).toBeUndefined();
  });
});

describe('a US office with its state and party goes to the role, never the name', () => {
  it('"Sen. X (R-Fla.)" and "Gov. X of Ohio" give the office of that state as role', () => {
    const q = extract(
      'Sen. Ada Quist (R-Fla.) spoke first. "We will win," Quist said.\n\nGov. Boris Lent of Ohio spoke next. "We will not," Lent said.',
    );
    expect(quoteWith(q, 'We will win')?.speaker).toMatchObject({ name: 'Ada Quist', role: 'Republican Senator of Florida' });
    expect(quoteWith(q, 'We will not')?.speaker).toMatchObject({ name: 'Boris Lent', role: 'Governor of Ohio' });
  });

  it('"Rep. X, D-W.Va.," reads a two-part state abbreviation; "of Texas Instruments" is no state', () => {
    const q = extract('Rep. Tam Brisk, D-W.Va., spoke. "It is done," Brisk said.\n\nDr. Ned Rook of Texas Instruments spoke. "It is not," Rook said.');
    expect(quoteWith(q, 'It is done')?.speaker?.role).toBe('Democratic Representative of West Virginia');
    expect(quoteWith(q, 'It is not')?.speaker?.role ?? '').not.toMatch(/Texas$/);
  });
});

describe('a relative clause after the speaker states a role only when it names an office', () => {
  it('", who is also a professor at ...," gives the office; a bare "who" gives no role', () => {
    const q = extract(
      '"It depends," said Ada Quist, who is also a professor at the Marston school.\n\n' +
        '"We need a plan," said Boris Lent, who has made the harbour his campaign theme.',
    );
    expect(quoteWith(q, 'It depends')?.speaker?.role).toBe('professor at the Marston school');
    expect(quoteWith(q, 'We need a plan')?.speaker?.role).toBeUndefined();
  });
});
