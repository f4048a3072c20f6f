import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 24 (h-attr51): a second speaker's words given to the person quoted before them. A quote with no cue the
 * lexicon knows, whose sentence goes on past its closing mark into another known person as the subject of a verb,
 * was carried from the earlier quote.
 */
describe('a known person right after a quote, in its sentence', () => {
  it('"...," NAME is reported as saying: the quote is NAME\'s, not the earlier speaker\'s', () => {
    const qs = extract(`Guild treasurer Piet Haas was at the meeting. "The tolls will ruin the high street," said Dr Nora Quill of the traders' guild. Some members fear the council will not listen. "If the council pushes this through - and it may - we will take it to the courts and we will win," Mr Haas is reported as saying.`);
    expect(speakerOf(qs, 'ruin the high street')).toBe('Nora Quill');
    expect(speakerOf(qs, 'take it to the courts')).toBe('Piet Haas');
  });

  it('"...," NAME added to OUTLET after another speaker\'s quote', () => {
    const qs = extract(`Promoter Sam Vale had sold every seat. Lena Ortiz praised the show. "It was a triumph from start to finish," Ortiz told reporters. "It was twice the crowd of the last tour," Vale added to Variety. "That makes us very happy."`);
    expect(speakerOf(qs, 'twice the crowd')).toBe('Sam Vale');
    expect(speakerOf(qs, 'very happy')).toBe('Sam Vale');
  });

  it('a quote that ends its sentence still carries: the next sentence is about somebody else', () => {
    const qs = extract(`Mr Brandt said: "The pattern is the same. "Is the minister really pretending this is all made up?" Mr Okoro and two other men were released on Friday.`);
    expect(speakerOf(qs, 'really pretending')).toBe('Brandt');
  });

  it('a title is no speech: "In his book "...," NAME shares ..." stays unattributed', () => {
    const qs = extract(`Author Grant Lomax suggests saving early. In his book "Quiet Money: A Short Path to All the Savings You Will Ever Need," Lomax shares the formula he used.`);
    expect(speakerOf(qs, 'Quiet Money') ?? null).toBeNull();
  });
});
