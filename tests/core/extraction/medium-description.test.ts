import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, papers and stations are invented (session 42, h-attr114).
describe('"the paper said", "the station said": the medium of that kind named before it speaks', () => {
  it('a paper whose name says it ("the Velmora Times") named in the sentence before', () => {
    const q = extract('Harbour Motors will cut 300 jobs, according to the Velmora Times.\n\nThe paper said officials had been irritated by the leak.');
    expect(speakerOf(q, 'officials had been irritated')).toBe('Velmora Times');
  });

  it('a paper named in full, over a minister named between ("The newspaper said" after "Labour Minister NAME")', () => {
    const q = extract('The local Kestrel Courier said Labour Minister Ada Vell had "caused uproar" in the port. The newspaper said many workers found his answer "a pitiful excuse".');
    expect(speakerOf(q, 'a pitiful excuse')).toBe('Kestrel Courier');
  });

  it('a name written before "newspaper" with no paper word of its own ("The Harbour Dispatch newspaper")', () => {
    const q = extract('The Harbour Dispatch newspaper reported that the mill would close. The paper added that 300 jobs would go.');
    expect(speakerOf(q, '300 jobs would go')).toBe('Harbour Dispatch');
  });

  it('a station whose name says it ("Radio Tarn") for "the station said"', () => {
    const q = extract('Radio Tarn said its new presenters would start on Monday. The three were chosen for their "deep musical knowledge", the station said.');
    expect(speakerOf(q, 'deep musical knowledge')).toBe('Radio Tarn');
  });

  it('"magazine NAME" for "said the magazine"', () => {
    const q = extract('The Orrin 100 has been chosen as the best gadget of all time by US magazine Pocket World.\n\n"We included only items that were mobile," said the magazine.');
    expect(speakerOf(q, 'only items that were mobile')).toBe('Pocket World');
  });

  it('the nearest of two papers', () => {
    const q = extract('The deal was delayed, according to the Velmora Times. According to the Kestrel Herald, 300 jobs could go. The paper said cuts would be needed.');
    expect(speakerOf(q, 'cuts would be needed')).toBe('Kestrel Herald');
  });

  it('a paper met only as a hearer ("in an interview with the Velmora Times")', () => {
    const q = extract('In an interview with the Velmora Times, Mr Hale refused to name a date for the vote. The paper said the minister "claimed ignorance" of the plans.');
    expect(speakerOf(q, 'claimed ignorance')).toBe('Velmora Times');
  });

  it('no paper named: "the paper" stays what it was (a document)', () => {
    const q = extract('The Crossrail Link Bill would provide a fast rail link. The paper says it will go before the Commons on 23 February.');
    expect(speakerOf(q, 'go before the Commons')).not.toBe('Crossrail Link Bill');
  });

  it('a place before "newspaper" after "a" is no paper ("a Baton Vale newspaper")', () => {
    const q = extract('A Baton Vale newspaper called on Ada Vell to visit. The newspaper said the damage was extensive.');
    expect(speakerOf(q, 'the damage was extensive')).not.toBe('Baton Vale');
  });

  it('a firm is no paper: "the paper said" after a company only', () => {
    const q = extract('Harbour Motors said sales were down. The paper said the plan was sound.');
    expect(speakerOf(q, 'the plan was sound')).not.toBe('Harbour Motors');
  });
});
