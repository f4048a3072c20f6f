import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (issue 13, session 33, h-attr79).
describe('an appositive office held at a body, between a person and the verb', () => {
  it('"coordinator" is an office: the person before it speaks, not the body ending the appositive', () => {
    const q = extract(
      'Orvin Platt, policy coordinator for the group Open Lanterns Trust, said: "The council should be allowed to choose any harbour it likes."',
    );
    expect(speakerOf(q, 'choose any harbour')).toBe('Orvin Platt');
  });

  it('a nationality before a lower-case office held at a body still opens the appositive', () => {
    const q = extract(
      'Marla Quist, Norwegian outreach coordinator for digital rights group Lantern Shield Foundation, said the council should not be penalised.\n' +
        'Tamsin Rell, French sales director at Harbourline, said: "We will sell more boats this winter."',
    );
    expect(speakerOf(q, 'should not be penalised')).toBe('Marla Quist');
    expect(speakerOf(q, 'sell more boats')).toBe('Tamsin Rell');
  });

  it('a nationality that is the verb\'s subject itself ("British officials said") is left alone', () => {
    const q = extract('The ferry to Porton was cancelled again, British officials said.');
    expect(speakerOf(q, 'ferry to Porton')).not.toBe('Porton');
  });
});
