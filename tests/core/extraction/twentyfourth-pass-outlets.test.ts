import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; people, places and bodies are invented (docs/EXTRACTION.md, "Issue 13,
// twenty-fourth pass: outlets, places and verbs of agreement", h-attr48).

describe('a body named only as a hearer or a medium is not what a later "it" or "they" points to', () => {
  const told = 'Ferry strike\n\n"We will keep the boats in harbour until the council listens," Ada Holt, chair of the Portwell Riders Union, told the Harbour News Network.\n\nThe union has a list of steps which it says the council must take before the boats sail.';

  it('"X told the Harbour News Network. ... which it says ...": "it" is not the network', () => {
    expect(speakerOf(extract(told), 'the council must take')).not.toBe('Harbour News Network');
  });

  it('(guard) the words told to it stay the teller\'s', () => {
    expect(speakerOf(extract(told), 'keep the boats in harbour')).toBe('Ada Holt');
  });

  it('(guard) a body that speaks for itself somewhere stays a referent: "The Harbour News Network reported ... It said ..."', () => {
    const text = 'Ferry strike\n\nThe Harbour News Network reported on Monday that the boats would stay in harbour. It said the union had voted to strike until the council met its demands.';
    expect(speakerOf(extract(text), 'the union had voted')).toBe('Harbour News Network');
  });
});
