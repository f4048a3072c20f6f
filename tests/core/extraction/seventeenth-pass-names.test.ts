import { describe, expect, it } from 'vitest';
import { isTitleCaseLine } from '../../../src/core/extraction/name-forms.js';
import { tokenize } from '../../../src/core/extraction/tokens.js';
import { extract, speakerOf } from './helpers.js';

// Issue 13, items 1-2 (session 17, h-attr29): names that are names, and the person they belong to. Every text here
// is invented; people, towns and firms are made up.

describe('a title-cased headline names nobody but the names the article gives', () => {
  it('"... Reason Bankers Support Marla Quint" is no person: Quint is Marla Quint', () => {
    const q = extract(
      'Tax Cuts Are Not The Only Reason Bankers Support Marla Quint.\n\n' +
        'DENVER - Marla Quint argued on Saturday that she could be tough on banks.\n\n' +
        '"Two bankers are running adverts against me in this very state," Quint said.',
    );
    expect(speakerOf(q, 'Two bankers are running')).toBe('Marla Quint');
  });

  it('a surname in a headline run is not the surname of the run ("Dorrit Claims Hamble Most Able")', () => {
    const q = extract(
      'Dorrit Claims Hamble Most Able Candidate Ever.\n\n' +
        '"Nobody has ever been better prepared for this office," Dorrit said at the convention on Wednesday night.',
    );
    expect(speakerOf(q, 'Nobody has ever been better')).toBe('Dorrit');
  });

  it('a body sentence with a lower-case word is no headline', () => {
    const line = (s: string): boolean => isTitleCaseLine(tokenize(s, 0, s.length, [], new Map()));
    expect(line('Something Awful Was Just Released About Marla Quint, And Mainstream Media Is Silent.')).toBe(true);
    expect(line('Former Colorado Governor Alan Dorrit is endorsing Marla Quint.')).toBe(false);
    expect(line('Ahmed al Kassem and Reham Dorrit.')).toBe(false);
  });
});

describe('a surname binds only to a person whose name it is', () => {
  it('"Dunmore" is not "the Dunmore Express", a thing named after him', () => {
    const q = extract(
      'For those of you not yet on the Dunmore Express, the pundits say he is a fraud.\n\n' +
        'Dunmore told a radio host that the old plan "was a cruel policy that failed everybody."',
    );
    expect(speakerOf(q, 'was a cruel policy')).toBe('Dunmore');
  });
});

describe('a sentence adverb never opens a name (maybe, actually)', () => {
  it('"Maybe Pellow is right" does not make "Maybe Pellow"', () => {
    const q = extract(
      'Irene Pellow runs the lab. Maybe Pellow is right about the budget after all.\n\n' +
        '"I learnt it all in a week," Pellow said.',
    );
    expect(speakerOf(q, 'I learnt it all')).toBe('Irene Pellow');
  });
});

describe("an appositive's organisation or place never replaces the person", () => {
  it('"X, a fellow at the Y Institute in Munich, Germany, and co-author of the study, said" is X', () => {
    const q = extract(
      'The model ran for a year. "Numbers like these are rare," Dylan Barrow, a postdoctoral fellow at the Planck Institute for Physics in Munich, Germany, and co-author of the study, said in a statement.',
    );
    expect(speakerOf(q, 'Numbers like these are rare')).toBe('Dylan Barrow');
  });

  it('"X, editor of fansite Y, said" is X', () => {
    const q = extract('The game sold well. Claude Ferrand, editor of fansite Halo.Fans.Org, said: "They got everything right."');
    expect(speakerOf(q, 'They got everything right')).toBe('Claude Ferrand');
  });
});
