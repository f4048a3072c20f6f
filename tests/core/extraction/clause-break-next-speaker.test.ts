import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Session 32 (h-attr77). Every text is written for these tests; names and places are invented. A reported clause
// after "X said" ends where a semicolon, or a comma (or closing quote mark) and a conjunction, opens the next
// speaker's clause: the words after it are that speaker's, not X's.
describe('a reported clause ends before the next speaker\'s clause', () => {
  it('"A majority say X; 30 percent of members say Y": the second clause is not the majority\'s', () => {
    const qs = extract('The union polled its members last week. A large majority of Lisk dockers say they are following the pay talks closely; 30 percent of dockers say they have not been paying much attention.');
    expect(quoteWith(qs, 'following the pay talks')?.text).toBe('they are following the pay talks closely');
  });

  it('"X said A, but analysts said B": A alone is X\'s', () => {
    const qs = extract('Harbourmart said its 40 stores would remain open, but analysts said it would most likely sell a number of sites.');
    expect(quoteWith(qs, '40 stores')?.text).toBe('its 40 stores would remain open');
    expect(speakerOf(qs, '40 stores')).toBe('Harbourmart');
  });

  // (Session 41: B is the pair's, filed under the first named, Ben Hollis; it was Tara Voss before joint-speakers.ts.)
  it('"X said A, while Gov. Y and Sen. Z suggested B": B is theirs, not X\'s', () => {
    const qs = extract('Few lawmakers rushed to back the nominee. The office of Mayor Ana Ruiz said she would "support the nominee" but "is not planning to campaign for anyone this year," while Lisk Gov. Ben Hollis and Orrin Sen. Tara Voss suggested they would only offer conditional support.');
    expect(speakerOf(qs, 'only offer conditional support')).toBe('Ben Hollis');
    expect(qs.some((q) => q.text.includes('support the nominee') && q.text.includes('conditional support'))).toBe(false);
  });

  it('"X said A, and he added B": the same speaker keeps both clauses, each on its own', () => {
    const qs = extract('Mayor Edwin Marsh said the ferry should be sold if the council agreed, and he added that the harbour would stay open all winter.');
    expect(quoteWith(qs, 'ferry should be sold')?.text).toBe('the ferry should be sold if the council agreed');
    expect(speakerOf(qs, 'harbour would stay open')).toBe('Edwin Marsh');
  });

  it('keeps a clause whose conjunction opens no speaker of its own', () => {
    const qs = extract('Rory Bexton said voters are beginning to see the mayor is gaining ground, but they are unsure what he is saying about the port.');
    expect(qs.some((q) => q.text.startsWith('voters are beginning to see') && q.text.includes('but they are unsure what he is saying'))).toBe(true);
    const qs2 = extract('Nell Quarry said she was worried about the lyrics of the band, and songs that the bishop said were cruel to women.');
    expect(quoteWith(qs2, 'worried about the lyrics')?.text).toContain('songs that the bishop said');
  });
});
