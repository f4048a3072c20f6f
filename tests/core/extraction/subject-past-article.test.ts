import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Session 25 (h-attr55): "Mr Hague became an MP at 27." has Hague as its subject, not "MP": a verb and its object's
// article are no lower-case role words between two names ("State Department spokesman John Kirby"), so the pronoun
// after the sentence goes to its subject, not to the speaker quoted before it. Texts and names are invented.
describe('the subject of a plain sentence is not the capitalised word after its verb', () => {
  it('"He said:" after "NAME became an MP" is that person', () => {
    const q = extract(
      'Tobias Renwick replied: "No." Piers Aldane said last week it would help.\n' +
        'Tobias Renwick became an MP at 27. He said: "I feel lucky that I had packed in a whole career by then."',
    );
    expect(speakerOf(q, 'packed in a whole career')).toBe('Tobias Renwick');
  });

  it('"left the House" too, and a kind of body before "the" still opens its name', () => {
    const q = extract(
      'Piers Aldane said the plan would fail. Tobias Renwick left the House in 2015. He said: "I miss the chamber every day."\n' +
        'Campaign group the Harbour Trust welcomed the plan but said it did not go "nearly far enough".',
    );
    expect(speakerOf(q, 'I miss the chamber')).toBe('Tobias Renwick');
    expect(speakerOf(q, 'nearly far enough')).toBe('Harbour Trust');
  });
});
