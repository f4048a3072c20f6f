import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 28 (h-qa64): '"...," said asbestosis sufferer Bernie Banton' left the quote with no speaker, and '"...,"
 * said rally driver NAME' gave it to the speaker before: one lower-case word before the name after an inverted verb
 * was read ("said tenant Omar Diaz"), two were taken for the start of a clause.
 */
describe('lower-case words describing the name after an inverted verb', () => {
  it('two words of description before a full name: the name speaks', () => {
    const qs = extract(`Campaigners welcomed the deal. "This is a momentous day for the families," said asbestosis sufferer Pell Varro, who leads a victims' group. "There is still a long way to go, but we are getting there."`);
    expect(speakerOf(qs, 'momentous day')).toBe('Pell Varro');
    expect(speakerOf(qs, 'long way to go')).toBe('Pell Varro');
  });

  it('never the speaker of the quote before', () => {
    const qs = extract(`"Growth will return by spring," said economy minister Arlo Fenwick.\n\n"The cars have electronic throttles and electronic brakes," said rally driver Tomas Quill. He built his first car in 1990.`);
    expect(speakerOf(qs, 'Growth will return')).toBe('Arlo Fenwick');
    expect(speakerOf(qs, 'electronic throttles')).toBe('Tomas Quill');
  });

  it('a quote ending its paragraph with the described name is found and attributed', () => {
    const qs = extract(`The probe sent its first images on Monday.\n\n"It is a remarkable result," said planetary geologist Rhea Lund.`);
    expect(speakerOf(qs, 'remarkable result')).toBe('Rhea Lund');
  });

  it('a clause after the verb is still no description: "said last year Nell Ode ..." reads no name over a verb', () => {
    const qs = extract(`"We will open in May," said Ada Holt, the harbour master. "The fees stay as they are," said the harbour office, which runs the pier.`);
    expect(speakerOf(qs, 'open in May')).toBe('Ada Holt');
    expect(speakerOf(qs, 'fees stay')).not.toBe('Ada Holt');
  });

  it('words that open a clause do not describe: "said nothing had changed since Oskar Lind ..."', () => {
    const qs = extract(`Mara Quint spoke after the vote. "We lost," she said. Her deputy said nothing had changed since Oskar Lind left.`);
    expect(speakerOf(qs, 'We lost')).toBe('Mara Quint');
  });
});
