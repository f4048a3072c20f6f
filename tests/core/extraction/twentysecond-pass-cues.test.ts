import { describe, expect, it } from 'vitest';
import { extractDirect, speakerOf } from './helpers.js';

// Every text here is written for these tests; people, places and bodies are invented (docs/EXTRACTION.md, "Issue 13,
// twenty-second pass: the person a cue governs", h-attr40).

describe('a title word closing a name right after a given name is a family name ("Steve King", "Matthew Prince")', () => {
  it('"Representative Nora T. King, Republican of Ohio, said" gives Nora T. King, not the party label', () => {
    const q = extractDirect('Ferry budget vote\n\n"We cannot keep paying for boats that never sail," Representative Nora T. King, Republican of Ohio, said on Tuesday.');
    expect(speakerOf(q, 'boats that never sail')).toBe('Nora T. King');
  });

  it('"Adam Prince, chief executive of Harbourline, a ferry company, said" gives Adam Prince', () => {
    const q = extractDirect('Ferries\n\nAdam Prince, chief executive of Harbourline, a ferry company, said: "Two more boats will come in May."');
    expect(speakerOf(q, 'Two more boats')).toBe('Adam Prince');
  });

  it('(guard) a title before the name stays a title: "Prince Osric said" gives Osric', () => {
    const q = extractDirect('Royal visit\n\n"The harbour has never looked better," Prince Osric said.');
    expect(speakerOf(q, 'never looked better')).toMatch(/Osric$/);
  });
});

describe('a bracketed short name after an appositive is an aside of it: the person before speaks', () => {
  it('"Ilse Varga, head of the Harbour Workers Federation (HWF), said" gives Ilse Varga, not the HWF', () => {
    const q = extractDirect('Ferry strike\n\nIlse Varga, head of the Harbour Workers Federation (HWF), said the crews would strike "for as long as it takes".');
    expect(speakerOf(q, 'for as long as it takes')).toBe('Ilse Varga');
  });

  it('(guard) a body with its short name alone before the verb still speaks: "The Harbour Workers Federation (HWF), said"', () => {
    const q = extractDirect('Ferry strike\n\nIn a statement on Monday, the Harbour Workers Federation (HWF), said the crews would strike "for as long as it takes".');
    expect(speakerOf(q, 'for as long as it takes')).toMatch(/HWF|Harbour Workers Federation/);
  });
});

describe('"NAME, Xs\' ROLE, VERB": a possessive written with a bare apostrophe opens an appositive', () => {
  it('"Oren Blass, Harris\' senior media adviser, said" gives Oren Blass, not Harris', () => {
    const q = extractDirect('Campaign notes\n\nSenator Ada Harris led the count on Monday.\n\nOren Blass, Harris\' senior media adviser, said the rivals were making "mischief" in the county.');
    expect(speakerOf(q, 'mischief')).toBe('Oren Blass');
  });

  it('the same with a typographic apostrophe (Harris’)', () => {
    const q = extractDirect('Campaign notes\n\nSenator Ada Harris led the count on Monday.\n\nOren Blass, Harris’ senior media adviser, said the rivals were making “mischief” in the county.');
    expect(speakerOf(q, 'mischief')).toBe('Oren Blass');
  });
});

describe('"NAME, an APPOSITIVE ending in a place, who ..., VERB": the name before the appositive speaks', () => {
  it('"Dora Finch, an actor in Ashford, who runs a small theatre, recalled" gives Dora Finch, not Ashford', () => {
    const q = extractDirect('Rents rise\n\nDora Finch, an actor in Ashford, who runs a small theatre, recalled that in 2009, "I called every lender I had."');
    expect(speakerOf(q, 'every lender I had')).toBe('Dora Finch');
  });

  it('(guard) "the Ashford MP, whose seat includes the port, has pledged" still reads the name before the relative', () => {
    const q = extractDirect('Port vote\n\nTom Vane, the Ashford MP, whose seat includes the port, has pledged to take the matter "to the minister if necessary".');
    expect(speakerOf(q, 'to the minister if necessary')).toBe('Tom Vane');
  });
});

describe('a hyphen glued between an abbreviation and a lower-case word ("D.C.-based") is no dash', () => {
  it('"Rhea Dunn, the head of the D.C.-based Harbour Policy Institute, said" gives Rhea Dunn', () => {
    const q = extractDirect('Port plan\n\nRhea Dunn, a delegate from the District and the head of the D.C.-based Harbour Policy Institute, said: "The plan will not survive the winter."');
    expect(speakerOf(q, 'will not survive the winter')).toBe('Rhea Dunn');
  });

  it('(guard) a spaced dash still breaks: "... the port - Rhea Dunn said" keeps Rhea Dunn', () => {
    const q = extractDirect('Port plan\n\n"The plan will not survive the winter," - Rhea Dunn said on Monday.');
    expect(speakerOf(q, 'will not survive the winter')).toBe('Rhea Dunn');
  });
});

describe('"NAME, the ROLE of X\'s NOUN, BODY NAME, VERB": the name renames the noun; the person before speaks', () => {
  it('"Anton Rask, the editor of the port\'s weekly newspaper, The Harbour Light, said" gives Anton Rask', () => {
    const q = extractDirect('Port news\n\nAnton Rask, the editor of the port\'s weekly newspaper, The Harbour Light, said every mayor was "both builder and caretaker."');
    expect(speakerOf(q, 'both builder and caretaker')).toBe('Anton Rask');
  });

  it('(guard) a relative clause in the chunk renames nothing: "Eastfield, the suburb where the Rasks lived, Freddy confided" keeps Freddy', () => {
    const q = extractDirect('Family history\n\nFreddy Rask grew up by the docks.\n\nWhen the Varga family moved to Eastfield, the suburb where the Rasks lived, Freddy confided that his parents were "the last to know."');
    expect(speakerOf(q, 'the last to know')).toBe('Freddy Rask');
  });
});
