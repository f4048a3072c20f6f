import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './helpers.js';

// Every text here is written for these tests; names and bodies are invented (issue 14, h-qa5): a role the text
// states beside a name is what a role question ("what did the Orvan managing director say") is matched against.
const roleOf = (text: string, words: string) => quoteWith(extract(text), words)?.speaker?.role;

describe('a role stated beside a name', () => {
  it('an appositive opened by an -ing word qualifying the office ("managing director of X") is the role', () => {
    const text = 'Lena Horvik, managing director of Orvan Rail in the UK, said: "We see a growing trend for riders working on the move."';
    expect(roleOf(text, 'growing trend')).toBe('managing director of Orvan Rail in the UK');
  });

  it('"acting chairman of X" is a role too', () => {
    const text = 'Piet Galen, acting chairman of the Westmark Ferry Board, said the timetable was "a mess from start to finish".';
    expect(roleOf(text, 'a mess from start')).toBe('acting chairman of the Westmark Ferry Board');
  });

  it('an -ing clause after the name is still no role', () => {
    const text = 'Piet Galen, speaking at the harbour meeting, said the timetable was "a mess from start to finish".';
    expect(roleOf(text, 'a mess from start')).toBeUndefined();
  });

  it('an office before the name without an article, after an opening "But", is the role', () => {
    const text = 'But director of the Harbour Victims Trust, Ansel Brandt, accused the judge of "open contempt for the victims".';
    const q = quoteWith(extract(text), 'open contempt');
    expect(q?.speaker?.name).toBe('Ansel Brandt');
    expect(q?.speaker?.role).toBe('director of the Harbour Victims Trust');
  });

  it('a capitalised phrase before the name is no office without an article', () => {
    const text = 'But Harbour Victims Trust, Ansel Brandt, accused the judge of "open contempt for the victims".';
    expect(quoteWith(extract(text), 'open contempt')?.speaker?.role).toBeUndefined();
  });

  it('the body after the name ("analyst NAME of Orvan Kleinhout Securities") is where the role is held', () => {
    const text = 'Yet aviation analyst Piet Marsh of Orvan Kleinhout Securities says the surcharge "will still be way short of its costs".';
    const q = quoteWith(extract(text), 'way short');
    expect(q?.speaker?.name).toBe('Piet Marsh');
    expect(q?.speaker?.role).toMatch(/analyst of Orvan Kleinhout Securities$/);
  });

  it('a place, a possessive or a single word after "of" is no body of the role', () => {
    const said = (tail: string) => quoteWith(extract(`"We will see," said club manager Alex Marren of ${tail}.`), 'We will see')?.speaker?.role;
    expect(said('Norland Rovers\'s punishment')).toMatch(/manager$/);
    expect(said('Easton')).toMatch(/manager$/);
  });

  it('"den" inside a name is a particle of the name ("Nick Van den Berk")', () => {
    const text = 'Aviation analyst Nick Van den Berk of Westmark Bank described the results as "pretty modest".';
    const q = quoteWith(extract(text), 'pretty modest');
    expect(q?.speaker?.name).toBe('Nick Van den Berk');
    expect(q?.speaker?.role).toBe('Aviation analyst of Westmark Bank');
  });

  it('the words qualifying a role noun before the name are the role\'s ("usability guru Dr NAME")', () => {
    const text = 'Sites have changed. But, says usability guru Dr Ilse Varga, some things have stayed constant in that decade.\n"Most of the old rules still hold," Dr Varga said.';
    expect(roleOf(text, 'old rules')).toBe('usability guru');
  });

  it('a band\'s frontman or drummer is a role', () => {
    const text = 'Glass Harbour frontman Teo Brann said the tour was "the best we have ever done".';
    expect(roleOf(text, 'the best we have')).toBe('Glass Harbour frontman');
  });

  it('a participle before the role noun is the sentence\'s verb, not the role\'s', () => {
    const text = 'Reporters covering singer Mila Dorn were told she had "no comment on the tour".\n"I am tired," Mila Dorn said.';
    expect(roleOf(text, 'I am tired') ?? '').not.toContain('covering');
  });
});

