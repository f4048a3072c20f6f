import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (docs/EXTRACTION.md, session 35
// h-attr88). Lower-case words between a sentence's first name and a later name are read as that name's role words
// ("Court spokesman Tom Harl"); a question's opener ("whether", "how", "when") starts a clause instead, and the name
// after it is that clause's subject, not the sentence's.
describe('"X put off deciding whether Y could ... but said ...": the coordinated verb is X\'s', () => {
  it('the sentence opens with the speaker; the name after "whether" is the question\'s subject', () => {
    const q = extract(
      'Judge Orla Venn heard the harbour case in Lowmoor on Monday.\n\n' +
        'Venn put off deciding whether Clearwater Trust could question the mayor but said the group could come back later with that request.\n\n' +
        'Venn put off deciding whether Tom Harl should testify but said the board would hear the ferrymen first.',
    );
    expect(speakerOf(q, 'could come back later')).toBe('Orla Venn');
    expect(speakerOf(q, 'hear the ferrymen first')).toBe('Orla Venn');
  });

  it('role words before a name still describe it', () => {
    const q = extract('Court spokesman Tom Harl said the harbour case would resume in the spring.');
    expect(speakerOf(q, 'would resume in the spring')).toBe('Tom Harl');
  });
});
