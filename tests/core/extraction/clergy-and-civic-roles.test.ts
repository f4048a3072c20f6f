import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Issue 13, twelfth pass (h-attr20): clerical and civic offices written before a name ("Pastor", "Rabbi",
// "Cardinal", "Archbishop", "Alderman") are roles, not the person's first name. Texts and names are invented.
describe('clergy and civic roles before a name', () => {
  it('takes the office out of the name and gives it as the role', () => {
    const q = extract(
      'Pastor Quentin Marlowe told the congregation the church would stay open. "We will not close our doors," Marlowe said.\n' +
        'Alderman Tobias R. Fennick, whose ward includes the old mill, was angry. "Nobody asked us," Fennick said.\n' +
        '"The town owes these families an answer," said Rabbi Miriam Oakhurst.',
    );
    expect(speakerOf(q, 'close our doors')).toBe('Quentin Marlowe');
    expect(quoteWith(q, 'close our doors')?.speaker?.role).toBe('Pastor');
    expect(speakerOf(q, 'Nobody asked us')).toBe('Tobias R. Fennick');
    expect(speakerOf(q, 'owes these families')).toBe('Miriam Oakhurst');
  });

  it('a later "the cardinal" is the cardinal named before', () => {
    const q = extract(
      'Cardinal Anselm Dravecky said the war had cost too much, in his Christmas message.\n' +
        '"Peace is still possible," the cardinal said.',
    );
    expect(speakerOf(q, 'Peace is still possible')).toBe('Anselm Dravecky');
  });
});
