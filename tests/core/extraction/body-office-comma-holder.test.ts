import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (session 41, h-attr112).
describe('\'"...," said BODY office, Full Name.\': the holder named after the comma speaks', () => {
  it('a body, a two-word office and a comma before the name: the holder, not an economist named earlier', () => {
    const text = [
      'Harbour Bank economist Ian Harwood said output was strong in May.',
      '"The evidence suggests that the rises have helped," said Velmora chief economist, Steve Radley. "However, the bank should stand ready to cut rates."',
    ].join('\n');
    const q = extract(text);
    expect(speakerOf(q, 'the rises have helped')).toBe('Steve Radley');
    expect(quoteWith(q, 'the rises have helped')?.speaker?.role).toBe('Velmora chief economist');
    expect(speakerOf(q, 'stand ready to cut rates')).toBe('Steve Radley');
    expect(speakerOf(q, 'output was strong')).toBe('Ian Harwood');
  });

  it('an acronym body and an office the lexicon qualifies ("technology director"): the holder, not the body', () => {
    const q = extract('The charity says the country is lagging behind.\n"There are no technical reasons for not providing access," said NDCA technology director, Tova Grell.');
    expect(speakerOf(q, 'no technical reasons')).toBe('Tova Grell');
  });

  it('no full name after the comma leaves the description ("said Velmora chief economist, adding ...")', () => {
    const q = extract('Output was strong. "The rises have helped," said Velmora chief economist, adding that more was due.');
    expect(speakerOf(q, 'The rises have helped')).not.toBe('Steve Radley');
    expect(speakerOf(q, 'The rises have helped')).toBe('Velmora chief economist');
  });

  it('the form without a comma is unchanged ("said Velmora chief economist Steve Radley")', () => {
    const q = extract('"The rises have helped," said Velmora chief economist Steve Radley.');
    expect(speakerOf(q, 'The rises have helped')).toBe('Steve Radley');
  });
});
