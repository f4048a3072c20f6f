import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// More constructs from the newsroom, each on a text written for it.
describe('marks in context', () => {
  it("attributes NYT-style '' quotes", () => {
    const q = extract("''We finally may be seeing some wage growth,'' said Paul Trent, a former adviser.");
    expect(speakerOf(q, 'wage growth')).toBe('Paul Trent');
  });

  it('attributes guillemet quotes', () => {
    const q = extract('« Nous continuerons la lutte », a dit Marie Colin. «We will keep going,» Marie Colin said.');
    expect(speakerOf(q, 'We will keep going')).toBe('Marie Colin');
  });

  it('keeps a quote inside a quote with the outer speaker', () => {
    const q = extract('“They told us “wait again” for a week,” said tenant Omar Diaz.');
    const x = q.find((y) => y.text.includes('They told us'));
    expect(x?.speaker?.name).toBe('Omar Diaz');
  });

  it('carries a British multi-paragraph quote to its speaker', () => {
    const q = extract(
      'The minister, Lena Holt, said: "We have made mistakes and we will put them right.\n' +
        '"Nobody should doubt our resolve on this."\n' +
        'The opposition was not convinced.',
    );
    expect(speakerOf(q, 'made mistakes')).toBe('Lena Holt');
    expect(speakerOf(q, 'Nobody should doubt')).toBe('Lena Holt');
  });

  it('does not let an unbalanced mark derail later attributions', () => {
    const q = extract('The report called the plan "ambitious and it never closes.\n"The budget is tight," said treasurer Ana Pell.');
    expect(speakerOf(q, 'budget is tight')).toBe('Ana Pell');
  });
});

describe('more attribution patterns', () => {
  it('a named subject before a colon introduces the quote, whatever the verb', () => {
    const q = extract('Governor Eli Strand resisted: "Governors do not have that power and never will."');
    expect(speakerOf(q, 'Governors do not')).toBe('Eli Strand');
  });

  it('a dash line signs the quote above it', () => {
    const q = extract('"Nobody in this town has ever seen a flood like this one."\n- Rita Gomez, Valley Springs.');
    expect(speakerOf(q, 'Nobody in this town')).toBe('Rita Gomez');
  });

  it('a speech verb wins over "according to" in the same sentence', () => {
    const q = extract('Campaign manager Joe Wirth says the gap can still close, according to the Daily Ledger.');
    expect(speakerOf(q, 'gap can still close')).toBe('Joe Wirth');
  });

  it('inverted attribution with a role after the name', () => {
    const q = extract('"Rates will stay where they are," said Clara Voss, chief economist at Helm Bank.');
    expect(quoteWith(q, 'Rates will stay')?.speaker).toMatchObject({ name: 'Clara Voss' });
  });

  it('an aside between the name and the verb', () => {
    const q = extract('Sen. Tom Reyes, R-Utah, appearing on a morning show, said the bill would pass.');
    expect(speakerOf(q, 'bill would pass')).toBe('Tom Reyes');
  });

  it('"who said" takes the name before it', () => {
    const q = extract('The deal was negotiated with help from Labor Secretary Ann Cole, who said the strike would end soon.');
    expect(speakerOf(q, 'strike would end')).toBe('Ann Cole');
  });
});

describe('continuations and organisations', () => {
  it('a quote opening the sentence after a reported one continues that speaker', () => {
    const q = extract('Mayor Ines Roth said the town needed a new plan. "We cannot wait another winter for this to change."');
    expect(speakerOf(q, 'cannot wait another winter')).toBe('Ines Roth');
  });

  it('"the court said" is the court the article named in full', () => {
    const q = extract('The Northern Court of Appeals heard the case in May.\nThe networks could not be held liable, the court said.');
    expect(speakerOf(q, 'could not be held liable')).toBe('Northern Court of Appeals');
  });
});

describe('words that look like speech but are not', () => {
  it('"rather than respond" and "add up" are not acts of speech', () => {
    const q = extract('The clinic must prevent illness rather than respond only to ill health. The numbers do not add up.');
    expect(q).toEqual([]);
  });

  it('a place before "-based" is not part of the name', () => {
    const q = extract('The file-sharing networks were legal, the Boston-based Court of Trade Appeals said.');
    expect(speakerOf(q, 'networks were legal')).toBe('Court of Trade Appeals');
  });
});

describe('unnamed sources stay unnamed', () => {
  it('an indefinite description is never given a name', () => {
    const q = extract('Mayor Pia Lund opened the bridge.\nA city official, who asked not to be named, said the repairs cost twice the estimate.');
    const x = quoteWith(q, 'repairs cost');
    expect(x?.speaker?.name).not.toBe('Pia Lund');
    expect(x?.speaker?.anonymous).toBe(true);
  });

  it('a plural group is anonymous, and "they" can point back to it', () => {
    const q = extract('Critics insist that the budget hides a deficit. The numbers do not add up, they say.');
    expect(quoteWith(q, 'budget hides')?.speaker?.anonymous).toBe(true);
    expect(quoteWith(q, 'numbers do not add up')?.speaker?.name).toMatch(/Critics/);
  });

  it('a document speaks as itself, not as a person', () => {
    const q = extract('Jo Hart sued the league in May. The lawsuit said the league had ignored its own rules.');
    expect(speakerOf(q, 'ignored its own rules')).not.toBe('Jo Hart');
  });

  it('a shadow office is another office than the bare one', () => {
    const q = extract(
      'Shadow chancellor Ray Lott attacked the plans. Chancellor Gwen Marsh defended them.\n' +
        'The chancellor said the plans would cut borrowing by 2030.',
    );
    expect(speakerOf(q, 'cut borrowing')).toBe('Gwen Marsh');
  });
});
