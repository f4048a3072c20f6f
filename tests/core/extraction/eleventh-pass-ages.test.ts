import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; people, events, grounds and clubs are invented (docs/EXTRACTION.md,
// "Issue 13, eleventh pass: ages and demonyms bound", h-attr18).

describe('"the 28-year-old said": an event, ground or team named in between is nobody introduced', () => {
  it('an event ("the European Indoor Championships") does not stop the age reaching the runner', () => {
    const q = extract(
      'Tomas Verrick won the 800m at the Harwell meeting on Saturday.\n' +
        'The Carran runner set a new best of one minute 47 seconds, good enough for the European Indoor Championships. "I am qualified and that is what matters," said the 28-year-old.',
    );
    expect(speakerOf(q, 'I am qualified')).toBe('Tomas Verrick');
  });

  it('a ground ("Old Brannock") does not stop the age reaching the defender', () => {
    const q = extract(
      'Harwell defender Pell Osgard has called the rivalry with Tarrow "bitter".\n' +
        '"It is more personal against them," the defender said. Last year Harwell lost 2-0 at Old Brannock.\n' +
        '"It had an impact on us," added the 31-year-old.',
    );
    expect(speakerOf(q, 'It had an impact on us')).toBe('Pell Osgard');
  });

  it('a team ("Carran Rovers") does not stop "the Dutchman" reaching the manager', () => {
    const q = extract(
      'Marten Vool says his side must improve after the draw with Carran Rovers. "We were not good enough today," said the Dutchman.',
    );
    expect(speakerOf(q, 'We were not good enough today')).toBe('Marten Vool');
  });

  it('a person introduced in between still leaves the age a marked unnamed source', () => {
    const q = extract(
      'Tomas Verrick won the 800m at the Harwell meeting ahead of Ivo Pellan. "I am qualified and that is what matters," said the 28-year-old.',
    );
    const quote = quoteWith(q, 'I am qualified');
    expect(quote?.speaker?.name).toBe('the 28-year-old');
    expect(quote?.speaker?.anonymous).toBe(true);
  });
});

describe('the agreement cue decides: a person the text gives that age or nationality is taken first', () => {
  it('"said the 34-year-old" is the man stated to be 34 ("Ned Rook, 34,"), not the nearer one', () => {
    const q = extract(
      'Rook out of Carran Open\n\nNed Rook, 34, lost to Tam Brisk on Sunday. Brisk was happy. "My hip was cramping and I could not go on," said the 34-year-old.',
    );
    expect(speakerOf(q, 'My hip was cramping')).toBe('Ned Rook');
  });

  it('"The Argentine said" is the player called Argentine, not the last one talked about', () => {
    const q = extract(
      'Kimber out of Carran Open\n\nHome favourite Dale Kimber lost a long match with Argentine Diego Orrendo on Sunday. ' +
        'Orrendo came back to win the last three sets. Kimber had never lost from two sets up before. "I was patient today," the Argentine said.',
    );
    expect(speakerOf(q, 'I was patient today')).toBe('Diego Orrendo');
  });
});
