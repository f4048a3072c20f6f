import { describe, expect, it } from 'vitest';
import { castOf, extractDirect, speakerOf } from './helpers.js';
import { PRONOUN_MODEL } from '../../../src/core/extraction/pronoun-model.js';

// Every text here is written for these tests; names are invented (issue 13).
// `possessor_only` (pronouns.ts): a candidate whose every full-name mention in the window is a possessor ("which
// Piet Castellan's side won") and who took no other turn is seldom the "he" of the next cue (session 38, h-conf37:
// fitted alone by scripts/fit-pronouns.ts --only, every other weight held).

/** The possessor_only feature of each candidate of the pronoun at the end of `text`. */
const possessorOnly = (text: string, pronoun: string): Record<string, number> => {
  const { candidates } = castOf(text).pronounChoice(pronoun, text.length);
  return Object.fromEntries(candidates.map((c) => [c.person.name, c.x.possessor_only ?? 0]));
};

describe('possessor_only: a candidate met only as somebody\'s owner', () => {
  it('is 1 for a full name written only with "\'s" in the window, 0 for a subject', () => {
    const text = 'Ivo Brandt praised the defence after the game, which Omar Vell\'s side lost 2-1. He said';
    expect(possessorOnly(text, 'he')).toMatchObject({ 'Omar Vell': 1, 'Ivo Brandt': 0 });
  });

  it('is 0 once the person is also named in full without the possessive', () => {
    const text = 'Omar Vell arrived late. Ivo Brandt praised the defence, which Omar Vell\'s side could not break. He said';
    expect(possessorOnly(text, 'he')['Omar Vell']).toBe(0);
  });

  it('carries a fitted weight that counts against the candidate', () => {
    expect(PRONOUN_MODEL.possessor_only).toBeLessThan(0);
  });
});

describe('a possessor in a relative clause is not the cue\'s "he"', () => {
  // (Without the weight the possessor, named nearest and of the right gender, outscores the manager named far back.)
  it('when the quote bars the latest subject, the person who spoke before is chosen, not the possessor', () => {
    const text = [
      'Manager David Harlowe wants two new players next month, and said he was happy at Fenbury.',
      'The club finished ninth last season, its best place for a decade, and the board has promised money for the squad. Ticket sales are up by a fifth on last year and the new stand will open in the spring, two months later than planned after the wet winter. The training ground is being rebuilt as well, with three new pitches and a gym, and the youth team will move there in the summer. Season tickets for next year go on sale in March, at the same price as this year.',
      'Meanwhile, Harlowe has rebuked captain Anders Kjellvik for his comments before Sunday\'s derby with Dunmore.',
      'Kjellvik spoke of his dislike of the rivals ahead of the match, which Steven Castellan\'s side won 2-1. "I have had more than a quiet word with Anders. It was said to the whole squad," he told the club website.',
    ].join('\n\n');
    expect(speakerOf(extractDirect(text), 'quiet word with Anders')).toBe('David Harlowe');
  });
});

// `quote_pronoun_latest` / `quote_pronoun_turn` (computed, no weight: the fit found the latest turn is the speaker of
// such quotes 46 times in 48): the cue's quote speaks of a third person of the pronoun's gender.
describe('quote_pronoun_latest: the quote speaks of a "he" and the candidate is the latest mentioned', () => {
  const featuresOf = (text: string, quote: string, pronoun: string): Record<string, number> => {
    const at = text.lastIndexOf(pronoun);
    const { candidates } = castOf(text).pronounChoice(pronoun, at, undefined, quote);
    return Object.fromEntries(candidates.map((c) => [c.person.name, c.x.quote_pronoun_latest ?? 0]));
  };
  const text = 'Coach Ivo Brandt praised striker Omar Vell after the game. Omar Vell scored twice. "His first touch was superb," he said';

  it('is 1 for the latest mentioned when the quote holds "his" and the cue says "he"', () => {
    expect(featuresOf(text, 'His first touch was superb', 'he')).toMatchObject({ 'Omar Vell': 1, 'Ivo Brandt': 0 });
  });

  it('is 0 for everyone when the quote holds no pronoun of the cue\'s gender', () => {
    expect(Object.values(featuresOf(text, 'Her first touch was superb', 'he')).every((v) => v === 0)).toBe(true);
  });
});
