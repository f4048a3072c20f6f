import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Session 26 (h-attr57): "said Nortel president and chief executive Bill Owens" named "Nortel president" (or the
// body, or the person salient before): two offices of one person joined by "and" after the cue are read through to
// the name. Texts and names are invented.
describe('two offices joined by "and" before the name after a cue', () => {
  it('the name after "BODY office and office" speaks, and the pronoun after it is theirs', () => {
    const q = extract(
      'Vexo shares rose. Former boss Karl Ostby was fired last year.\n' +
        '"We have a solid base on which to build," said Vexo president and chief executive Dana Quill. ' +
        'Asked about the future, she added: "Our committee had a harder time than ever."',
    );
    expect(speakerOf(q, 'a solid base on which to build')).toBe('Dana Quill');
    expect(speakerOf(q, 'a harder time than ever')).toBe('Dana Quill');
  });

  it('"and" before a word that is no office still ends the speaker ("all those players and even NAME")', () => {
    const q = extract('Karl Ostby won again. According to all those players and even Ostby himself, the champion is in a different league.');
    expect(speakerOf(q, 'the champion is in a different league')).not.toBe('Karl Ostby');
    // (Found, with the speaker it has today.)
    expect(speakerOf(q, 'the champion is in a different league')).toBe('all those players');
  });
});
